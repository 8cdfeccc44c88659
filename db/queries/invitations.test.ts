import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { countingConnection } from "@/lib/testing/query-counter";
import type { Database } from "../connect";
import { invitations, projectMembers, users } from "../schema";
import {
  acceptInvitation,
  createInvitation,
  hashInvitationToken,
  INVITATION_TTL_MS,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from "./invitations";
import { createProject } from "./projects";

async function userWithEmail(db: Database) {
  const { id } = await createTestUser(db);
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, id));
  return { id, email: row!.email };
}

async function setup(db: Database) {
  const owner = await userWithEmail(db);
  const invitee = await userWithEmail(db);
  const projectId = await createProject({ actor: owner, details: { name: "Shared workshop", description: "" } });
  return { owner, invitee, projectId };
}

async function roleOf(db: Database, projectId: string, userId: string) {
  const [row] = await db
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
  return row?.role;
}

// Fixed instants: no test depends on today's date or on how long it takes to run.
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describeEachDatabase("invitations", (getConnection) => {
  it("lets the invited address join once with the invited role, and stores only a hash of the token", async () => {
    const { db } = getConnection();
    const { owner, invitee, projectId } = await setup(db);
    const now = T0;
    const { id, token, expiresAt } = await createInvitation({
      actor: owner,
      projectId,
      email: invitee.email.toUpperCase(),
      role: "editor",
      anyEmail: false,
      clock: { now },
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime()).toBe(now.getTime() + INVITATION_TTL_MS);

    const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
    expect(row!.email).toBe(invitee.email);
    expect(row!.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    expect(await previewInvitation(token, null, now)).toEqual({ ok: true, projectName: "Shared workshop", role: "editor" });
    expect(await acceptInvitation(token, invitee, now)).toEqual({ ok: true, projectId, joined: true });
    expect(await roleOf(db, projectId, invitee.id)).toBe("editor");
    const [accepted] = await db.select().from(invitations).where(eq(invitations.id, id));
    expect(accepted!.acceptedBy).toBe(invitee.id);
    expect(accepted!.acceptedAt).not.toBeNull();
    expect(await listInvitations({ actor: owner, projectId, now })).toEqual([]);

    // A second use, by anyone, is refused as used.
    expect(await acceptInvitation(token, invitee, now)).toEqual({ ok: false, reason: "used" });
    expect(await previewInvitation(token, null, now)).toEqual({ ok: false, reason: "used" });
  });

  it("refuses an expired link, and lists the invitation as expired until it is resent", async () => {
    const { db } = getConnection();
    const { owner, invitee, projectId } = await setup(db);
    const eightDaysAgo = at(-8 * 24 * 60 * 60 * 1000);
    const { token } = await createInvitation({
      actor: owner,
      projectId,
      email: invitee.email,
      role: "mentor",
      anyEmail: false,
      clock: { now: eightDaysAgo },
    });
    expect(await acceptInvitation(token, invitee, T0)).toEqual({ ok: false, reason: "expired" });
    expect(await roleOf(db, projectId, invitee.id)).toBeUndefined();
    const [listed] = await listInvitations({ actor: owner, projectId, now: T0 });
    expect(listed).toMatchObject({ email: invitee.email, role: "mentor", expired: true });

    // A short clock works too: one second of validity, checked two seconds later.
    const other = await userWithEmail(db);
    const short = await createInvitation({
      actor: owner,
      projectId,
      email: other.email,
      role: "editor",
      anyEmail: false,
      clock: { now: T0, ttlMs: 1000 },
    });
    expect(await acceptInvitation(short.token, other, at(2000))).toEqual({ ok: false, reason: "expired" });
  });

  it("a resend replaces the link: the old one stops working and the new one does", async () => {
    const { db } = getConnection();
    const { owner, invitee, projectId } = await setup(db);
    const first = await createInvitation({ actor: owner, projectId, email: invitee.email, role: "editor", anyEmail: false });
    const second = await resendInvitation({ actor: owner, projectId, invitationId: first.id });
    expect(second.token).not.toBe(first.token);
    expect(second.email).toBe(invitee.email);
    expect(await acceptInvitation(first.token, invitee)).toEqual({ ok: false, reason: "unknown" });
    expect(await acceptInvitation(second.token, invitee)).toMatchObject({ ok: true, joined: true });
  });

  it("a cancelled invitation is refused as revoked and leaves the list", async () => {
    const { db } = getConnection();
    const { owner, invitee, projectId } = await setup(db);
    const { id, token } = await createInvitation({ actor: owner, projectId, email: invitee.email, role: "editor", anyEmail: false });
    await revokeInvitation({ actor: owner, projectId, invitationId: id });
    expect(await listInvitations({ actor: owner, projectId })).toEqual([]);
    expect(await previewInvitation(token, invitee.email)).toEqual({ ok: false, reason: "revoked" });
    expect(await acceptInvitation(token, invitee)).toEqual({ ok: false, reason: "revoked" });
    await expect(resendInvitation({ actor: owner, projectId, invitationId: id })).rejects.toMatchObject({ code: "invitation_gone" });
  });

  it("refuses another signed-in address unless the owner allowed any email", async () => {
    const { db } = getConnection();
    const { owner, invitee, projectId } = await setup(db);
    const someoneElse = await userWithEmail(db);
    const strict = await createInvitation({ actor: owner, projectId, email: invitee.email, role: "editor", anyEmail: false });
    expect(await acceptInvitation(strict.token, someoneElse)).toEqual({ ok: false, reason: "wrong_email" });
    const preview = await previewInvitation(strict.token, someoneElse.email);
    expect(preview).toMatchObject({ ok: false, reason: "wrong_email" });
    expect(JSON.stringify(preview)).not.toContain(invitee.email);
    expect(await roleOf(db, projectId, someoneElse.id)).toBeUndefined();

    const open = await createInvitation({ actor: owner, projectId, email: "anyone@example.test", role: "mentor", anyEmail: true });
    expect(await acceptInvitation(open.token, someoneElse)).toMatchObject({ ok: true, joined: true });
    expect(await roleOf(db, projectId, someoneElse.id)).toBe("mentor");
  });

  it("an unknown token is refused without naming any project", async () => {
    const { db } = getConnection();
    const user = await userWithEmail(db);
    expect(await previewInvitation("not-a-real-token", null)).toEqual({ ok: false, reason: "unknown" });
    expect(await acceptInvitation("", user)).toEqual({ ok: false, reason: "unknown" });
  });

  it("racing accepts of one link make exactly one membership", async () => {
    const { db } = getConnection();
    const { owner, projectId } = await setup(db);
    const racers = await Promise.all([1, 2, 3, 4].map(() => userWithEmail(db)));
    const { token } = await createInvitation({ actor: owner, projectId, email: "team@example.test", role: "editor", anyEmail: true });
    const outcomes = await Promise.all(racers.map((racer) => acceptInvitation(token, racer)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([1, 2, 3].map(() => ({ ok: false, reason: "used" })));
    const members = await db.select().from(projectMembers).where(eq(projectMembers.projectId, projectId));
    expect(members).toHaveLength(2);
  });

  it("an existing member keeps their role, and inviting a member is a field error", async () => {
    const { db } = getConnection();
    const { owner, invitee, projectId } = await setup(db);
    await expect(createInvitation({ actor: owner, projectId, email: owner.email, role: "editor", anyEmail: false })).rejects.toMatchObject({
      code: "validation",
      details: { fieldErrors: { email: "already_member" } },
    });
    const open = await createInvitation({ actor: owner, projectId, email: invitee.email, role: "mentor", anyEmail: true });
    await expect(
      createInvitation({ actor: owner, projectId, email: invitee.email, role: "editor", anyEmail: false }),
    ).rejects.toMatchObject({
      details: { fieldErrors: { email: "already_invited" } },
    });
    expect(await acceptInvitation(open.token, owner)).toEqual({ ok: true, projectId, joined: false });
    expect(await roleOf(db, projectId, owner.id)).toBe("owner");
  });

  it("editors and mentors cannot manage invitations, strangers cannot see them, and nothing is written", async () => {
    const { db } = getConnection();
    const { owner, invitee, projectId } = await setup(db);
    const stranger = await userWithEmail(db);
    const { id } = await createInvitation({ actor: owner, projectId, email: invitee.email, role: "editor", anyEmail: false });
    const before = await db.select().from(invitations).where(eq(invitations.projectId, projectId));
    for (const role of ["editor", "mentor"] as const) {
      const member = await userWithEmail(db);
      await db.insert(projectMembers).values({ projectId, userId: member.id, role });
      await expect(
        createInvitation({ actor: member, projectId, email: "x@example.test", role: "editor", anyEmail: true }),
      ).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(resendInvitation({ actor: member, projectId, invitationId: id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(revokeInvitation({ actor: member, projectId, invitationId: id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(listInvitations({ actor: member, projectId })).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(
      createInvitation({ actor: stranger, projectId, email: "x@example.test", role: "editor", anyEmail: true }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(revokeInvitation({ actor: stranger, projectId, invitationId: id })).rejects.toMatchObject({ code: "not_found" });
    await expect(listInvitations({ actor: stranger, projectId })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.select().from(invitations).where(eq(invitations.projectId, projectId))).toEqual(before);
  });
});

describeEachDatabase("invitation refusals", (getConnection) => {
  // Timing cannot tell a wrong link from an expired, used or revoked one when each costs the
  // same work: one lookup by the token's hash (a unique index), then a decision in memory.
  it("run the same statements whichever part of the link was wrong", async () => {
    const { db } = getConnection();
    const { owner, invitee, projectId } = await setup(db);
    // One pending link per address, so each case invites someone of its own.
    const make = async (clock = { now: T0 }) => {
      const person = await userWithEmail(db);
      const { id, token } = await createInvitation({
        actor: owner,
        projectId,
        email: person.email,
        role: "mentor",
        anyEmail: false,
        clock,
      });
      return { id, token, person };
    };
    const used = await make();
    await acceptInvitation(used.token, used.person, T0);
    const revoked = await make();
    await revokeInvitation({ actor: owner, projectId, invitationId: revoked.id });
    const expired = await make({ now: at(-2 * INVITATION_TTL_MS) });
    const wrongEmail = await make();
    const cases = {
      unknown: { token: "x".repeat(43), as: invitee },
      used: { token: used.token, as: used.person },
      revoked: { token: revoked.token, as: revoked.person },
      expired: { token: expired.token, as: expired.person },
      wrong_email: { token: wrongEmail.token, as: invitee },
    };
    const { connection, queries } = await countingConnection(getConnection());
    setConnectionForTests(connection);
    const statements: Record<string, string[]> = {};
    for (const [reason, { token, as }] of Object.entries(cases)) {
      queries.length = 0;
      expect(await previewInvitation(token, as.email, T0)).toMatchObject({ ok: false, reason });
      queries.length = 0;
      expect(await acceptInvitation(token, as, T0)).toEqual({ ok: false, reason });
      statements[reason] = [...queries];
    }
    setConnectionForTests(getConnection());
    const shapes = new Set(Object.values(statements).map((list) => JSON.stringify(list)));
    expect(shapes.size, JSON.stringify(statements, null, 1)).toBe(1);
  });
});
