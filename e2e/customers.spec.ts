import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { BROWSER_TODAY, guitarShopTillExport, PLANTED } from "./support/customer-file";
import { expect, test } from "./support/fixtures";
import { createProjectWithOfferings } from "./support/seed-project";

const OFFERING = "Hand-made guitars";

async function openCustomers(page: Page, projectId: string) {
  await page.goto(`/projects/${projectId}/offerings`);
  await page
    .getByRole("navigation", { name: /project/i })
    .getByRole("link", { name: "Customers" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/customers$`));
  await expect(page.getByRole("heading", { level: 1, name: "Your customers" })).toBeVisible();
}

async function upload(page: Page, file: { name: string; text: string }) {
  await page.getByLabel("Customer file").setInputFiles({ name: file.name, mimeType: "text/csv", buffer: Buffer.from(file.text, "utf8") });
}

test.describe("customer data", () => {
  test("the guitar shop imports its till export: maps it, sees the check, imports with progress, reads its groups and drafts a persona", async ({
    signedInPage: page,
  }) => {
    test.setTimeout(240_000);
    await page.clock.setFixedTime(BROWSER_TODAY);
    const projectId = await createProjectWithOfferings(page, "Guitarras Lorca", [OFFERING]);
    await openCustomers(page, projectId);
    await expect(page.getByText("No customer data yet")).toBeVisible();

    const file = guitarShopTillExport();
    await upload(page, file);
    await expect(page.getByText(/^ventas-tienda\.csv: [\d,]+ lines and 7 columns\.$/)).toBeVisible();
    // The guess read the Spanish headers and formats.
    await expect(page.getByLabel("Customer id (required)").locator("option:checked")).toHaveText("Id cliente");
    await expect(page.getByLabel("Date of purchase (required)").locator("option:checked")).toHaveText("Fecha");
    await expect(page.getByLabel("How dates are written").locator("option:checked")).toHaveText(/^day\/month\/year/);
    await expect(page.getByLabel("Decimal separator").locator("option:checked")).toHaveText(/^comma/);

    // A wrong mapping is stopped at its field, and nothing is checked.
    await page.getByLabel("Amount (required)").selectOption({ label: "Not in the file" });
    await page.getByRole("button", { name: "Check the data" }).click();
    await expect(page.getByText("Choose the column that holds this.")).toBeVisible();
    await page.getByLabel("Amount (required)").selectOption({ label: "Importe" });
    await page.getByRole("button", { name: "Check the data" }).click();

    const check = page.getByRole("region", { name: "Data check" });
    await expect(check.getByText(`Lines without a customer id: ${PLANTED.missingIds}`)).toBeVisible();
    await expect(check.getByText(`Dates that cannot be read: ${PLANTED.unreadableDates}`)).toBeVisible();
    await expect(check.getByText(`Dates in the future: ${PLANTED.futureDates}`)).toBeVisible();
    await expect(check.getByText(`Lines repeated exactly: ${PLANTED.duplicates}`)).toBeVisible();
    await expect(check.getByText(`Amounts of zero or less: ${PLANTED.zeroAmounts}`)).toBeVisible();
    await expect(check.getByText("line ", { exact: false }).first()).toBeVisible();
    await expectNoA11yViolations(page);

    const importButton = page.getByRole("button", { name: /^Import [\d,]+ lines$/ });
    await expect(importButton).toHaveText(`Import ${file.cleanLines.toLocaleString("en-US")} lines`);
    await importButton.click();
    await expect(page.getByLabel("Import progress")).toBeVisible();
    await expect(page.getByText(`Imported ${file.cleanLines.toLocaleString("en-US")} lines from ventas-tienda.csv.`)).toBeVisible({
      timeout: 60_000,
    });

    // The groups, the concentration and best against worst, from the stored lines.
    const segments = page.getByRole("table", { name: "Customer groups by recency, frequency and spend" });
    await expect(segments.getByRole("rowheader", { name: /^Best/ })).toBeVisible();
    await expect(page.getByText(/^The top \d+ customers \(20%\) bring \d+% of your revenue\.$/)).toBeVisible();
    const bestWorst = page.getByRole("region", { name: "Best against worst customers" });
    await expect(bestWorst.getByRole("heading", { level: 3 }).nth(1)).toContainText(/Channel|Product|City|Age/);
    await expectNoA11yViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoA11yViolations(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    // The owner's estimate of what the best group could become, beside what it brings today.
    const value = page.getByRole("form", { name: "Best" });
    await value.getByLabel("Strategic value (your estimate)").selectOption({ label: "5, could become our main source" });
    await value.getByLabel("Why").fill("They order a second guitar within two years");
    await value.getByRole("button", { name: "Save estimate" }).click();
    await expect(value.getByText("Saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("form", { name: "Best" }).getByLabel("Why")).toHaveValue("They order a second guitar within two years");
  });

  test("an import can be cancelled half-way and keeps nothing", async ({ signedInPage: page }) => {
    test.setTimeout(180_000);
    const projectId = await createProjectWithOfferings(page, "Guitarras Lorca", [OFFERING]);
    await openCustomers(page, projectId);
    // Enough lines for several batches; the second batch waits until Cancel has been pressed.
    await upload(page, guitarShopTillExport(3_000));
    await page.getByRole("button", { name: "Check the data" }).click();
    let release: () => void = () => {};
    const cancelPressed = new Promise<void>((resolve) => (release = resolve));
    let posts = 0;
    await page.route(`**/projects/${projectId}/customers`, async (route) => {
      if (route.request().method() === "POST" && ++posts === 3) await cancelPressed;
      await route.continue();
    });
    await page.getByRole("button", { name: /^Import [\d,]+ lines$/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /^2,000 of [\d,]+ lines imported$/ })).toBeVisible();
    await page.getByRole("button", { name: "Cancel the import" }).click();
    release();
    await expect(page.getByText("Import cancelled. Nothing from this file was kept.")).toBeVisible();
    await page.unroute(`**/projects/${projectId}/customers`);
    await page.reload();
    await expect(page.getByText("No customer data yet")).toBeVisible();
  });

  test("a file that is not a spreadsheet is refused with what to do, and changes nothing", async ({ signedInPage: page }) => {
    const projectId = await createProjectWithOfferings(page, "Guitarras Lorca", [OFFERING]);
    await openCustomers(page, projectId);
    await page.getByLabel("Customer file").setInputFiles({
      name: "photo.csv",
      mimeType: "text/csv",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]),
    });
    await expect(page.getByRole("region", { name: "Import customers and their purchases" }).getByRole("alert")).toContainText(
      "This does not look like a spreadsheet.",
    );
    await expect(page.getByRole("button", { name: "Check the data" })).toHaveCount(0);
    await expect(page.getByText("No customer data yet")).toBeVisible();
  });
});
