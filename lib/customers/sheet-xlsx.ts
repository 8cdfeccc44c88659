// Reading the first sheet of an XLSX file as rows of text, in the browser and in Node.
import { unzipSync, zipSync } from "fflate";
import { readSheet as readFirstSheet } from "read-excel-file/universal";

export type XlsxRows = { ok: true; rows: string[][] } | { ok: false; error: "too_big" };

// read-excel-file reads only these parts of the archive; the rest (images, printer
// settings) is neither unpacked nor counted.
function isSheetPart(name: string): boolean {
  return name.endsWith(".xml") || name.endsWith(".xml.rels");
}

/**
 * The archive's XML parts, refused when they would unpack to more than `maxUnpackedBytes`:
 * a 25 MB zip can hold gigabytes. The check uses the sizes the archive declares, and fflate
 * inflates into a buffer of exactly that size, so a lying archive cannot grow past them.
 */
function unpackSheetParts(bytes: Uint8Array, maxUnpackedBytes: number) {
  let unpackedBytes = 0;
  const parts = unzipSync(bytes, {
    filter: (file) => {
      if (!isSheetPart(file.name)) return false;
      unpackedBytes += file.originalSize;
      return unpackedBytes <= maxUnpackedBytes;
    },
  });
  return unpackedBytes <= maxUnpackedBytes ? parts : null;
}

/** A cell as text: ISO days for dates, "." decimals for numbers, "" for empty and error cells. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * The first sheet's rows. Throws on a broken archive or sheet; the caller turns that into
 * "unreadable".
 *
 * read-excel-file unzips with fflate's asynchronous inflate, which starts a blob: Web Worker
 * for any part over 512 KB, and this app's Content-Security-Policy (proxy.ts) allows no
 * workers. So the parts are inflated here, synchronously, and handed on in a stored (not
 * compressed) archive, which fflate copies without inflating: the same code path in the
 * browser and in tests, and the unpacked size checked before anything is inflated.
 */
export async function readXlsxRows(bytes: Uint8Array, maxUnpackedBytes: number): Promise<XlsxRows> {
  const parts = unpackSheetParts(bytes, maxUnpackedBytes);
  if (!parts) return { ok: false, error: "too_big" };
  const stored = zipSync(parts, { level: 0 });
  const sheet: readonly (readonly unknown[])[] = await readFirstSheet(stored.buffer);
  return { ok: true, rows: sheet.map((row) => row.map(cellText)) };
}
