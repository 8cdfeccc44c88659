import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import { createAutosave, type AutosaveState } from "./autosave";

interface Values {
  version: number;
  name: string;
}

interface Sent {
  values: Values;
  saveId: string;
  confirmRemovals: boolean;
  answer: (result: ActionResult<Values> | Error) => void;
}

/** A form and a server the test drives by hand: each request waits until the test answers it. */
function harness({ online = true } = {}) {
  const form = { values: { version: 1, name: "Lucía" } as Values, valid: true };
  const sent: Sent[] = [];
  const states: AutosaveState["kind"][] = [];
  const network = { online };
  let ids = 0;
  const autosave = createAutosave<Values>({
    initial: { ...form.values },
    read: async () => (form.valid ? { ...form.values } : undefined),
    send: (values, options) =>
      new Promise((resolve, reject) => {
        sent.push({ values, ...options, answer: (r) => (r instanceof Error ? reject(r) : resolve(r)) });
      }),
    onSaved: (stored) => {
      form.values = { ...form.values, version: stored.version };
    },
    onState: (state) => states.push(state.kind),
    isOnline: () => network.online,
    newId: () => `save-${++ids}`,
  });
  const type = (name: string) => {
    form.values = { ...form.values, name };
    autosave.changed();
  };
  const stored = (values: Values): ActionResult<Values> => ({ ok: true, data: { ...values, version: values.version + 1 } });
  return { form, sent, states, network, autosave, type, stored };
}

// Lets pending promise callbacks run without moving the fake clock.
const settle = () => vi.advanceTimersByTimeAsync(0);

