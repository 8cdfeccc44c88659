import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { expectAppError } from "@/lib/testing/app-errors";
import { seedPlan } from "@/lib/testing/plan-seed";
import { createShareLinkSchema } from "@/lib/validation/share-links";
import { NO_VALIDATION } from "@/lib/validation/persona-validation";
import type { Database } from "../connect";
import { personas, projectMembers, shareLinks } from "../schema";
import { createShareLink, hashShareToken, listShareLinks, openShareLink, revokeShareLink } from "./share-links";

// Fixed instants: no test depends on today's date or on how long it takes to run.
const T0 = new Date("2026-03-02T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const at = (ms: number) => new Date(T0.getTime() + ms);
const words = { draftedPersonaName: (n: number) => `Persona ${n}` };
const open = (token: string, now: Date) => openShareLink(token, { locale: "en", words, now });
const SIZE = { offerings: 2, personasPerOffering: 1, contentIdeas: 2, socialPlans: 1, campaigns: 1 };

async function setup(db: Database) {
  const owner = await createTestUser(db, { name: "Lucía Owner" });
  const { projectId } = await seedPlan(db, { ownerId: owner.id, size: SIZE, name: "Guitar workshop" });
  const link = await createShareLink({ actor: owner, projectId, values: { label: "Client: Ana", expiresInDays: 7 }, now: T0 });
  return { owner, projectId, link };
}

async function member(db: Database, projectId: string, role: "editor" | "mentor") {
  const user = await createTestUser(db);
  await db.insert(projectMembers).values({ projectId, userId: user.id, role });
  return user;
}

describeEachDatabase("read-only share links", (getConnection) => {
  it("hands the token out once and stores only its hash", async () => {
    const { db } = getConnection();
    const { owner, projectId, link } = await setup(db);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt).toEqual(at(7 * DAY));
    const [row] = await db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
    expect(row!.tokenHash).toBe(hashShareToken(link.token));
    expect(JSON.stringify(row)).not.toContain(link.token);
    const listed = await listShareLinks({ actor: owner, projectId, now: T0 });
    expect(listed).toEqual([
      {
        id: link.id,
        label: "Client: Ana",
        createdAt: T0,
        expiresAt: at(7 * DAY),
        revokedAt: null,
        lastOpenedAt: null,
        createdBy: "Lucía Owner",
        status: "active",
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(link.token);
  });

  it("opens the plan while the link lasts, records when, and refuses it from the moment it expires", async () => {
    const { db } = getConnection();
    const { owner, projectId, link } = await setup(db);
    const seen = await open(link.token, at(DAY));
    expect(seen).toMatchObject({ projectName: "Guitar workshop", sharedBy: "Lucía Owner", expiresAt: at(7 * DAY) });
    expect(seen!.plan.offeringCount).toBe(2);
    expect(seen!.plan.campaignCount).toBe(1);
    expect((await listShareLinks({ actor: owner, projectId, now: at(DAY) }))[0]!.lastOpenedAt).toEqual(at(DAY));

    expect(await open(link.token, at(7 * DAY - 1))).not.toBeNull();
    expect(await open(link.token, at(7 * DAY))).toBeNull();
    const [expired] = await listShareLinks({ actor: owner, projectId, now: at(7 * DAY) });
    expect(expired).toMatchObject({ status: "expired", lastOpenedAt: at(7 * DAY - 1) });
  });

  it("refuses unknown, mangled and absurd tokens alike", async () => {
    const { db } = getConnection();
    const { link } = await setup(db);
    expect(await open("no-such-token", T0)).toBeNull();
    expect(await open(`${link.token}x`, T0)).toBeNull();
    expect(await open("", T0)).toBeNull();
    expect(await open("a".repeat(10_000), T0)).toBeNull();
    // The hash itself is not a key either: someone reading the table cannot open the plan.
    expect(await open(hashShareToken(link.token), T0)).toBeNull();
  });

  it("stops working once revoked; revoking again keeps the first date", async () => {
    const { db } = getConnection();
    const { owner, projectId, link } = await setup(db);
    await revokeShareLink({ actor: owner, projectId, linkId: link.id, now: at(DAY) });
    expect(await open(link.token, at(DAY))).toBeNull();
    await revokeShareLink({ actor: owner, projectId, linkId: link.id, now: at(2 * DAY) });
    const [row] = await listShareLinks({ actor: owner, projectId, now: at(2 * DAY) });
    expect(row).toMatchObject({ status: "revoked", revokedAt: at(DAY), lastOpenedAt: null });
  });

  it("is the owner's alone: editors and mentors are refused, another project's owner finds nothing", async () => {
    const { db } = getConnection();
    const { projectId, link } = await setup(db);
    const values = { label: "Partner", expiresInDays: 30 };
    for (const role of ["editor", "mentor"] as const) {
      const user = await member(db, projectId, role);
      await expectAppError(createShareLink({ actor: user, projectId, values, now: T0 }), "forbidden");
      await expectAppError(listShareLinks({ actor: user, projectId, now: T0 }), "forbidden");
      await expectAppError(revokeShareLink({ actor: user, projectId, linkId: link.id, now: T0 }), "forbidden");
    }
    const other = await createTestUser(db);
    const { projectId: otherProject } = await seedPlan(db, { ownerId: other.id, size: SIZE });
    // Through their own project, whose owner they are, and through the project itself.
    await expectAppError(revokeShareLink({ actor: other, projectId: otherProject, linkId: link.id, now: T0 }), "not_found");
    await expectAppError(revokeShareLink({ actor: other, projectId, linkId: link.id, now: T0 }), "not_found");
    await expectAppError(listShareLinks({ actor: other, projectId, now: T0 }), "not_found");
    expect(await open(link.token, T0)).not.toBeNull();
    expect(await listShareLinks({ actor: other, projectId: otherProject, now: T0 })).toEqual([]);
  });

  it("shows no customer data and none of the team's notes", async () => {
    const { db } = getConnection();
    const { link, projectId } = await setup(db);
    const [drafted, written] = await db.select({ id: personas.id }).from(personas).where(eq(personas.projectId, projectId));
    await db
      .update(personas)
      .set({
        name: "Lost customers of Offering 1",
        description: "Spends 412.50 per customer; 37 customers in the group.",
        location: "Murcia",
        ageMin: 31,
        fromData: { segment: "lost", customers: 37, fields: ["name", "description", "location"] },
        validation: {
          ...NO_VALIDATION,
          note: "Ana's top spenders all came back twice",
          plan: [{ id: crypto.randomUUID(), what: "Call Ana", how: "", who: "Team", due: "", done: false }],
        },
      })
      .where(eq(personas.id, drafted!.id));
    const seen = await open(link.token, T0);
    const shown = seen!.plan.offerings.flatMap((o) => o.personas);
    const persona = shown.find((p) => p.id === drafted!.id)!;
    expect(persona).toMatchObject({ name: "Persona 1", description: "", location: "", ageMin: 31, fromData: null });
    expect(persona.validation).toMatchObject({ note: "", plan: [] });
    expect(shown.find((p) => p.id === written!.id)!.name).not.toBe("Persona 1");
    const text = JSON.stringify(seen);
    for (const secret of ["Lost customers", "412.50", "Murcia", "top spenders", "Call Ana", '"lost"']) expect(text).not.toContain(secret);
    // Content and campaigns name the persona as the plan does.
    expect(seen!.plan.content.some((c) => c.persona.name === "Lost customers of Offering 1")).toBe(false);
  });
});

it("asks for a label and a life of 1 to 90 whole days", () => {
  const errors = (values: unknown) => createShareLinkSchema.safeParse(values).error?.issues.map((i) => [i.path.join("."), i.message]);
  expect(errors({ label: " Client ", expiresInDays: 90 })).toBeUndefined();
  expect(errors({ label: "  ", expiresInDays: 0 })).toEqual([
    ["label", "required"],
    ["expiresInDays", "out_of_range"],
  ]);
  expect(errors({ label: "x", expiresInDays: 91 })).toEqual([["expiresInDays", "out_of_range"]]);
  expect(errors({ label: "x", expiresInDays: 1.5 })).toEqual([["expiresInDays", "invalid_number"]]);
  expect(errors({ label: "x", expiresInDays: Number.NaN })).toEqual([["expiresInDays", "invalid_number"]]);
});
