import { expectNoA11yViolations } from "./axe";
import { expect, makeUser, newBrowserPage, signUp, test } from "./support/fixtures";
import { inviteAndJoin } from "./support/members";
import { IntegrationStep } from "./support/integration-step";
import { createProjectWithPersona } from "./support/seed-project";
import { download } from "./support/plan-download";
import { cookieHeader } from "./support/server-actions";

const FORMATS = [
  { label: /^PDF/, file: /^guitarras-lorca-plan-\d{4}-\d{2}-\d{2}\.pdf$/, starts: "%PDF-" },
  { label: /^Word \(DOCX\)/, file: /^guitarras-lorca-plan-\d{4}-\d{2}-\d{2}\.docx$/, starts: "PK" },
  { label: /^Markdown/, file: /^guitarras-lorca-plan-\d{4}-\d{2}-\d{2}\.md$/, starts: "# " },
  { label: /^Content calendar \(CSV\)/, file: /^guitarras-lorca-plan-content-\d{4}-\d{2}-\d{2}\.csv$/, starts: "\uFEFF" },
  { label: /^Campaigns and budgets \(CSV\)/, file: /^guitarras-lorca-plan-campaigns-\d{4}-\d{2}-\d{2}\.csv$/, starts: "\uFEFF" },
] as const;

test("the plan downloads in every format from the plan page; a mentor can download and a stranger cannot", async ({
  signedInPage: page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const persona = { offering: "Guitarra de iniciación", name: "Lucía Romero" };
  const projectId = await createProjectWithPersona(page, "Guitarras Lorca", persona, "Guitarras hechas a mano en Sevilla");

  await page.goto(`/projects/${projectId}/plan`);
  await expect(page.getByRole("region", { name: "Download the plan" })).toBeVisible();
  await expectNoA11yViolations(page);

  // The owner brands the PDF: a bad colour is refused with a field message, then logo and colour are saved.
  const plainPdf = await download(page, /^PDF/);
  const branding = page.getByRole("form", { name: "Your brand on the PDF" });
  await branding.getByRole("textbox", { name: /^Accent colour/ }).fill("wood");
  await branding.getByRole("button", { name: "Save branding" }).click();
  await expect(branding.getByText(/six hexadecimal digits, such as #2444B0/)).toBeVisible();
  await branding.getByRole("textbox", { name: /^Accent colour/ }).fill("#B4532A");
  await branding.getByLabel(/^Logo/).setInputFiles("e2e/support/guitar-logo.png");
  await branding.getByRole("button", { name: "Save branding" }).click();
  await expect(branding.getByRole("status")).toHaveText(/Branding saved/);
  await expect(branding.getByText("A logo is saved.")).toBeVisible();
  await expectNoA11yViolations(page);
  const brandedPdf = await download(page, /^PDF/);
  // The cover now embeds the logo, which the plain PDF did not.
  expect(brandedPdf.bytes.includes("/Subtype /Image")).toBe(true);
  expect(plainPdf.bytes.includes("/Subtype /Image")).toBe(false);

  for (const format of FORMATS) {
    const file = await download(page, format.label);
    expect(file.name).toMatch(format.file);
    expect(file.bytes.length).toBeGreaterThan(format.starts === "%PDF-" ? 5_000 : 20);
    expect(file.bytes.subarray(0, Buffer.byteLength(format.starts)).toString("utf8")).toBe(format.starts);
  }
  // The Markdown names the persona and says, in the language picked, what is still missing.
  const markdown = (await download(page, /^Markdown/, { language: "Español" })).bytes.toString("utf8");
  expect(markdown).toContain("Lucía Romero");
  expect(markdown).toContain("Plan de integración de marketing");
  expect(markdown).toContain("Aún sin completar");

  // A mentor reads the plan, so they download it too.
  const { context: mentorContext, page: mentorPage } = await inviteAndJoin(browser, page, projectId, "Mentor");
  const { context: strangerContext, page: strangerPage } = await newBrowserPage(browser);
  try {
    await mentorPage.goto(`/projects/${projectId}/plan`);
    // A mentor reviews the plan; branding it is for those who edit it.
    await expect(mentorPage.getByRole("form", { name: "Your brand on the PDF" })).toHaveCount(0);
    const pdf = await download(mentorPage, /^PDF/, { comments: true });
    expect(pdf.bytes.subarray(0, 5).toString("utf8")).toBe("%PDF-");

    // A stranger gets the same answer as for a project that does not exist.
    await signUp(strangerPage, makeUser("stranger"));
    const address = `${baseURL}/projects/${projectId}/plan/download?format=pdf`;
    const refused = await strangerContext.request.get(address, { headers: { Cookie: await cookieHeader(strangerContext) } });
    expect(refused.status()).toBe(404);
    expect(refused.headers()["content-disposition"]).toBeUndefined();
    const missing = await strangerContext.request.get(address.replace(projectId, "00000000-0000-4000-8000-000000000000"));
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toBe(await refused.text());
  } finally {
    await mentorContext.close();
    await strangerContext.close();
  }
});

test("on a 390 px phone the campaign table scrolls inside a labelled region, with a hint, to its budget and total", async ({
  signedInPage: page,
}) => {
  test.setTimeout(120_000);
  const persona = { offering: "Guitarra de iniciación", name: "Lucía Romero" };
  const projectId = await createProjectWithPersona(page, "Guitarras Lorca", persona, "Guitarras hechas a mano en Sevilla");
  const step = new IntegrationStep(page);
  await step.goto(projectId);
  await step.addCampaign({
    offering: persona.offering,
    kind: "Launch",
    personas: [persona.name],
    channel: "Instagram and YouTube ads for first-time players",
    budget: "1500.5",
    startsOn: "2026-05-01",
    endsOn: "2026-05-31",
    objective: "Sell the first twenty starter guitars before summer",
  });
  await step.save();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/projects/${projectId}/plan`);
  const region = page.getByRole("region", { name: `Campaigns for ${persona.offering}` });
  await expect(region.getByRole("table")).toBeVisible();
  await expect(page.getByText(/The table is wider than your screen/)).toBeVisible();
  // Wider than the screen, so the region scrolls; from the keyboard too, and then the total shows.
  const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeGreaterThan(0);
  await region.focus();
  await expect(region).toBeFocused();
  for (let i = 0; i < 10; i++) await region.press("ArrowRight");
  expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(region.getByRole("cell", { name: /1,500\.50/ }).first()).toBeInViewport();
  await expectNoA11yViolations(page);
});
