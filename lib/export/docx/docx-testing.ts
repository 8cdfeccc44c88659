import { inflateRawSync } from "node:zlib";
import { createTranslator } from "next-intl";
import { exportText, type ExportText } from "@/lib/export/export-text";
import type { Locale } from "@/lib/i18n/locales";
import docxEn from "@/lib/i18n/messages/steps/export-docx.en.json";
import docxEs from "@/lib/i18n/messages/steps/export-docx.es.json";

// Test support for the DOCX writer: reads a .docx back without a zip or XML library (the
// project has neither as a dependency), checks its XML is well formed, and lists its text.

/** One file of a zip archive, found through the central directory as unzip does. */
export function zipEntry(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("Not a zip archive: no end-of-central-directory record.");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`Broken central directory at byte ${at}.`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const raw = zip.subarray(data, data + size);
      return method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    }
    at += 46 + skip;
  }
  throw new Error(`The archive has no ${name}.`);
}

const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;
const NAME = "[A-Za-z_][\\w.:-]*";
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Throws unless `xml` is a well-formed XML document: one root, balanced and properly nested
 * tags, quoted attributes without "<", "&" only in entity references, no forbidden characters.
 * Enough for what docx writes (no DTD, no CDATA); a stricter parser would only be slower here.
 */
export function assertWellFormedXml(xml: string): void {
  const bad = NOT_XML.exec(xml);
  if (bad) throw new Error(`Character U+${bad[0].charCodeAt(0).toString(16)} is not allowed in XML (at ${bad.index}).`);
  let i = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
  const open: string[] = [];
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    for (let amp = xml.indexOf("&", i); amp >= 0 && amp < textEnd; amp = xml.indexOf("&", amp + 1)) {
      if (!ENTITY.test(xml.slice(amp, amp + 12))) throw new Error(`Bare "&" at ${amp}.`);
    }
    if (!open.length && xml.slice(i, textEnd).trim()) throw new Error(`Text outside the root element at ${i}.`);
    if (lt < 0) break;
    const tag = TAG.exec(xml.slice(lt, lt + 10_000));
    if (!tag) throw new Error(`Malformed tag at ${lt}: ${xml.slice(lt, lt + 60)}`);
    const [whole, closing, name, attributes, selfClosing] = tag;
    if (closing) {
      if (attributes || selfClosing) throw new Error(`Malformed end tag at ${lt}.`);
      if (open.pop() !== name) throw new Error(`</${name}> at ${lt} closes the wrong element.`);
    } else {
      const names = [...attributes!.matchAll(new RegExp(`(${NAME})\\s*=`, "g"))].map((m) => m[1]);
      if (new Set(names).size !== names.length) throw new Error(`Repeated attribute in <${name}> at ${lt}.`);
      for (const value of attributes!.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const v = value[1] ?? value[2] ?? "";
        for (let amp = v.indexOf("&"); amp >= 0; amp = v.indexOf("&", amp + 1)) {
          if (!ENTITY.test(v.slice(amp, amp + 12))) throw new Error(`Bare "&" in an attribute of <${name}> at ${lt}.`);
        }
      }
      if (!open.length) roots++;
      if (!selfClosing) open.push(name!);
    }
    i = lt + whole.length;
  }
  if (open.length) throw new Error(`Unclosed <${open.at(-1)}>.`);
  if (roots !== 1) throw new Error(`Expected one root element, found ${roots}.`);
}

export function unescapeXml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity]!;
  });
}

/** Every w:t text, unescaped, in document order. */
export function runTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!));
}

export interface DocxParagraph {
  style: string | null;
  /** The paragraph's text as a reader sees it: line breaks as "\n", tabs as "\t". */
  text: string;
}

export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => {
    const body = m[1] ?? "";
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? null;
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
      .map((t) => (t[0] === "<w:br/>" ? "\n" : t[0] === "<w:tab/>" ? "\t" : unescapeXml(t[1]!)))
      .join("");
    return { style, text };
  });
}

/**
 * The export wording plus this writer's own messages. Until load-messages.ts registers
 * export-docx.*.json, exportText lacks them; once it does, this adds nothing.
 */
export async function docxExportText(locale: Locale): Promise<ExportText> {
  const text = await exportText(locale);
  if (text.has("exportDocx.byline")) return text;
  const own = createTranslator({ locale, messages: locale === "es" ? docxEs : docxEn }) as unknown as ExportText["t"];
  const isOwn = (key: string) => key.startsWith("exportDocx.");
  return { ...text, t: (key, values) => (isOwn(key) ? own(key, values) : text.t(key, values)), has: (key) => isOwn(key) || text.has(key) };
}
