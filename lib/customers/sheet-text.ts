// Turning the bytes of a CSV, TSV or TXT export into rows. Spanish tills and Excel write
// windows-1252 and ";" more often than UTF-8 and ",", so neither is assumed.
import Papa from "papaparse";

export type TextEncodingName = "utf-8" | "windows-1252";

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
// Bytes 0x80-0x9F of windows-1252 (WHATWG index); every other byte is its own code point.
// Hand-written because Node's TextDecoder decodes this range as Latin-1 controls since 20.18.3
// (nodejs/node#60888), so tests and benches would read "€" where a browser does.
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
const DECODE_CHUNK = 8192;
// Enough lines to tell the delimiter, whatever the width of a row.
const DELIMITER_SAMPLE_CHARS = 64 * 1024;
const DELIMITERS = [",", ";", "\t", "|"];

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    units[index] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
  }
  const chunks: string[] = [];
  for (let start = 0; start < units.length; start += DECODE_CHUNK) {
    chunks.push(String.fromCharCode(...units.subarray(start, start + DECODE_CHUNK)));
  }
  return chunks.join("");
}

/**
 * The text of the file. Bytes that are not valid UTF-8 can only be a legacy single-byte
 * export, and windows-1252 is what Spanish and English Windows machines write: decoding it
 * never fails, so the caller says which one was used and the owner can spot "PeÃ±a".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    // ignoreBOM keeps a second BOM as text instead of silently eating it.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}

// Papaparse guesses from the first ten rows and counts blank lines as one-field rows, which
// makes a ";" file with a blank line look like no delimiter at all; so guess on a sample with
// blank lines skipped, then read the whole text with that delimiter and its blank lines.
function guessDelimiter(text: string): string {
  const sample = Papa.parse<string[]>(text.slice(0, DELIMITER_SAMPLE_CHARS), {
    preview: 10,
    skipEmptyLines: "greedy",
    delimitersToGuess: DELIMITERS,
  });
  return sample.meta.delimiter;
}

/**
 * Hands each row of delimited `text` to `onRow`, in order, until it returns false. Cells are
 * plain text: nothing is typed, evaluated or unescaped beyond CSV quoting. Returns false when
 * a quoted field never ends, since the rest of the file would silently become one cell.
 */
export function readDelimitedRows(text: string, onRow: (row: string[]) => boolean): boolean {
  let complete = true;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    dynamicTyping: false,
    step: (result, parser) => {
      if (result.errors.some((error) => error.code === "MissingQuotes")) {
        complete = false;
        parser.abort();
      } else if (!onRow(result.data)) {
        parser.abort();
      }
    },
  });
  return complete;
}
