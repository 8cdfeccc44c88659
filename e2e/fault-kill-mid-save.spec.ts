import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { useProxiedApp } from "./support/app-server";
import { newUserWithProject } from "./support/fixtures";
import { OfferingsStep } from "./support/offerings-step";
import { namesOf, offeringRows, offeringsPayload, offeringsSaver } from "./support/step-rows";

test.describe.configure({ mode: "serial" });

const fault = useProxiedApp();

const OFFERINGS = 12;

test("a server killed during a multi-row save comes back with the old step or the new one, never a mixture", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page, projectId } = await newUserWithProject(browser, fault.app.baseURL, "Killed bakery", "killed");
  const save = await offeringsSaver(fault.app.baseURL, context, projectId);
  const step = new OfferingsStep(page);

  // The first save replaces nothing; counting its statements tells where a save's middle is.
  let current = offeringsPayload(0, "Old", OFFERINGS);
  const sentBefore = fault.proxy.sentChunks();
  const seeded = await save(current, randomUUID());
  expect(seeded.result).toMatchObject({ ok: true });
  const perSave = fault.proxy.sentChunks() - sentBefore;
  let stored = await offeringRows(fault.database.sql, projectId);
  expect(stored).toMatchObject({ names: namesOf(current), version: 1 });

  // Early (around the lock), in the middle of the row writes, and at the very end (the commit).
  const moments = [3, Math.round(perSave / 2), perSave - 1];
  const outcomes: string[] = [];
  for (const [round, moment] of moments.entries()) {
    const next = offeringsPayload(stored.version, `New${round}`, OFFERINGS);
    fault.proxy.setDelay(60);
    const started = fault.proxy.sentChunks();
    const inFlight = save(next, randomUUID()).catch((error: unknown) => error);
    await expect.poll(() => fault.proxy.sentChunks() - started, { timeout: 20_000, intervals: [20] }).toBeGreaterThanOrEqual(moment);
    await fault.app.kill();
    await inFlight;
    fault.proxy.setDelay(0);

    // Row level, with the server dead: one whole version of the step.
    const after = await offeringRows(fault.database.sql, projectId);
    if (after.version === stored.version) {
      expect(after.names, `killed after ${moment} of ${perSave} statements`).toEqual(namesOf(current));
      outcomes.push(`${moment}/${perSave}: old`);
    } else {
      expect(after, `killed after ${moment} of ${perSave} statements`).toMatchObject({
        names: namesOf(next),
        version: stored.version + 1,
      });
      current = next;
      outcomes.push(`${moment}/${perSave}: new`);
    }
    stored = after;

    // Restarted, the same browser session sees exactly the stored step.
    await fault.app.restart();
    await page.goto(`/projects/${projectId}/offerings`);
    await expect(page.getByRole("article", { name: /^Offering \d+:/ })).toHaveCount(OFFERINGS);
    for (const [i, name] of namesOf(current).entries()) await step.expectOffering(i + 1, { name });
  }
  test.info().annotations.push({ type: "kill moments (statements sent / per save: outcome)", description: outcomes.join(", ") });

  // And the restarted server saves normally.
  const last = offeringsPayload(stored.version, "Final", OFFERINGS);
  expect((await save(last, randomUUID())).result).toMatchObject({ ok: true });
  expect(await offeringRows(fault.database.sql, projectId)).toMatchObject({ names: namesOf(last), version: stored.version + 1 });
  await context.close();
});
