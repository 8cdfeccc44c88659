import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { AppError } from "@/lib/errors";
import type { MissingItem } from "@/lib/wizard/missing";
import { stepsDependingOn, type WizardStep } from "@/lib/wizard/steps";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { requireProjectPermission, type Actor } from "./access";
import { REFRESH_MISSING, type DependentSlug } from "./step-dependencies";
import { bumpStepVersion, lockStepVersion, readProjectProgress, type StepProgress } from "./step-versions";

/** What a step's own writes see: the save's transaction and what the user sent. */
export interface StepWriteContext<Input> {
  actor: Actor;
  projectId: string;
  values: Input;
  /** The user has seen and accepted what a removal takes with it. */
  confirmRemovals: boolean;
}

/**
 * One wizard step as the save engine stores it. The engine owns everything a save of any step
 * does (transaction, permission, version lock, retried saves, version bump, the dependent steps'
 * refresh); a store owns only its rows.
 */
export interface StepStore<Input extends { version: number }, View, Written = void> {
  step: WizardStep;
  /** The step as its page and the save's answer show it. */
  read(db: Database | Transaction, projectId: string): Promise<View>;
  /** Replaces the step's rows with `values`; what it returns goes to `missing`. */
  write(tx: Transaction, context: StepWriteContext<Input>): Promise<Written>;
  /** What the saved step still lacks (none: complete). */
  missing(values: Input, written: Written): MissingItem[];
  /** A database refusal the form can show as a field error; anything else is rethrown as it is. */
  explainError?(error: unknown): AppError | undefined;
}

export interface SaveStepInput<Input> {
  actor: Actor;
  projectId: string;
  values: Input;
  /** Names this save attempt: a retry with the same id is answered, not applied again. */
  saveId?: string;
  confirmRemovals?: boolean;
}

export interface SavedStep<View> {
  view: View;
  /**
   * Whether the stepper or the missing-items summary (completion and gaps of every step) changed,
   * so that the action re-renders the project's pages only then.
   */
  progressChanged: boolean;
}

// Compared as values: jsonb gives the stored items back with its own key order.
const asValues = (progress: ReadonlyMap<number, StepProgress>) =>
  [...progress.values()].sort((a, b) => a.step - b.step).map((p) => JSON.parse(JSON.stringify(p)) as unknown);

/**
 * Saves one step in one transaction: `values.version` must match the stored version, otherwise
 * someone else saved first (conflict), and any failure part-way leaves the previous version.
 * The statements it sends do not depend on how many rows the step holds.
 */
export async function saveStep<Input extends { version: number }, View, Written>(
  store: StepStore<Input, View, Written>,
  { actor, projectId, values, saveId, confirmRemovals = false }: SaveStepInput<Input>,
): Promise<SavedStep<View>> {
  const db = await getDb();
  const { step } = store;
  try {
    return await db.transaction(async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "step.edit");
      if ((await lockStepVersion(tx, projectId, step.number, values.version, saveId)) === "already_applied")
        return { view: await store.read(tx, projectId), progressChanged: false };

      const before = await readProjectProgress(tx, projectId);
      const written = await store.write(tx, { actor, projectId, values, confirmRemovals });
      const missing = store.missing(values, written);
      await bumpStepVersion(tx, projectId, step.number, actor.id, missing, saveId);
      // Every other step's row is as `before` read it: only this save and its refreshes wrote.
      const after = new Map(before).set(step.number, { step: step.number, completed: missing.length === 0, missing });
      for (const dependent of stepsDependingOn(step.slug)) {
        const refreshed = await REFRESH_MISSING[dependent.slug as DependentSlug](tx, projectId);
        after.set(refreshed.step, refreshed);
      }
      return { view: await store.read(tx, projectId), progressChanged: !isDeepStrictEqual(asValues(before), asValues(after)) };
    });
  } catch (error) {
    throw store.explainError?.(error) ?? error;
  }
}
