import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import type { Database } from "@/db/connect";
import { duplicateProject } from "@/db/queries/duplicate-project";
import { getPlanBranding } from "@/db/queries/plan-branding";
import { createProject } from "@/db/queries/projects";
import { planBranding, projectMembers } from "@/db/schema";
import { getSessionUser } from "@/lib/auth/session";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { LOGO_MAX_BYTES, LOGO_MAX_KB } from "@/lib/validation/plan-branding";
import { savePlanBrandingAction } from "./save-plan-branding";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

/** The smallest PNG signature plus padding: only the first bytes decide the type. */
const png = (size = 64) => new Uint8Array(size).map((_, i) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a][i] ?? 7);
const jpeg = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

function form(fields: { accentColor?: string; logo?: Uint8Array; type?: string; removeLogo?: boolean }): FormData {
  const data = new FormData();
  data.set("accentColor", fields.accentColor ?? "");
  data.set("logo", fields.logo ? new File([fields.logo as BlobPart], "logo", { type: fields.type ?? "image/png" }) : new File([], ""));
  if (fields.removeLogo) data.set("removeLogo", "1");
  return data;
}

async function team(db: Database) {
  const owner = await createTestUser(db, { name: "Lola Luthier" });
  const mentor = await createTestUser(db, { name: "Mario Mentor" });
  const projectId = await createProject({ actor: owner, details: { name: "Guitarras Lorca", description: "" } });
  await db.insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
  const as = (user: { id: string }) =>
    vi.mocked(getSessionUser).mockResolvedValue({ id: user.id, name: "Tester", email: `${user.id}@example.test` });
  return { owner, mentor, projectId, as };
}

const stored = async (db: Database, projectId: string) => db.select().from(planBranding).where(eq(planBranding.projectId, projectId));

describeEachDatabase("plan branding: logo and accent colour", (getConnection) => {
  it("lets the owner set a logo and accent colour, keep the logo, then remove it", async () => {
    const { db } = getConnection();
    const { owner, projectId, as } = await team(db);
    as(owner);
    expect(await savePlanBrandingAction(projectId, form({ accentColor: "#AA3311", logo: png() }))).toEqual({
      ok: true,
      data: { accentColor: "#aa3311", hasLogo: true },
    });
    const branding = await getPlanBranding({ actor: owner, projectId });
    expect(branding.logo?.type).toBe("image/png");
    expect([...branding.logo!.bytes]).toEqual([...png()]);
    // No new file: the stored logo stays; a new colour replaces the old one.
    expect(await savePlanBrandingAction(projectId, form({ accentColor: "#102030" }))).toMatchObject({ data: { hasLogo: true } });
    expect(await savePlanBrandingAction(projectId, form({ logo: jpeg() }))).toMatchObject({ data: { accentColor: "", hasLogo: true } });
    expect((await getPlanBranding({ actor: owner, projectId })).logo?.type).toBe("image/jpeg");
    expect(await savePlanBrandingAction(projectId, form({ removeLogo: true }))).toMatchObject({ data: { hasLogo: false } });
  });

  it("refuses a mentor and a stranger, and changes nothing", async () => {
    const { db } = getConnection();
    const { owner, mentor, projectId, as } = await team(db);
    as(owner);
    await savePlanBrandingAction(projectId, form({ accentColor: "#123456", logo: png() }));
    const before = await stored(db, projectId);
    as(mentor);
    expect(await savePlanBrandingAction(projectId, form({ accentColor: "#ffffff", removeLogo: true }))).toEqual({
      ok: false,
      formError: "forbidden",
    });
    // The mentor can still read it: the PDF shows the branding to every member.
    expect((await getPlanBranding({ actor: mentor, projectId })).accentColor).toBe("#123456");
    as(await createTestUser(db));
    expect(await savePlanBrandingAction(projectId, form({ accentColor: "#ffffff" }))).toEqual({ ok: false, formError: "not_found" });
    expect(await stored(db, projectId)).toEqual(before);
  });

  it("refuses a bad colour, a file too big or not an image with a field message, and changes nothing", async () => {
    const { db } = getConnection();
    const { owner, projectId, as } = await team(db);
    as(owner);
    await savePlanBrandingAction(projectId, form({ accentColor: "#123456", logo: png() }));
    const before = await stored(db, projectId);
    for (const [fields, key, code] of [
      [{ accentColor: "red" }, "accentColor", "invalid_color"],
      [{ accentColor: "#12345" }, "accentColor", "invalid_color"],
      [{ accentColor: "#123456", logo: png(LOGO_MAX_BYTES + 1) }, "logo", `file_too_big:${LOGO_MAX_KB}`],
      // Claims to be a PNG; its bytes say otherwise (an SVG or a renamed PDF).
      [{ accentColor: "#123456", logo: new TextEncoder().encode("<svg onload=alert(1)>"), type: "image/png" }, "logo", "file_type"],
      [{ accentColor: "#123456", logo: new TextEncoder().encode("%PDF-1.7"), type: "image/jpeg" }, "logo", "file_type"],
    ] as const) {
      const result = await savePlanBrandingAction(projectId, form(fields));
      expect(result).toMatchObject({ ok: false, formError: "validation", fieldErrors: { [key]: code } });
    }
    expect(await stored(db, projectId)).toEqual(before);
  });

  it("goes with the project when it is duplicated", async () => {
    const { db } = getConnection();
    const { owner, projectId, as } = await team(db);
    as(owner);
    await savePlanBrandingAction(projectId, form({ accentColor: "#0a7d5a", logo: png() }));
    const copyId = await duplicateProject({ actor: owner, projectId, name: "Copia" });
    const copy = await getPlanBranding({ actor: owner, projectId: copyId });
    expect(copy.accentColor).toBe("#0a7d5a");
    expect([...copy.logo!.bytes]).toEqual([...png()]);
  });
});
