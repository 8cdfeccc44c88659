import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** What `promise` rejects with, or undefined when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

/** Expects `promise` to reject with an AppError of `code`, and returns it for its details. */
export async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await rejection(promise);
  expect(error, `expected AppError("${code}")`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
