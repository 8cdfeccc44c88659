import path from "node:path";
import { request, type Browser, type Page } from "@playwright/test";
import { createProject, expect, makeUser, newBrowserPage, signUp, test } from "./support/fixtures";
import { callAction, cookieHeader, decodeActionResponse, getAs, readActionEndpoints } from "./support/server-actions";
import { hydrated } from "./support/hydration";

const root = path.resolve(__dirname, "..");

async function stranger(browser: Browser): Promise<string> {
  const { context, page } = await newBrowserPage(browser);
  await signUp(page, makeUser("stranger"));
  const cookie = await cookieHeader(context);
  await context.close();
  return cookie;
}

/** Collects CSP complaints from the console and from securitypolicyviolation events. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message);
  });
  return violations;
}

test.describe("content security policy", () => {
  test("scripts run only with a per-request nonce, and pages still hydrate with no violation", async ({ page, browser }) => {
    // Signed out: the sign-in page.
    const { context: anonymous, page: signInPage } = await newBrowserPage(browser);
    const anonymousViolations = watchCsp(signInPage);
    const first = await signInPage.goto("/sign-in");
    const policy = first!.headers()["content-security-policy"]!;
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
    for (const directive of [
      "default-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(policy.split("; ")).toContain(directive);
    }
    // Every script in the HTML carries this response's nonce, and the next response gets another.
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
    const html = await first!.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const again = await signInPage.request.get("/sign-in");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);
    await expect(signInPage.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expect.poll(() => hydrated(signInPage, "form")).toBe(true);
    await anonymous.close();

    // Signed in: the dashboard and a wizard step, reached through hydrated forms.
    const violations = watchCsp(page);
    await signUp(page, makeUser());
    await expect.poll(() => hydrated(page, "form")).toBe(true);
    const projectId = await createProject(page, "Nonce bakery", "Bread at dawn");
    await expect(page.getByRole("navigation", { name: "Wizard steps" })).toBeVisible();
    await expect.poll(() => hydrated(page, "form")).toBe(true);
    const step = await page.goto(`/projects/${projectId}/offerings`);
    expect(step!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    await expect.poll(() => hydrated(page, "form")).toBe(true);
    await page.goto("/projects");
    await expect(page.getByRole("button", { name: "Create project" })).toBeVisible();
    await expect.poll(() => hydrated(page, "form")).toBe(true);

    // Route handlers carry the policy too, and the plan download still answers.
    const download = await page.request.get(`/projects/${projectId}/plan/download?format=md`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    const authRoute = await page.request.get("/api/auth/session");
    expect(authRoute.headers()["content-security-policy"]).toContain("'strict-dynamic'");

    expect([...anonymousViolations, ...violations]).toEqual([]);
  });

  test("an inline script slipped into a page without the nonce does not run, and the browser reports it", async ({
    signedInPage: page,
  }) => {
    const violations = watchCsp(page);
    // Stand in for an injection: the server's own answer, headers and all, with one more script.
    await page.route("**/projects", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", "<script>window.__injected = true;</script></body>");
      await route.fulfill({ response, body: html });
    });
    await page.goto("/projects");
    await expect(page.getByRole("button", { name: "Create project" })).toBeVisible();
    await expect.poll(() => hydrated(page, "form")).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });
});

