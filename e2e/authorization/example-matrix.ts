import { exampleContent } from "../../lib/projects/example-project";
import { EXAMPLE_PROJECT_IDS } from "../../lib/projects/example-project-ids";
import type { ActionRow, Cells, PageRow, RouteRow } from "./matrix";

/**
 * The example project's rows: nobody is a member of it, so every signed-in person (the
 * stranger, and the mentor, editor and owner of other projects alike) reads it as a "viewer"
 * and nobody may write to it; copying it is reading. e2e/example-project.spec.ts checks them
 * against the running server as a guest and as a signed-in user who belongs to nothing.
 */
export const EXAMPLE_ID = EXAMPLE_PROJECT_IDS.en;

const SIGNED_IN_READS: Cells = { anonymous: "redirect:/sign-in", stranger: "ok", mentor: "ok", editor: "ok", owner: "ok" };
const NOBODY_WRITES: Cells = {
  anonymous: "unauthenticated",
  stranger: "forbidden",
  mentor: "forbidden",
  editor: "forbidden",
  owner: "forbidden",
};
const SIGNED_IN_COPIES: Cells = { anonymous: "unauthenticated", stranger: "ok", mentor: "ok", editor: "ok", owner: "ok" };

const examplePage = (step: string): PageRow => ({
  kind: "page",
  file: `app/(app)/projects/[projectId]/${step}/page.tsx`,
  path: `/projects/${EXAMPLE_ID}/${step}`,
  expect: SIGNED_IN_READS,
});

export type ExampleActionRow = ActionRow & { args: unknown[] };

const write = (module: string, name: string, payload: unknown, expect: Cells = NOBODY_WRITES): ExampleActionRow => ({
  kind: "action",
  module: `lib/actions/${module}.ts`,
  name,
  expect,
  args: [EXAMPLE_ID, payload],
});

// Valid payloads, so that only authorisation can refuse them: the example's own answers.
const content = exampleContent("en");
const saved = { version: 1 };

export const EXAMPLE_MATRIX: readonly (PageRow | RouteRow | ExampleActionRow)[] = [
  {
    kind: "page",
    file: "app/(app)/projects/[projectId]/page.tsx",
    path: `/projects/${EXAMPLE_ID}`,
    // Every step is complete: the example opens on its plan.
    expect: {
      anonymous: "redirect:/sign-in",
      stranger: `redirect:/projects/${EXAMPLE_ID}/plan`,
      mentor: `redirect:/projects/${EXAMPLE_ID}/plan`,
      editor: `redirect:/projects/${EXAMPLE_ID}/plan`,
      owner: `redirect:/projects/${EXAMPLE_ID}/plan`,
    },
  },
  examplePage("offerings"),
  examplePage("competitors"),
  examplePage("demographics"),
  examplePage("personas"),
  examplePage("integration"),
  examplePage("plan"),
  // Not linked for visitors: the example has no team and no customers, so both pages are empty.
  examplePage("members"),
  examplePage("customers"),
  {
    kind: "route",
    file: "app/(app)/projects/[projectId]/plan/download/route.ts",
    method: "GET",
    path: `/projects/${EXAMPLE_ID}/plan/download?format=md`,
    expect: SIGNED_IN_READS,
  },
  write("save-offerings-step", "saveOfferingsStepAction", { ...saved, ...content.offerings }),
  write("save-competitors-step", "saveCompetitorsStepAction", { ...saved, ...content.competitors }),
  write("save-demographics-step", "saveDemographicsStepAction", { ...saved, ...content.demographics }),
  write("save-personas-step", "savePersonasStepAction", { ...saved, personas: content.personas, stages: content.stages }),
  write("save-integration-step", "saveIntegrationStepAction", { ...saved, ...content.integration }),
  write("add-project-channel", "addProjectChannelAction", { name: "Local radio" }),
  write("update-project", "updateProjectAction", { name: "Mine now", description: "" }),
  write("update-project-kind", "updateProjectKindAction", { kind: "food" }),
  write("save-plan-branding", "savePlanBrandingAction", { accentColor: "#123456", logo: null, removeLogo: false }),
  write("comments", "addCommentAction", { step: 1, about: "", body: "Can I change this?" }),
  write("invitations", "createInvitationAction", { email: "friend@example.test", role: "editor", anyEmail: false }),
  write("delete-project", "deleteProjectAction", {}),
  write("duplicate-project", "duplicateProjectAction", { name: "Copy of the example" }, SIGNED_IN_COPIES),
];
