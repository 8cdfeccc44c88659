/**
 * react-hook-form keeps a list's own error in `message` (or `root.message`) and the
 * errors of its entries by index; the field shows whichever comes first.
 */
export function firstErrorCode(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const e = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof e.message === "string") return e.message;
  if (typeof e.root?.message === "string") return e.root.message;
  for (const value of Object.values(error)) {
    const code = value && typeof value === "object" ? (value as { message?: unknown }).message : undefined;
    if (typeof code === "string") return code;
  }
  return undefined;
}
