import path from "node:path";
import { EMPTY_DIGITAL_PROFILE } from "../lib/validation/competitors-step";
import { expectNoA11yViolations } from "./axe";
import { CompetitorsStep } from "./support/competitors-step";
import { expect, test } from "./support/fixtures";
import { inviteAndJoin } from "./support/members";
import { PersonasStep } from "./support/personas-step";
import { createProjectWithPersona } from "./support/seed-project";
import { callAction, cookieHeader, getAs, readActionEndpoints } from "./support/server-actions";

const OFFERING = "Affordable guitars";
const PERSONA = "Ana, first guitar";
const QUESTION = "¿Quién paga la guitarra, Ana o su familia?";
const NOTE = "Añade quién decide la compra.";

test("owner, editor and mentor: both join by link, a review round on step 4, a conflict on step 2, and a mentor who cannot edit", async ({
  signedInPage: owner,
  user,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const projectId = await createProjectWithPersona(owner, "Lutería Lorca", { offering: OFFERING, name: PERSONA });
  const ownerPersonas = new PersonasStep(owner);

  // 1. The owner invites an editor and a mentor; both accept through their links.
  const editor = await inviteAndJoin(browser, owner, projectId, "Editor");
  const mentor = await inviteAndJoin(browser, owner, projectId, "Mentor");
  try {
    const m = mentor.page;
    // The mentor works in Spanish.
    await m.getByRole("button", { name: "Español" }).click();
    await expect(m.getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");

    // 2. The mentor comments on the persona and requests changes on step 4.
    await m.goto(`/projects/${projectId}/personas`);
    const mentorPanel = m.getByRole("region", { name: /^Comentarios/ });
    await mentorPanel.getByLabel("Sobre").selectOption({ label: PERSONA });
    await mentorPanel.getByLabel("Comentario", { exact: true }).fill(QUESTION);
    await mentorPanel.getByRole("button", { name: "Añadir comentario" }).click();
    await expect(mentorPanel.getByRole("article", { name: `Comentario de ${mentor.person.name}` })).toContainText(QUESTION);
    const review = m.getByRole("form", { name: "Revisar este paso" });
    await review.getByRole("radio", { name: "Cambios pedidos" }).check();
    await review.getByLabel("Nota").fill(NOTE);
    await review.getByRole("button", { name: "Guardar revisión" }).click();
    await expect(m.getByText(new RegExp(`^${mentor.person.name} pidió cambios el .+: ${NOTE}$`))).toBeVisible();
    await expectNoA11yViolations(m);

    // 3. The owner sees the request, replies, edits the persona and resolves the thread.
    await ownerPersonas.goto(projectId);
    await expect(owner.getByText(new RegExp(`^Changes requested by ${mentor.person.name} on .+: ${NOTE}$`))).toBeVisible();
    const stepper = ownerPersonas.stepperLink();
    await expect(stepper).toContainText("1 open comment");
    const thread = owner.getByRole("region", { name: /^Comments/ }).getByRole("article", { name: `Comment by ${mentor.person.name}` });
    await thread.getByRole("button", { name: "Reply" }).click();
    await thread.getByLabel("Your reply").fill("Her parents pay; she picks the guitar. Added as an influencer.");
    await thread.getByRole("button", { name: "Send reply" }).click();
    await expect(thread).toContainText("Her parents pay");
    await ownerPersonas.fill(await ownerPersonas.open(OFFERING, PERSONA), {
      offering: OFFERING,
      name: PERSONA,
      decisionRoles: ["Influencer"],
      needsIntermediary: true,
    });
    await ownerPersonas.save();
    await thread.getByRole("button", { name: "Resolve" }).click();
    await expect(stepper).not.toContainText("open comment");

    // 4. The mentor sees the reply and marks the step reviewed.
    await m.reload();
    // The thread is resolved, so it sits folded under the resolved ones.
    await mentorPanel.getByText("1 hilo resuelto").click();
    await expect(mentorPanel.getByText("Her parents pay")).toBeVisible();
    await review.getByRole("radio", { name: "Revisado", exact: true }).check();
    await review.getByLabel("Nota").fill("");
    await review.getByRole("button", { name: "Guardar revisión" }).click();
    await expect(m.getByText(new RegExp(`^Revisado por ${mentor.person.name} el .+\\.$`))).toBeVisible();
    await owner.reload();
    await expect(stepper).toContainText("reviewed");
    await expect(stepper).not.toContainText("changes requested");

    // 5. Owner and editor edit step 2 at once: the later save is told, and keeps its input.
    const ownerStep2 = new CompetitorsStep(owner);
    const editorStep2 = new CompetitorsStep(editor.page);
    await ownerStep2.goto(projectId);
    await editorStep2.goto(projectId);
    await ownerStep2.fillDigitalProfile({ needs: "A first guitar that stays in tune" });
    await editorStep2.fillDigitalProfile({ needs: "Lessons that fit after school" });
    await ownerStep2.save();
    await editorStep2.saveButton().click();
    await expect(editor.page.getByRole("alert").filter({ hasText: "Someone else saved this step after you opened it" })).toBeVisible();
    await editorStep2.expectDigitalProfile({ needs: "Lessons that fit after school" });
    await editor.page.getByRole("button", { name: "Save mine over theirs" }).click();
    await expect(editor.page.getByRole("status")).toContainText("Saved.");
    await owner.reload();
    await ownerStep2.expectDigitalProfile({ needs: "Lessons that fit after school" });
    await expect(owner.getByText(new RegExp(`^Last saved by ${editor.person.name} on`))).toBeVisible();
    expect(user.name).not.toBe(editor.person.name);

    // 6. The mentor's step 2 has no edit controls, and a forged save from their session is refused.
    await m.goto(`/projects/${projectId}/competitors`);
    await expect(m.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(m.getByRole("button", { name: /^Guardar( y continuar)?$/ })).toHaveCount(0);
    await expect(m.getByRole("button", { name: /^Añadir/ }).filter({ hasNotText: "comentario" })).toHaveCount(0);
    await expect(m.getByLabel("Qué busca o necesita", { exact: true })).not.toBeEditable();
    const save = readActionEndpoints(path.resolve(__dirname, "..")).get("lib/actions/save-competitors-step.ts#saveCompetitorsStepAction");
    expect(save, "the save action is in this build").toBeDefined();
    const forged = await callAction(baseURL!, await cookieHeader(mentor.context), save!, projectId, [
      projectId,
      { version: 2, competitors: [], digitalProfile: { ...EMPTY_DIGITAL_PROFILE, needs: "Forged by the mentor" }, channels: [] },
    ]);
    expect(forged.result).toMatchObject({ ok: false, formError: "forbidden" });
    const after = await getAs(baseURL!, await cookieHeader(owner.context()), `/projects/${projectId}/competitors`);
    expect(after.body).toContain("Lessons that fit after school");
    expect(after.body).not.toContain("Forged by the mentor");
  } finally {
    await editor.context.close();
    await mentor.context.close();
  }
});
