// The limits a customer file must keep, apart from the reader so that the page can state them
// without loading the parsers (papaparse, the XLSX unpacker), which it loads only once a file is picked.
import { MAX_EXTRA_HEADER_LENGTH, MAX_IMPORT_LINES } from "@/lib/validation/customer-import";

export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Data rows, header not counted: what one import may store. A busy shop's year is about 100,000. */
export const MAX_LINES = MAX_IMPORT_LINES;
/** A header names a line's extra values on the server, which bounds it. */
export const MAX_HEADER_CHARS = MAX_EXTRA_HEADER_LENGTH;
export const MAX_CELL_CHARS = 500;
/** A mapping form cannot offer more columns than this, and no export we know of has them. */
export const MAX_COLUMNS = 500;
/** What an XLSX may unpack to; 200,000 rows of a dozen columns take about 100 MB. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export interface SheetLimits {
  maxFileBytes: number;
  maxLines: number;
  maxCellChars: number;
  maxColumns: number;
  maxUnpackedBytes: number;
}

export const SHEET_LIMITS: Readonly<SheetLimits> = {
  maxFileBytes: MAX_FILE_BYTES,
  maxLines: MAX_LINES,
  maxCellChars: MAX_CELL_CHARS,
  maxColumns: MAX_COLUMNS,
  maxUnpackedBytes: MAX_UNPACKED_BYTES,
};
