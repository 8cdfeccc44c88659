import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { useProxiedApp } from "./support/app-server";
import { newUserWithProject } from "./support/fixtures";
import { OfferingsStep } from "./support/offerings-step";
import { namesOf, offeringRows, offeringsPayload, offeringsSaver } from "./support/step-rows";

test.describe.configure({ mode: "serial" });

const fault = useProxiedApp();

async function signedInProject(browser: Browser, name: string) {
  const signedIn = await newUserWithProject(browser, fault.app.baseURL, name, "double");
  const save = await offeringsSaver(fault.app.baseURL, signedIn.context, signedIn.projectId);
  return { ...signedIn, step: new OfferingsStep(signedIn.page), save };
}

test("a double click on Save adds the new offering once", async ({ browser }) => {
  const { context, page, projectId, step } = await signedInProject(browser, "Double click bakery");
  await step.addOffering({ name: "Croissant" });
  await step.saveButton().dblclick();
  await expect(page.getByRole("status")).toContainText("Saved.");
  expect(await offeringRows(fault.database.sql, projectId)).toMatchObject({ names: ["Croissant"], version: 1 });
  await context.close();
});

test("the same save sent twice at once is applied once, and both requests get the saved step", async ({ browser }) => {
  const { context, projectId, save } = await signedInProject(browser, "Twice bakery");
  const payload = offeringsPayload(0, "Twice", 3);
  const saveId = randomUUID();
  // Slowed down, the second request arrives while the first still holds the step's lock.
  fault.proxy.setDelay(30);
  const [first, second] = await Promise.all([save(payload, saveId), save(payload, saveId)]).finally(() => fault.proxy.setDelay(0));
  expect(first.result).toMatchObject({ ok: true, data: { version: 1 } });
  expect(second.result).toEqual(first.result);
  expect(await offeringRows(fault.database.sql, projectId)).toMatchObject({ names: namesOf(payload), version: 1, lastSaveId: saveId });

  // Two different attempts on the same version: one wins, the other is told of the conflict.
  const racing = await Promise.all(["Left", "Right"].map((label) => save(offeringsPayload(1, label, 3), randomUUID())));
  const results = racing.map((r) => r.result as { ok: boolean; formError?: string });
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ formError: "conflict" })]);
  const stored = await offeringRows(fault.database.sql, projectId);
  expect(stored.version).toBe(2);
  expect(stored.names).toHaveLength(3);
  expect(new Set(stored.names.map((n) => n.split(" ")[0])).size).toBe(1);
  await context.close();
});

test("a save retried after a timeout is recognised: one new item, not two", async ({ browser }) => {
  const { context, projectId, save } = await signedInProject(browser, "Timeout bakery");
  const payload = offeringsPayload(0, "Slow", 2);
  const saveId = randomUUID();
  // The database answers so slowly that the caller gives up, while the server carries on.
  fault.proxy.setDelay(150);
  const sentBefore = fault.proxy.sentChunks();
  const gaveUp = await save(payload, saveId, { timeout: 1_500 }).then(
    () => false,
    () => true,
  );
  expect(gaveUp).toBe(true);
  expect(fault.proxy.sentChunks()).toBeGreaterThan(sentBefore);
  fault.proxy.setDelay(0);
  const retried = await save(payload, saveId);
  expect(retried.result).toMatchObject({ ok: true, data: { version: 1 } });
  expect(await offeringRows(fault.database.sql, projectId)).toMatchObject({ names: namesOf(payload), version: 1 });
  await context.close();
});

test("in the browser, a save whose answer is lost says so, and saving again adds nothing twice", async ({ browser }) => {
  const { context, page, projectId, step } = await signedInProject(browser, "Lost answer bakery");
  await step.addOffering({ name: "Pain au chocolat" });
  // The request reaches the server and is saved; the answer never reaches the page.
  let lost = 0;
  await page.route(`**/projects/${projectId}/offerings`, async (route) => {
    if (route.request().method() !== "POST" || lost > 0) return route.fallback();
    lost += 1;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await step.saveButton().click();
  await expect(page.getByRole("alert").filter({ hasText: "We could not reach the server" })).toBeVisible();
  await step.expectOffering(1, { name: "Pain au chocolat" });
  expect(await offeringRows(fault.database.sql, projectId)).toMatchObject({ names: ["Pain au chocolat"], version: 1 });

  // The user saves again: the server recognises the save it already made.
  await step.save();
  const stored = await offeringRows(fault.database.sql, projectId);
  expect(stored).toMatchObject({ names: ["Pain au chocolat"], version: 1 });
  await page.reload();
  await expect(page.getByRole("article", { name: /^Offering \d+:/ })).toHaveCount(1);
  // The reloaded form edits the saved row: a further save updates it, it adds no copy.
  await step.fillOffering(1, { name: "Pain au chocolat", definition: "Butter and dark chocolate" });
  await step.save();
  expect(await offeringRows(fault.database.sql, projectId)).toMatchObject({ names: ["Pain au chocolat"], version: 2 });
  await context.close();
});
