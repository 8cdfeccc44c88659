import { describe, expect, it } from "vitest";
import { formatDecisionRoles } from "./decision-roles";
import type { DecisionRole } from "./personas-step";

const labels: Record<DecisionRole, string> = {
  buyer: "Quien compra",
  influencer: "Quien influye",
  decision_maker: "Quien decide",
  end_user: "Quien lo usa",
  saboteur: "Quien frena la compra",
};

describe("formatDecisionRoles", () => {
  it("joins the roles in the form's order, in the reader's language", () => {
    const label = (role: DecisionRole) => labels[role];
    expect(formatDecisionRoles(["end_user", "influencer", "buyer"], label, "es")).toBe("Quien compra, quien influye y quien lo usa");
    expect(formatDecisionRoles(["saboteur"], label, "es")).toBe("Quien frena la compra");
    expect(formatDecisionRoles(["end_user", "decision_maker"], (r) => (r === "end_user" ? "End user" : "Decision maker"), "en")).toBe(
      "Decision maker and end user",
    );
  });
});
