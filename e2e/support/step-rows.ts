import { randomUUID } from "node:crypto";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import type postgres from "postgres";
import { blankOffering } from "../../lib/validation/offerings-step";
import { callAction, cookieHeader, readActionEndpoints, type ActionEndpoint, type ActionResponse } from "./server-actions";

/** Step 1 as stored: offering names (sorted), their definitions, and the step's version. */
export interface OfferingRows {
  names: string[];
  definitions: Record<string, string>;
  version: number;
  lastSaveId: string | null;
}

/** Reads step 1 straight from PostgreSQL, past the app, for row-level checks. */
export async function offeringRows(sql: postgres.Sql, projectId: string): Promise<OfferingRows> {
  const rows = await sql<{ name: string; definition: string }[]>`
    select name, definition from offerings where project_id = ${projectId} order by name`;
  const [step] = await sql<{ version: number; last_save_id: string | null }[]>`
    select version, last_save_id from project_steps where project_id = ${projectId} and step = 1`;
  return {
    names: rows.map((r) => r.name),
    definitions: Object.fromEntries(rows.map((r) => [r.name, r.definition])),
    version: step?.version ?? 0,
    lastSaveId: step?.last_save_id ?? null,
  };
}

/** A whole step 1 in one save: `count` offerings named "<label> n" in one new category. */
export function offeringsPayload(version: number, label: string, count: number) {
  const categoryId = randomUUID();
  return {
    version,
    categories: [{ id: categoryId, name: `${label} category` }],
    offerings: Array.from({ length: count }, (_, i) => ({
      ...blankOffering(randomUUID(), categoryId),
      name: `${label} ${String(i + 1).padStart(2, "0")}`,
    })),
  };
}

export const namesOf = (payload: ReturnType<typeof offeringsPayload>) => payload.offerings.map((o) => o.name).sort();

let endpoint: ActionEndpoint | undefined;

/** Step 1's save action, called as the browser would with a save id of the caller's choosing. */
export type OfferingsSave = (
  payload: ReturnType<typeof offeringsPayload>,
  saveId: string,
  options?: { timeout?: number },
) => Promise<ActionResponse>;

/** Step 1's save action as the user signed in on `context`, on one project of theirs. */
export async function offeringsSaver(baseURL: string, context: BrowserContext, projectId: string): Promise<OfferingsSave> {
  endpoint ??= readActionEndpoints(path.resolve(__dirname, "../..")).get("lib/actions/save-offerings-step.ts#saveOfferingsStepAction");
  if (!endpoint) throw new Error("saveOfferingsStepAction is not in the build's action manifest");
  const found = endpoint;
  const cookie = await cookieHeader(context);
  return (payload, saveId, options = {}) => callAction(baseURL, cookie, found, projectId, [projectId, payload, { saveId }], options);
}
