import * as z from "zod/mini";
import { fieldError } from "./error-codes";

/** A logo for the PDF's cover: small enough for a database row and a quick download. */
export const LOGO_MAX_KB = 300;
export const LOGO_MAX_BYTES = LOGO_MAX_KB * 1024;
export const LOGO_TYPES = ["image/png", "image/jpeg"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** "#2444b0": the only colour form the PDF renderer and the colour input agree on. */
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/**
 * The plan's branding form: an accent colour (empty for the default), a new logo or none,
 * and whether to drop the stored one. The file's type is judged by its first bytes on the
 * server (logoTypeOf), not by the name or the type the browser claims.
 */
export const planBrandingSchema = z.object({
  accentColor: z.string().check(z.refine((v) => v === "" || HEX_COLOR.test(v), fieldError("invalid_color"))),
  logo: z.nullable(
    z
      .instanceof(Blob, fieldError("file_type"))
      .check(z.refine((file) => file.size <= LOGO_MAX_BYTES, fieldError("file_too_big", LOGO_MAX_KB))),
  ),
  removeLogo: z.boolean(),
});

export type PlanBrandingInput = z.infer<typeof planBrandingSchema>;

/** PNG or JPEG by signature; anything else (a renamed PDF, an SVG with script) is null. */
export function logoTypeOf(bytes: Uint8Array): LogoType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

/** The form's fields as the action reads them; an empty file input sends an empty file. */
export function brandingFromForm(form: FormData): unknown {
  const logo = form.get("logo");
  return {
    accentColor: String(form.get("accentColor") ?? "").trim(),
    logo: logo instanceof Blob && logo.size > 0 ? logo : null,
    removeLogo: form.get("removeLogo") === "1",
  };
}
