import type { PlanExport } from "@/lib/export/plan-export";
import { colors } from "./styles";

/** The accent the project chose for its PDF, or the document's own blue. */
export function accentOf(data: Pick<PlanExport, "branding">): string {
  return data.branding.accentColor ?? colors.brand;
}

/** The logo as react-pdf reads image bytes; null when there is none. */
export function logoSource(data: Pick<PlanExport, "branding">): { data: Buffer; format: "png" | "jpg" } | null {
  const logo = data.branding.logo;
  if (!logo) return null;
  return { data: Buffer.from(logo.bytes), format: logo.type === "image/png" ? "png" : "jpg" };
}
