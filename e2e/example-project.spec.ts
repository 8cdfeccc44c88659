import path from "node:path";
import { expectNoA11yViolations } from "./axe";
import { EXAMPLE_ID, EXAMPLE_MATRIX } from "./authorization/example-matrix";
import { EXAMPLE_PROJECT_IDS } from "../lib/projects/example-project-ids";
import { expect, test } from "./support/fixtures";
import { callAction, cookieHeader, getAs, readActionEndpoints, type ActionResponse } from "./support/server-actions";

const root = path.resolve(__dirname, "..");

function pageOutcome(status: number, location: string | null): string {
  if (status === 200) return "ok";
  if ([301, 302, 303, 307, 308].includes(status)) return `redirect:${location}`;
  return `http_${status}`;
}

function actionOutcome(response: ActionResponse): string {
  if (response.status !== 200) return `http_${response.status}`;
  const result = response.result as { ok?: boolean; formError?: string } | undefined;
  return result?.ok ? "ok" : (result?.formError ?? `unexpected:${JSON.stringify(result)}`);
}

test.describe("the example project", () => {
  test("a new user is offered it, reads it in English and Spanish without a way to change it, and copies it to edit", async ({
    signedInPage: page,
  }) => {
    // The first visit creates the example, and axe reads four long pages.
    test.setTimeout(180_000);
    const owned = page.getByRole("region", { name: "Owned by me" });
    await expect(owned.getByText("Not sure where to start?")).toBeVisible();
    await expectNoA11yViolations(page);
    await owned.getByRole("link", { name: "Open the example (guitar shop)" }).click();

    // Every step is complete, so the example opens on its plan.
    await expect(page).toHaveURL(new RegExp(`/projects/${EXAMPLE_ID}/plan$`));
    const banner = page.getByRole("region", { name: "This is an example — read only" });
    await expect(banner).toBeVisible();
    await expect(page.getByRole("heading", { name: "Marketing-integration plan" })).toBeVisible();
    await expect(page.getByText("Concert guitar made to order").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Members" })).toHaveCount(0);
    await expectNoA11yViolations(page);
    if (process.env.SHOTS_DIR) {
      await page.screenshot({ path: path.join(process.env.SHOTS_DIR, "example-plan.png") });
      await page.screenshot({ path: path.join(process.env.SHOTS_DIR, "example-plan-full.png"), fullPage: true });
    }

    await page.goto(`/projects/${EXAMPLE_ID}/personas`);
    await expect(page.getByText("Lucía, 19, conservatory student").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
    await expect(page.getByRole("textbox").first()).toBeDisabled();

    // In Spanish, the dashboard offers the Spanish example, in Spanish.
    // A cookie set from a step's URL would only cover that project's paths: set it for the site.
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "es", url: new URL("/", page.url()).toString() }]);
    await page.goto("/projects");
    await page.getByRole("link", { name: "Abrir el ejemplo (taller de guitarras)" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${EXAMPLE_PROJECT_IDS.es}/plan$`));
    await expect(page.getByRole("region", { name: "Esto es un ejemplo: solo lectura" })).toBeVisible();
    await expect(page.getByText("Guitarra de concierto por encargo").first()).toBeVisible();
    await page.goto(`/projects/${EXAMPLE_PROJECT_IDS.es}/offerings`);
    await expect(page.getByRole("button", { name: /^Guardar/ })).toHaveCount(0);
    await expectNoA11yViolations(page);

    // The copy is the user's own, complete, and editable.
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL("/", page.url()).toString() }]);
    await page.goto(`/projects/${EXAMPLE_ID}/plan`);
    await page.getByRole("button", { name: "Copy to my projects" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByLabel("Name of the copy")).toHaveValue("Copy of Lorca Guitars (example)");
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Duplicate project" }).click();
    // The example's own plan matches the pattern too: wait until the page is the copy's.
    await expect(page).toHaveURL((url) => /\/projects\/[0-9a-f-]{36}\/plan$/.test(url.pathname) && !url.pathname.includes(EXAMPLE_ID));
    const copyId = /\/projects\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    expect(copyId).not.toBe(EXAMPLE_ID);
    await expect(page.getByRole("region", { name: "This is an example — read only" })).toHaveCount(0);

    await page.goto(`/projects/${copyId}/offerings`);
    const audience = page.getByRole("textbox", { name: /Intended audience/ }).first();
    await audience.fill("Students who have outgrown their first guitar");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${copyId}/competitors$`));

    await page.goto("/projects");
    await expect(page.getByRole("article", { name: "Copy of Lorca Guitars (example)" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Lorca Guitars (example)", exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "See the example project (guitar shop)" })).toBeVisible();
  });

  test("its matrix rows hold: every signed-in user reads it and may copy it, nobody may write to it", async ({
    signedInPage: page,
    baseURL,
  }) => {
    const endpoints = readActionEndpoints(root);
    const cookies = { anonymous: "", stranger: await cookieHeader(page.context()) };
    const failures: string[] = [];
    for (const row of EXAMPLE_MATRIX) {
      for (const role of ["anonymous", "stranger"] as const) {
        const expected = row.expect[role];
        let actual: string;
        if (row.kind === "action") {
          const endpoint = endpoints.get(`${row.module}#${row.name}`);
          if (!endpoint) throw new Error(`${row.name} is not in this build`);
          actual = actionOutcome(await callAction(baseURL!, cookies[role], endpoint, EXAMPLE_ID, row.args));
        } else {
          const response = await getAs(baseURL!, cookies[role], row.path);
          actual = pageOutcome(response.status, response.location);
        }
        if (actual !== expected)
          failures.push(`${row.kind} ${row.kind === "action" ? row.name : row.path} as ${role}: ${actual}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);

    // Nothing that was refused reached the example.
    const plan = await getAs(baseURL!, cookies.stranger, `/projects/${EXAMPLE_ID}/plan`);
    expect(plan.body).toContain("Lorca Guitars (example)");
    expect(plan.body).not.toContain("Mine now");
    expect(plan.body).not.toContain("Local radio");
  });
});
