// What one real page view costs the server: Chromium opens the page signed in, waits until
// the network is quiet, scrolls to the bottom (links prefetch when they come into view) and
// waits again. Every request is counted, by kind; a prefetch shows up as an RSC fetch.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export interface PageViewRequests {
  name: string;
  path: string;
  total: number;
  /** Requests that reach the server's renderer: documents and RSC fetches (prefetches included). */
  rendered: number;
  byKind: Record<string, number>;
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export async function countPageViewRequests(
  baseURL: string,
  cookie: string,
  pages: { name: string; path: string }[],
): Promise<PageViewRequests[]> {
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const context = await browser.newContext();
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        // A __Secure- cookie must be marked secure; Chromium accepts that on http://localhost.
        return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: new URL(baseURL).hostname, path: "/", secure: true };
      }),
    );
    const results: PageViewRequests[] = [];
    for (const { name, path } of pages) {
      const page = await context.newPage();
      const byKind: Record<string, number> = {};
      let rendered = 0;
      page.on("request", (request) => {
        const rsc = request.headers()["rsc"] === "1";
        const kind = rsc ? (request.headers()["next-router-prefetch"] ? "rsc prefetch" : "rsc") : request.resourceType();
        byKind[kind] = (byKind[kind] ?? 0) + 1;
        if (kind === "document" || kind.startsWith("rsc")) rendered++;
      });
      await page.goto(new URL(path, baseURL).toString(), { waitUntil: "networkidle" });
      // Signed out, the page would be the sign-in form's: that is not the view being counted.
      if (new URL(page.url()).pathname !== path) throw new Error(`${path} ended at ${page.url()}`);
      await page.mouse.wheel(0, 20_000);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(1000);
      results.push({ name, path, total: Object.values(byKind).reduce((a, b) => a + b, 0), rendered, byKind });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
