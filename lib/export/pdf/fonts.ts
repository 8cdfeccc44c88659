import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { breakPoints } from "./line-breaks";
import { woffToSfnt } from "./woff";

// Fonts are read from node_modules by absolute path when the first PDF is made. The
// resolver is anchored at the project root (process.cwd()), not at this file: a bundler
// rewrites this file's location and its `require`, but a Next.js server and vitest both
// run from the project root, where node's own resolution finds the packages.

const NOTO_SANS = "@fontsource/noto-sans";

/**
 * Noto Sans' Latin subset first; each later family only supplies what the earlier ones lack.
 * `subset` names the file's entry in its package's unicode.json ("*": the whole font).
 */
const FAMILIES = [
  { family: "NotoSans", pkg: NOTO_SANS, file: "noto-sans-latin", subset: "latin", required: true },
  { family: "NotoSansLatinExt", pkg: NOTO_SANS, file: "noto-sans-latin-ext", subset: "latin-ext", required: true },
  { family: "NotoSansVietnamese", pkg: NOTO_SANS, file: "noto-sans-vietnamese", subset: "vietnamese", required: false },
  { family: "NotoSansGreek", pkg: NOTO_SANS, file: "noto-sans-greek", subset: "greek", required: false },
  { family: "NotoSansGreekExt", pkg: NOTO_SANS, file: "noto-sans-greek-ext", subset: "greek-ext", required: false },
  { family: "NotoSansCyrillic", pkg: NOTO_SANS, file: "noto-sans-cyrillic", subset: "cyrillic", required: false },
  { family: "NotoSansCyrillicExt", pkg: NOTO_SANS, file: "noto-sans-cyrillic-ext", subset: "cyrillic-ext", required: false },
  { family: "NotoSansDevanagari", pkg: NOTO_SANS, file: "noto-sans-devanagari", subset: "devanagari", required: false },
  { family: "NotoSansHebrew", pkg: "@fontsource/noto-sans-hebrew", file: "noto-sans-hebrew-hebrew", subset: "hebrew", required: false },
  { family: "NotoSansArabic", pkg: "@fontsource/noto-sans-arabic", file: "noto-sans-arabic-arabic", subset: "arabic", required: false },
  // The monochrome emoji font: its outlines embed like any glyph, where a colour emoji
  // font (bitmaps) cannot be embedded by the PDF writer. It has one weight only.
  { family: "NotoEmoji", pkg: "@fontsource/noto-emoji", file: "noto-emoji-emoji", subset: "*", required: false, weights: [400] },
] as const;

export interface PdfFonts {
  /** The family for text that stays within Noto Sans' Latin subset: nearly everything. */
  base: string;
  /** Every registered family, in fallback order, for text with any other character. */
  stack: string[];
  /** Whether a string has a character outside the Latin subset. */
  needsFallback: (value: string) => boolean;
  /**
   * The string with each character that no registered font has replaced by U+FFFD (�).
   * react-pdf would otherwise draw it with Helvetica's single-byte encoding, which prints
   * unrelated Latin letters (a Chinese word came out as `"W Kj`): a visible mark for
   * "cannot be shown" is more honest than a wrong word.
   */
  printable: (value: string) => string;
}

let fonts: PdfFonts | null = null;

const resolveFromRoot = (request: string) => createRequire(path.join(process.cwd(), "package.json")).resolve(request);

function fontFile(pkg: string, file: string): string | null {
  try {
    const found = resolveFromRoot(`${pkg}/files/${file}`);
    return existsSync(found) ? found : null;
  } catch {
    return null;
  }
}

/** A subset's unicode-range list ("U+0000-00FF,U+0131") from its package's unicode.json, as a regex class body. */
function subsetRanges(fontFile: string, subset: string): string {
  const ranges = JSON.parse(readFileSync(path.join(path.dirname(fontFile), "..", "unicode.json"), "utf8")) as Record<string, string>;
  const lists = subset === "*" ? Object.values(ranges) : [ranges[subset] ?? ""];
  return lists
    .flatMap((list) => list.split(","))
    .map((range) => range.trim().replace(/^U\+/, "").split("-"))
    .filter(([from]) => from)
    .map(([from, to]) => (to ? `\\u{${from}}-\\u{${to}}` : `\\u{${from}}`))
    .join("");
}

/**
 * Registers the document's fonts once per process. A missing optional script font leaves
 * its characters to the next family (they show as empty boxes) instead of failing the
 * download; a missing Noto Sans fails loudly, since no readable document can be made without it.
 */
export function pdfFonts(): PdfFonts {
  if (fonts) return fonts;
  const stack: string[] = [];
  const covered: string[] = [];
  for (const entry of FAMILIES) {
    const weights: readonly number[] = "weights" in entry ? entry.weights : [400, 700];
    const sources = weights.map((weight) => ({ weight, src: fontFile(entry.pkg, `${entry.file}-${weight}-normal.woff`) }));
    const found = sources.filter((s): s is { weight: number; src: string } => s.src !== null);
    if (found.length < sources.length) {
      if (entry.required) throw new Error(`PDF font not found: ${entry.pkg} (${entry.file}); run npm install.`);
      continue;
    }
    covered.push(subsetRanges(found[0]!.src, entry.subset));
    Font.register({
      family: entry.family,
      // Unpacked once here and handed over as a data URL (react-pdf takes a path, a URL or a
      // data URL): see woff.ts for what reading the WOFF file directly costs.
      fonts: found.map(({ weight, src }) => ({
        src: `data:font/ttf;base64,${woffToSfnt(readFileSync(src)).toString("base64")}`,
        fontWeight: weight,
      })),
    });
    stack.push(entry.family);
  }
  Font.registerHyphenationCallback(breakPoints);
  // Checking each string keeps the fallback stack, whose per-character font search slows
  // the layout by about a fifth, to the few texts that need it.
  const outsideLatin = new RegExp(`[^${covered[0]}]`, "u");
  const unprintable = new RegExp(`[^${covered.join("")}]`, "gu");
  fonts = {
    base: stack[0]!,
    stack,
    needsFallback: (value) => outsideLatin.test(value),
    // A tab would print as nothing; it reads as the space it stands for.
    printable: (value) => value.replace(/\t/g, " ").replace(unprintable, "\uFFFD"),
  };
  return fonts;
}
