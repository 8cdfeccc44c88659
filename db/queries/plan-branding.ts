import "server-only";
import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { logoTypeOf, type LogoType } from "@/lib/validation/plan-branding";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { planBranding } from "../schema";
import { requireProjectPermission, type Actor } from "./access";

export interface PlanBranding {
  logo: { bytes: Uint8Array; type: LogoType } | null;
  /** "#rrggbb", or null for the document's own blue. */
  accentColor: string | null;
}

export const NO_BRANDING: PlanBranding = { logo: null, accentColor: null };

/** A project's branding, read by anyone who may read the project (the PDF shows it to all). */
export async function readPlanBranding(db: Database | Transaction, projectId: string): Promise<PlanBranding> {
  const [row] = await db.select().from(planBranding).where(eq(planBranding.projectId, projectId));
  if (!row) return NO_BRANDING;
  const type = row.logo ? logoTypeOf(row.logo) : null;
  return { logo: row.logo && type ? { bytes: new Uint8Array(row.logo), type } : null, accentColor: row.accentColor };
}

export async function getPlanBranding({ actor, projectId }: { actor: Actor; projectId: string }): Promise<PlanBranding> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return readPlanBranding(db, projectId);
}

/**
 * Sets the accent colour and replaces, keeps or removes the logo. Whoever may edit the
 * project's answers may brand it; a mentor may not. A file that is not a PNG or JPEG by its
 * own first bytes is refused as a field error and nothing is written.
 */
export async function savePlanBranding({
  actor,
  projectId,
  accentColor,
  logo,
  removeLogo,
}: {
  actor: Actor;
  projectId: string;
  accentColor: string;
  logo: Uint8Array | null;
  removeLogo: boolean;
}): Promise<PlanBranding> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "step.edit");
    const type = logo ? logoTypeOf(logo) : null;
    if (logo && !type) throw new AppError("validation", { fieldErrors: { logo: "file_type" } });
    const color = accentColor === "" ? null : accentColor.toLowerCase();
    const logoColumns = logo ? { logo, logoType: type } : removeLogo ? { logo: null, logoType: null } : {};
    await tx
      .insert(planBranding)
      .values({ projectId, accentColor: color, ...logoColumns })
      .onConflictDoUpdate({ target: planBranding.projectId, set: { accentColor: color, ...logoColumns, updatedAt: new Date() } });
    return readPlanBranding(tx, projectId);
  });
}
