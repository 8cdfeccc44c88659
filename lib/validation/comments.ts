import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import { COMMENT_TARGETS, isStepNumber, type CommentTarget } from "@/lib/wizard/steps";
import { requiredText } from "./text";

export const MAX_COMMENT_LENGTH = 2000;

/** A wizard step number, for the comment and review forms. */
export const stepNumber = z.number(fieldError("invalid")).check(z.refine(isStepNumber, fieldError("invalid")));
const id = z.uuid(fieldError("invalid"));
const body = requiredText(MAX_COMMENT_LENGTH);

/**
 * The "About" select's value: "" for the whole step, or "<kind>:<id>" for one item. A plain
 * string keeps the select a native control; the action turns it into a target.
 */
const about = z.string(fieldError("invalid")).check(z.refine((value) => value === "" || parseAbout(value) !== null, fieldError("invalid")));

export const newCommentSchema = z.object({ step: stepNumber, about, body });
export type NewCommentInput = z.infer<typeof newCommentSchema>;

export const replySchema = z.object({ parentId: id, body });
export type ReplyInput = z.infer<typeof replySchema>;

export const threadSchema = z.object({ commentId: id });
export type ThreadInput = z.infer<typeof threadSchema>;

export interface CommentTargetRef {
  kind: CommentTarget;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function aboutValue(target: CommentTargetRef): string {
  return `${target.kind}:${target.id}`;
}

export function parseAbout(value: string): CommentTargetRef | null {
  const [kind, targetId, ...rest] = value.split(":");
  if (rest.length || !targetId || !UUID.test(targetId)) return null;
  if (!(COMMENT_TARGETS as readonly string[]).includes(kind ?? "")) return null;
  return { kind: kind as CommentTarget, id: targetId };
}