test.describe("forged headers", () => {
  const forgeries = ["middleware", "proxy", "src/middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy"];

  test("x-middleware-subrequest does not open a project to a stranger or to anyone signed out", async ({
    signedInPage: page,
    browser,
    baseURL,
  }) => {
    const projectId = await createProject(page, "Secret forge", "Do not leak this line");
    const strangerCookie = await stranger(browser);
    for (const value of forgeries) {
      for (const [who, cookie] of [
        ["anonymous", ""],
        ["stranger", strangerCookie],
      ] as const) {
        const context = await request.newContext({ baseURL: baseURL! });
        const response = await context.get(`/projects/${projectId}/offerings`, {
          headers: { "x-middleware-subrequest": value, ...(cookie ? { Cookie: cookie } : {}) },
          maxRedirects: 0,
        });
        const body = await response.text();
        const label = `${who} with x-middleware-subrequest: ${value}`;
        if (who === "anonymous") {
          expect(response.status(), label).toBe(307);
          expect(new URL(response.headers()["location"]!, baseURL).pathname, label).toBe("/sign-in");
        } else {
          expect(response.status(), label).toBe(404);
        }
        expect(body, label).not.toContain("Secret forge");
        expect(body, label).not.toContain("Do not leak this line");
        // The policy still comes with the answer: the proxy was not skipped.
        expect(response.headers()["content-security-policy"], label).toContain("'strict-dynamic'");
        await context.dispose();
      }
    }
  });

  test("a server action posted with a foreign Origin is refused and changes nothing", async ({ signedInPage: page, baseURL }) => {
    const projectId = await createProject(page, "Origin guitars", "Built in Seville");
    const cookie = await cookieHeader(page.context());
    const endpoint = readActionEndpoints(root).get("lib/actions/update-project.ts#updateProjectAction");
    expect(endpoint, "updateProjectAction is in the build").toBeTruthy();
    const args = [projectId, { name: "Renamed by evil", description: "Hijacked" }];

    const context = await request.newContext({ baseURL: baseURL! });
    const forged = await context.post(endpoint!.page.replace("{projectId}", projectId), {
      headers: {
        "Next-Action": endpoint!.id,
        Origin: "https://evil.example",
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Cookie: cookie,
      },
      data: JSON.stringify(args),
      maxRedirects: 0,
    });
    const status = forged.status();
    const outcome = status === 200 ? decodeActionResponse(status, forged.headers(), await forged.body()) : null;
    await context.dispose();
    expect(status, `answer to the forged call: ${JSON.stringify(outcome)}`).toBe(403);
    expect(forged.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    expect(forged.headers()["x-frame-options"]).toBe("DENY");

    // A forged X-Forwarded-Host that disagrees with the Origin is refused the same way.
    const forwarded = await request.newContext({ baseURL: baseURL! });
    const viaForgedHost = await forwarded.post(endpoint!.page.replace("{projectId}", projectId), {
      headers: {
        "Next-Action": endpoint!.id,
        Origin: new URL(baseURL!).origin,
        "X-Forwarded-Host": "evil.example",
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Cookie: cookie,
      },
      data: JSON.stringify(args),
      maxRedirects: 0,
    });
    expect(viaForgedHost.status()).toBe(403);
    await forwarded.dispose();

    const after = await getAs(baseURL!, cookie, "/projects");
    expect(after.body).toContain("Origin guitars");
    expect(after.body).not.toContain("Renamed by evil");

    // The same call from the site's own origin goes through, so the refusal above was the Origin's doing.
    const genuine = await callAction(baseURL!, cookie, endpoint!, projectId, [
      projectId,
      { name: "Renamed by owner", description: "Built in Seville" },
    ]);
    expect(genuine.status).toBe(200);
    expect((await getAs(baseURL!, cookie, "/projects")).body).toContain("Renamed by owner");
  });

  test("a path with a malformed percent-escape answers 400 with the usual headers, not 500", async ({ baseURL }) => {
    const context = await request.newContext({ baseURL: baseURL! });
    for (const address of ["/projects/%ff/plan", "/invite/%ff", "/projects/%E0%A4%A/plan/download?format=pdf"]) {
      const response = await context.get(address, { maxRedirects: 0 });
      expect(response.status(), address).toBe(400);
      expect(response.headers()["content-security-policy"], address).toContain("'strict-dynamic'");
      expect(response.headers()["x-content-type-options"], address).toBe("nosniff");
      expect(response.headers()["x-request-id"], address).toMatch(/^[0-9a-f-]{36}$/);
    }
    await context.dispose();
  });
});