describe("autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once, 1.5 s after the last of several changes, and adopts the new version", async () => {
    const h = harness();
    h.type("Luc");
    await vi.advanceTimersByTimeAsync(1000);
    h.type("Lucía, the guitarist");
    await vi.advanceTimersByTimeAsync(1499);
    expect(h.sent).toHaveLength(0);
    expect(h.autosave.state().kind).toBe("pending");

    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]!.values).toEqual({ version: 1, name: "Lucía, the guitarist" });
    expect(h.autosave.state().kind).toBe("saving");

    h.sent[0]!.answer(h.stored(h.sent[0]!.values));
    await settle();
    expect(h.autosave.state().kind).toBe("saved");
    expect(h.form.values.version).toBe(2);
    expect(h.states).toEqual(["pending", "pending", "saving", "saved"]);
  });

  it("sends nothing while a field is invalid, and saves once it is fixed", async () => {
    const h = harness();
    h.form.valid = false;
    h.type("");
    await vi.advanceTimersByTimeAsync(1500);
    expect(h.sent).toHaveLength(0);
    expect(h.autosave.state().kind).toBe("invalid");

    h.form.valid = true;
    h.type("Lucía");
    await vi.advanceTimersByTimeAsync(1500);
    // Back to the saved values: nothing to send.
    expect(h.sent).toHaveLength(0);
    expect(h.autosave.state().kind).toBe("saved");

    h.type("Lucía B.");
    await vi.advanceTimersByTimeAsync(1500);
    expect(h.sent).toHaveLength(1);
  });

  it("offline: keeps the changes, says so, and on the online event resends the lost attempt under its id before newer values", async () => {
    const h = harness();
    h.type("Lucía B.");
    await vi.advanceTimersByTimeAsync(1500);
    h.network.online = false;
    h.sent[0]!.answer(new TypeError("Failed to fetch"));
    await settle();
    expect(h.autosave.state().kind).toBe("offline");

    // A change while offline tries again (still failing) and the line keeps saying offline.
    h.type("Lucía Bravo");
    expect(h.autosave.state().kind).toBe("offline");
    await vi.advanceTimersByTimeAsync(1500);
    expect(h.sent[1]!.saveId).toBe("save-1");
    expect(h.sent[1]!.values.name).toBe("Lucía B.");
    h.sent[1]!.answer(new TypeError("Failed to fetch"));
    await settle();
    expect(h.autosave.state().kind).toBe("offline");

    h.network.online = true;
    h.autosave.online();
    await settle();
    // The server had not stored it: the same attempt goes first, with the same id.
    expect(h.sent[2]!.saveId).toBe("save-1");
    h.sent[2]!.answer(h.stored(h.sent[2]!.values));
    await settle();
    // Then the newer values, on the version that save produced.
    expect(h.sent[3]).toMatchObject({ saveId: "save-2", values: { version: 2, name: "Lucía Bravo" } });
    h.sent[3]!.answer(h.stored(h.sent[3]!.values));
    await settle();
    expect(h.autosave.state().kind).toBe("saved");
    expect(h.form.values).toEqual({ version: 3, name: "Lucía Bravo" });
  });

  it("retries a failed request while online after the retry delay, with the same id", async () => {
    const h = harness();
    h.type("Lucía B.");
    await vi.advanceTimersByTimeAsync(1500);
    h.sent[0]!.answer(new TypeError("Failed to fetch"));
    await settle();
    expect(h.autosave.state().kind).toBe("unreachable");
    await vi.advanceTimersByTimeAsync(9_999);
    expect(h.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent[1]!.saveId).toBe("save-1");
  });

  it("a conflict stops autosaving until the user chooses to overwrite", async () => {
    const h = harness();
    h.type("Lucía B.");
    await vi.advanceTimersByTimeAsync(1500);
    h.sent[0]!.answer({ ok: false, formError: "conflict", details: { currentVersion: 7 } });
    await settle();
    expect(h.autosave.state()).toEqual({ kind: "conflict", currentVersion: 7 });

    h.type("Lucía Bravo");
    await h.autosave.flush();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.sent).toHaveLength(1);
    expect(h.autosave.state().kind).toBe("conflict");

    h.form.values.version = 7;
    const resumed = h.autosave.resume();
    await settle();
    expect(h.sent[1]!.values).toEqual({ version: 7, name: "Lucía Bravo" });
    h.sent[1]!.answer(h.stored(h.sent[1]!.values));
    await resumed;
    expect(h.autosave.state().kind).toBe("saved");
  });

  it("a change while a save is in flight is saved next, on the version the first save produced", async () => {
    const h = harness();
    h.type("Lucía B.");
    await vi.advanceTimersByTimeAsync(1500);
    h.type("Lucía Bravo");
    await vi.advanceTimersByTimeAsync(1500);
    // Only one request at a time.
    expect(h.sent).toHaveLength(1);
    h.sent[0]!.answer(h.stored(h.sent[0]!.values));
    await settle();
    expect(h.sent[1]!.values).toEqual({ version: 2, name: "Lucía Bravo" });
    expect(h.sent[1]!.saveId).not.toBe(h.sent[0]!.saveId);
    h.sent[1]!.answer(h.stored(h.sent[1]!.values));
    await settle();
    expect(h.autosave.state().kind).toBe("saved");
  });

  it("flush saves at once, without waiting for the pause, and resolves when stored", async () => {
    const h = harness();
    h.type("Lucía B.");
    const flushed = h.autosave.flush();
    await settle();
    expect(h.sent).toHaveLength(1);
    h.sent[0]!.answer(h.stored(h.sent[0]!.values));
    await flushed;
    expect(h.autosave.state().kind).toBe("saved");
    // The timer of the change was cancelled: no second request later.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.sent).toHaveLength(1);
  });

  it("removals the server must confirm wait for a yes, then go with confirmRemovals and a new id", async () => {
    const h = harness();
    h.type("");
    await vi.advanceTimersByTimeAsync(1500);
    const dependents = [{ kind: "persona" as const, name: "Lucía", contentIdeas: 1 }];
    h.sent[0]!.answer({ ok: false, formError: "needs_confirmation", details: { dependents } });
    await settle();
    expect(h.autosave.state()).toEqual({ kind: "confirm", dependents });
    h.type("still removed");
    await vi.advanceTimersByTimeAsync(1500);
    expect(h.sent).toHaveLength(1);

    void h.autosave.confirmRemovals();
    await settle();
    expect(h.sent[1]).toMatchObject({ confirmRemovals: true, saveId: "save-2", values: { name: "" } });
    h.sent[1]!.answer(h.stored(h.sent[1]!.values));
    // What changed while the question was open is saved right after.
    await settle();
    expect(h.sent[2]).toMatchObject({ confirmRemovals: false, values: { version: 2, name: "still removed" } });
  });
});
