import { expect, it } from "vitest";
import { getOfferingsStep, saveOfferingsStep } from "@/db/queries/offerings-step";
import { projectMembers } from "@/db/schema";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { EXPORT_NOW, EXPORT_SMALL_PLAN, exportFixture } from "@/lib/testing/export-fixture";
import { loadPlanExport } from "./load-plan-export";
import type { ExportFormat } from "./plan-export";
import { renderPlanDownload } from "./render-plan-download";
import type { RenderTask } from "./worker/render-worker";

/** Stands in for the threads: counts renders and answers bytes that name what was asked. */
function countingRenderer(version = "test-renderer-1") {
  const tasks: RenderTask[] = [];
  return {
    tasks,
    version: async () => version,
    render: async (task: RenderTask) => {
      tasks.push(task);
      return new TextEncoder().encode(`${task.format}:${task.data.locale}:${tasks.length}`);
    },
  };
}

const text = (body: Uint8Array | string) => (typeof body === "string" ? body : new TextDecoder().decode(body));

describeEachDatabase("renderPlanDownload", (getConnection) => {
  it("renders a PDF once: the second download of an unchanged plan is served from the cache", async () => {
    const { data, projectId, ownerId } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN });
    const renderer = countingRenderer();
    const download = () => renderPlanDownload({ actor: { id: ownerId }, projectId, format: "pdf", data, now: EXPORT_NOW, renderer });
    const first = await download();
    const second = await download();
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(text(second.body)).toBe(text(first.body));
    expect(renderer.tasks).toHaveLength(1);
  });

  it("renders again after a step save, and when the renderer changes", async () => {
    const { projectId, ownerId, reload } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN });
    const actor = { id: ownerId };
    const renderer = countingRenderer();
    const download = async (using = renderer) =>
      renderPlanDownload({ actor, projectId, format: "pdf", data: await reload(), now: EXPORT_NOW, renderer: using });
    await download();
    // Saved as it was: the step's new version alone asks for a new file.
    const { meta, ...values } = await getOfferingsStep({ actor, projectId });
    await saveOfferingsStep({ actor, projectId, values: { ...values, version: meta.version } });
    expect((await download()).cache).toBe("miss");
    expect(renderer.tasks).toHaveLength(2);
    expect((await download()).cache).toBe("hit");
    // A new renderer (its code, wording or packages) never serves an older one's file.
    expect((await download(countingRenderer("test-renderer-2"))).cache).toBe("miss");
  });

  it("keeps formats and languages apart, and writes Markdown and CSV without the threads or the cache", async () => {
    const { projectId, ownerId } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN });
    const actor = { id: ownerId };
    const renderer = countingRenderer();
    const download = async (format: ExportFormat, locale: "en" | "es") => {
      const data = await loadPlanExport({ actor, projectId, locale, withComments: false, now: EXPORT_NOW });
      return renderPlanDownload({ actor, projectId, format, data, now: EXPORT_NOW, renderer });
    };
    const files = [await download("pdf", "en"), await download("pdf", "es"), await download("docx", "en"), await download("docx", "es")];
    expect(files.map((f) => f.cache)).toEqual(["miss", "miss", "miss", "miss"]);
    expect(files.map((f) => text(f.body).replace(/:\d+$/, ""))).toEqual(["pdf:en", "pdf:es", "docx:en", "docx:es"]);
    expect([(await download("docx", "es")).body, (await download("pdf", "en")).body].map(text)).toEqual(["docx:es:4", "pdf:en:1"]);
    const markdown = await download("md", "es");
    expect(markdown.cache).toBe("none");
    expect(text(markdown.body)).toContain("Plan de integración de marketing");
    expect(renderer.tasks).toHaveLength(4);
  });

  it("renders again when the team changes, and keeps a stranger out of the cache", async () => {
    const { db } = getConnection();
    const { projectId, ownerId, reload } = await exportFixture(db, { size: EXPORT_SMALL_PLAN });
    const renderer = countingRenderer();
    const download = async () =>
      renderPlanDownload({ actor: { id: ownerId }, projectId, format: "pdf", data: await reload(), now: EXPORT_NOW, renderer });
    await download();
    // The cover lists the team: a new member is a new document, though no step changed.
    const editor = await createTestUser(db, { name: "Luis Vera" });
    await db.insert(projectMembers).values({ projectId, userId: editor.id, role: "editor" });
    expect((await download()).cache).toBe("miss");
    const stranger = await createTestUser(db);
    await expect(
      renderPlanDownload({ actor: stranger, projectId, format: "pdf", data: await reload(), now: EXPORT_NOW, renderer }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
