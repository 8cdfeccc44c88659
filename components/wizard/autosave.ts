import type { ActionResult } from "@/lib/actions/safe-action";
import type { Dependent, ErrorCode } from "@/lib/errors";

/** Where a form's autosave stands, as its status line says it. */
export type AutosaveState =
  | { kind: "saved" }
  /** Changes wait for the pause after the last one. */
  | { kind: "pending" }
  | { kind: "saving" }
  /** A field is invalid: nothing is sent until it is fixed. */
  | { kind: "invalid" }
  /** The browser is offline: the changes are kept and sent when it is back. */
  | { kind: "offline" }
  /** Online, but the request failed: it is retried with the same id. */
  | { kind: "unreachable" }
  /** Someone else saved first: autosave stops until the user chooses. */
  | { kind: "conflict"; currentVersion?: number }
  /** The save would delete rows that others depend on: it waits for a yes. */
  | { kind: "confirm"; dependents: Dependent[] }
  /** Refused for another reason (session ended, role changed...). */
  | { kind: "refused"; code: ErrorCode };

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

export interface AutosaveOptions<T extends { version: number }> {
  /** The values the page was loaded with: what counts as saved at first. */
  initial: T;
  /** Pause after the last change before saving. */
  delayMs?: number;
  /** Wait before retrying a request that failed while the browser was online. */
  retryMs?: number;
  /** The form's values, validated, or undefined when a field is invalid (its messages are the caller's). */
  read: () => Promise<T | undefined>;
  /** One save request; it may throw when the network fails. */
  send: (values: T, options: { saveId: string; confirmRemovals: boolean }) => Promise<ActionResult<T>>;
  /**
   * What the sent values are once stored, when the server changes more than the version
   * (new rows get server ids): the next comparison starts from it.
   */
  adopt?: (sent: T, stored: T) => T;
  /** The server stored `sent` as `adopted` (see adopt), under `stored.version`: take both on. */
  onSaved: (stored: T, adopted: T, sent: T) => void;
  /** The server refused a save: show its field errors. */
  onRefused?: (failure: Failure) => void;
  onState: (state: AutosaveState) => void;
  isOnline: () => boolean;
  newId: () => string;
}

interface Attempt<T> {
  key: string;
  values: T;
  saveId: string;
  confirmRemovals: boolean;
}

// The version moves with every save, so it is not part of what the user changed.
const keyOf = <T extends { version: number }>(values: T) => JSON.stringify({ ...values, version: 0 });

const BLOCKED: ReadonlySet<AutosaveState["kind"]> = new Set(["conflict", "confirm"]);

/**
 * Saves a form a moment after each change, with the guarantees of an explicit save: every
 * request carries the version it was based on, and an id kept while the same attempt is
 * retried, so a save whose answer was lost is recognised by the server rather than applied
 * twice. A lost answer is retried (on the next change, when the browser is back online, or
 * after `retryMs`) before any newer values are sent, so the newer ones carry the version
 * that save produced instead of conflicting with it.
 */
export function createAutosave<T extends { version: number }>(options: AutosaveOptions<T>) {
  const { delayMs = 1500, retryMs = 10_000 } = options;
  let state: AutosaveState = { kind: "saved" };
  let saved = options.initial;
  let savedKey = keyOf(saved);
  let attempt: Attempt<T> | undefined;
  let awaitingConfirmation: Attempt<T> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let changes = 0;
  let disposed = false;

  const set = (next: AutosaveState) => {
    state = next;
    options.onState(next);
  };

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  };

  /** Sends one attempt; true when it was stored and saving may go on. */
  const sendAttempt = async (current: Attempt<T>): Promise<boolean> => {
    const changesBefore = changes;
    set({ kind: "saving" });
    let result: ActionResult<T> | undefined;
    try {
      result = await options.send(current.values, { saveId: current.saveId, confirmRemovals: current.confirmRemovals });
    } catch {
      // Nothing says whether the save happened; resending it under the same id is safe.
      result = undefined;
    }
    if (disposed) return false;
    if (!result) {
      if (options.isOnline()) {
        set({ kind: "unreachable" });
        schedule(retryMs);
      } else set({ kind: "offline" });
      return false;
    }
    attempt = undefined;
    if (result.ok) {
      saved = options.adopt ? options.adopt(current.values, result.data) : current.values;
      savedKey = keyOf(saved);
      options.onSaved(result.data, saved, current.values);
      set({ kind: changes === changesBefore ? "saved" : "pending" });
      return true;
    }
    if (result.formError === "needs_confirmation" && result.details?.dependents) {
      awaitingConfirmation = current;
      set({ kind: "confirm", dependents: result.details.dependents });
      return false;
    }
    options.onRefused?.(result);
    if (result.formError === "conflict") set({ kind: "conflict", currentVersion: result.details?.currentVersion });
    else if (result.formError === "validation") set({ kind: "invalid" });
    else set({ kind: "refused", code: result.formError });
    return false;
  };

  const once = async () => {
    if (attempt && !(await sendAttempt(attempt))) return;
    const values = await options.read();
    if (disposed) return;
    if (!values) return set({ kind: "invalid" });
    const key = keyOf(values);
    if (key === savedKey) return set({ kind: "saved" });
    attempt = { key, values, saveId: options.newId(), confirmRemovals: false };
    await sendAttempt(attempt);
  };

  const loop = async () => {
    do {
      again = false;
      await once();
    } while (again && !disposed && !BLOCKED.has(state.kind));
  };

  /** Saves now what is waiting; resolves once this and any save it queued behind are done. */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (disposed || BLOCKED.has(state.kind)) return;
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    state: () => state,
    /** The values last stored by the server (or loaded with the page). */
    saved: () => saved,
    /** Call on every change the user makes. */
    changed() {
      if (disposed || BLOCKED.has(state.kind)) return;
      changes += 1;
      // While offline the line keeps saying so; a change only brings the next try closer.
      if (state.kind !== "saving" && state.kind !== "offline") set({ kind: "pending" });
      schedule(delayMs);
    },
    flush,
    /** The browser is back online: send what waits. */
    online() {
      if (state.kind === "offline" || state.kind === "unreachable") void flush();
    },
    /** After a conflict, the user chose to save theirs on top (the caller set the version): go on. */
    resume() {
      if (disposed) return Promise.resolve();
      set({ kind: "pending" });
      return flush();
    },
    /** The user agreed to the removals the server listed: save again, saying so. */
    confirmRemovals() {
      const confirmed = awaitingConfirmation;
      awaitingConfirmation = undefined;
      if (!confirmed || disposed) return Promise.resolve();
      attempt = { ...confirmed, saveId: options.newId(), confirmRemovals: true };
      set({ kind: "pending" });
      return flush();
    },
    /**
     * The user said no to the removals: nothing is sent until the next change (which should
     * undo them). False when no question was open: a dialog also reports closing after a yes.
     */
    cancelRemovals(): boolean {
      if (state.kind !== "confirm") return false;
      awaitingConfirmation = undefined;
      set({ kind: "pending" });
      return true;
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}

export type Autosave<T extends { version: number }> = ReturnType<typeof createAutosave<T>>;
