import { eq, getTableColumns, getTableName } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { expect, it } from "vitest";
import { exampleContent } from "@/lib/projects/example-project";
import { expectAppError } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { projects } from "../schema";
import { dismissFinding, restoreFinding } from "./coach";
import { addComment, reopenThread, replyToComment, resolveThread } from "./comments";
import { saveCompetitorsStep } from "./competitors-step";
import { draftPersonaFromSegment } from "./customer-personas";
import { deleteAllCustomerData, saveSegmentValue } from "./customer-data";
import { appendCustomerLines, cancelCustomerImport, finishCustomerImport, startCustomerImport } from "./customer-imports";
import { saveDemographicsStep } from "./demographics-step";
import { COPIED_TABLES, NOT_COPIED_TABLES } from "./duplicate-project";
import { ensureExampleProject } from "./example-project";
import { createInvitation, resendInvitation, revokeInvitation } from "./invitations";
import { saveIntegrationStep } from "./integration-step";
import { addContentIdeaFromOpportunity } from "./journey-plan-items";
import { changeMemberRole, leaveProject, removeMember, transferOwnership } from "./members";
import { saveOfferingsStep } from "./offerings-step";
import { savePersonasStep } from "./personas-step";
import { savePlanBranding } from "./plan-branding";
import { addProjectChannel } from "./project-channels";
import { deleteProject, updateProjectDetails, updateProjectKind } from "./projects";
import { reviewVersion, saveVersion } from "./plan-versions";
import { createShareLink, revokeShareLink } from "./share-links";
import { markStepReady, setStepReview } from "./step-reviews";

/** Every row of the project in every table that holds a project id: what no refused write may change. */
async function projectRows(db: Parameters<typeof ensureExampleProject>[0], projectId: string): Promise<string> {
  const tables = [...COPIED_TABLES, ...NOT_COPIED_TABLES] as PgTable[];
  const dump: Record<string, unknown> = {};
  for (const table of tables) {
    const column = table === projects ? projects.id : (getTableColumns(table) as Record<string, AnyPgColumn>).projectId;
    if (column) dump[getTableName(table)] = await db.select().from(table).where(eq(column, projectId));
  }
  return JSON.stringify(dump);
}

// Visitors read the example as a "viewer" (lib/permissions.ts), whose only right is to read: each
// write must say so before it touches a row, whatever it was sent.
describeEachDatabase("the example project", (getConnection) => {
  it("refuses every write to a signed-in visitor and stays exactly as it was", async () => {
    const { db } = getConnection();
    const projectId = await ensureExampleProject(db, "en");
    const before = await projectRows(db, projectId);
    const actor = await createTestUser(db);
    const other = await createTestUser(db);
    const content = exampleContent("en");
    const step = (values: object) => ({ actor, projectId, values: { version: 1, ...values } as never, confirmRemovals: true });
    const someId = content.personas[0]!.id;
    const importRef = { actor, projectId, importId: someId };

    const writes: Record<string, () => Promise<unknown>> = {
      saveOfferingsStep: () => saveOfferingsStep(step(content.offerings)),
      saveCompetitorsStep: () => saveCompetitorsStep(step(content.competitors)),
      saveDemographicsStep: () => saveDemographicsStep(step(content.demographics)),
      savePersonasStep: () => savePersonasStep(step({ personas: [] })),
      saveIntegrationStep: () => saveIntegrationStep(step({ contentIdeas: [], socialPlans: [], campaigns: [] })),
      addProjectChannel: () => addProjectChannel({ actor, projectId, values: { name: "Radio" } }),
      addContentIdeaFromOpportunity: () => addContentIdeaFromOpportunity({ actor, projectId, values: { topic: "x" } as never }),
      draftPersonaFromSegment: () =>
        draftPersonaFromSegment({ actor, projectId, segment: "best", offeringId: someId, today: "2027-01-01", words: {} as never }),
      savePlanBranding: () => savePlanBranding({ actor, projectId, accentColor: "#112233", logo: null, removeLogo: true }),
      updateProjectDetails: () => updateProjectDetails({ actor, projectId, details: { name: "Mine now", description: "" } }),
      updateProjectKind: () => updateProjectKind({ actor, projectId, kind: "food" }),
      deleteProject: () => deleteProject({ actor, projectId }),
      addComment: () => addComment(actor, projectId, { step: 1, body: "Hello" }),
      replyToComment: () => replyToComment(actor, projectId, { parentId: someId, body: "Hello" }),
      resolveThread: () => resolveThread(actor, projectId, someId),
      reopenThread: () => reopenThread(actor, projectId, someId),
      setStepReview: () => setStepReview(actor, projectId, 1, "reviewed", ""),
      markStepReady: () => markStepReady(actor, projectId, 1, ""),
      createInvitation: () => createInvitation({ actor, projectId, email: "friend@example.test", role: "editor", anyEmail: true } as never),
      resendInvitation: () => resendInvitation({ actor, projectId, invitationId: someId }),
      revokeInvitation: () => revokeInvitation({ actor, projectId, invitationId: someId }),
      changeMemberRole: () => changeMemberRole({ actor, projectId, userId: other.id, role: "mentor" }),
      removeMember: () => removeMember({ actor, projectId, userId: other.id }),
      leaveProject: () => leaveProject({ actor, projectId }),
      transferOwnership: () => transferOwnership({ actor, projectId, userId: other.id }),
      saveSegmentValue: () => saveSegmentValue({ actor, projectId, segment: "best", potential: 5, note: "" }),
      deleteAllCustomerData: () => deleteAllCustomerData({ actor, projectId }),
      startCustomerImport: () => startCustomerImport({ actor, projectId, fileName: "a.csv", mode: "replace", expectedLines: 1 }),
      appendCustomerLines: () => appendCustomerLines({ ...importRef, lines: [] }),
      finishCustomerImport: () => finishCustomerImport(importRef),
      cancelCustomerImport: () => cancelCustomerImport(importRef),
      dismissFinding: () => dismissFinding({ actor, projectId, rule: "no-competitors", subject: "", reason: "Not for us" }),
      restoreFinding: () => restoreFinding({ actor, projectId, rule: "no-competitors", subject: "" }),
      saveVersion: () => saveVersion(actor, projectId, "Mine"),
      reviewVersion: () => reviewVersion(actor, projectId, someId, "reviewed", "Fine"),
      createShareLink: () => createShareLink({ actor, projectId, values: { label: "Client", expiresInDays: 7 } }),
      revokeShareLink: () => revokeShareLink({ actor, projectId, linkId: someId }),
    };
    for (const [name, write] of Object.entries(writes)) {
      await expectAppError(write(), "forbidden").catch((error: unknown) => {
        throw new Error(`${name} was not refused as forbidden: ${String(error)}`);
      });
    }
    expect(await projectRows(db, projectId)).toBe(before);
  });
});
