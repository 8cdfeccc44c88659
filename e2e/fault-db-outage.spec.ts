import { expect, test } from "@playwright/test";
import { useProxiedApp } from "./support/app-server";
import { newUserWithProject } from "./support/fixtures";
import { OfferingsStep } from "./support/offerings-step";
import { offeringRows } from "./support/step-rows";

// One app server reaches PostgreSQL through a proxy the test cuts; the tests share it.
test.describe.configure({ mode: "serial" });

const fault = useProxiedApp();

const kept = /Your changes are still in the form/;

test("a save while the database is down keeps the input, writes nothing, and succeeds once it is back", async ({ browser }) => {
  const { context, page, projectId } = await newUserWithProject(browser, fault.app.baseURL, "Outage bakery", "outage");
  const step = new OfferingsStep(page);
  await step.addOffering({ name: "Sourdough loaf", definition: "Two-day ferment" });
  await step.save();
  const before = await offeringRows(fault.database.sql, projectId);
  expect(before).toMatchObject({ names: ["Sourdough loaf"], version: 1 });

  await step.fillOffering(1, { name: "Sourdough loaf", definition: "Three-day ferment" });
  await step.addOffering({ name: "Rye loaf" });
  fault.proxy.cut();
  await step.saveButton().click();
  await expect(page.getByRole("alert").filter({ hasText: kept })).toBeVisible();
  // The form still holds every edit, and the buttons are usable again.
  await step.expectOffering(1, { name: "Sourdough loaf", definition: "Three-day ferment" });
  await step.expectOffering(2, { name: "Rye loaf" });
  await expect(step.saveButton()).toBeEnabled();
  // Nothing was saved, so leaving still asks first.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "My projects" }).click();
  expect(asked).toContain("unsaved changes");
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/offerings$`));
  // Row level: exactly the step as it was, at the same version.
  expect(await offeringRows(fault.database.sql, projectId)).toEqual(before);

  // Back up: the same server saves again, no restart.
  fault.proxy.restore();
  await step.save();
  const after = await offeringRows(fault.database.sql, projectId);
  expect(after).toMatchObject({
    names: ["Rye loaf", "Sourdough loaf"],
    definitions: { "Sourdough loaf": "Three-day ferment", "Rye loaf": "" },
    version: 2,
  });
  await page.reload();
  await step.expectOffering(1, { name: "Sourdough loaf", definition: "Three-day ferment" });
  await step.expectOffering(2, { name: "Rye loaf" });
  await context.close();
});

test("a connection cut in the middle of a save leaves the old or the new step, and saving again applies it once", async ({ browser }) => {
  const { context, page, projectId } = await newUserWithProject(browser, fault.app.baseURL, "Cut bakery", "midsave");
  const step = new OfferingsStep(page);
  await step.addOffering({ name: "Baguette" });
  await step.save();
  const before = await offeringRows(fault.database.sql, projectId);

  for (const name of ["Brioche", "Focaccia", "Ciabatta"]) await step.addOffering({ name });
  // Each statement now takes a while, so the save is caught with its transaction open.
  fault.proxy.setDelay(80);
  const sentBefore = fault.proxy.sentChunks();
  await step.saveButton().click();
  await expect.poll(() => fault.proxy.sentChunks() - sentBefore, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  fault.proxy.cut();
  await expect(page.getByRole("alert").filter({ hasText: kept })).toBeVisible({ timeout: 20_000 });
  await step.expectOffering(4, { name: "Ciabatta" });

  const newNames = ["Baguette", "Brioche", "Ciabatta", "Focaccia"];
  const cutState = await offeringRows(fault.database.sql, projectId);
  // Never a mixture: all of the old rows at the old version, or all of the new at the next.
  if (cutState.version === before.version) expect(cutState.names).toEqual(before.names);
  else expect(cutState).toMatchObject({ names: newNames, version: before.version + 1 });

  fault.proxy.setDelay(0);
  fault.proxy.restore();
  await step.save();
  // One change in all: a save that did land before the cut is recognised, not repeated.
  expect(await offeringRows(fault.database.sql, projectId)).toMatchObject({ names: newNames, version: before.version + 1 });
  await context.close();
});
