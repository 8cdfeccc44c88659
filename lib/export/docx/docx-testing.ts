import { unzipSync } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { exportText, type ExportText } from "@/lib/export/export-text";
import type { Locale } from "@/lib/i18n/locales";

// Test support for the DOCX writer: reads a .docx back with fflate (the zip) and saxes (a
// strict XML 1.0 parser), checks its XML is well formed, and lists its text.

/** One file of a zip archive. */
export function zipEntry(zip: Buffer, name: string): Buffer {
  const entry = unzipSync(zip, { filter: (file) => file.name === name })[name];
  if (!entry) throw new Error(`The archive has no ${name}.`);
  return Buffer.from(entry);
}

interface XmlHandlers {
  open?: (tag: SaxesTagPlain) => void;
  close?: (tag: SaxesTagPlain) => void;
  text?: (text: string) => void;
}

/** Reads `xml` from start to end, throwing at its first well-formedness error. */
function readXml(xml: string, handlers: XmlHandlers = {}): void {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  if (handlers.open) parser.on("opentag", handlers.open);
  if (handlers.close) parser.on("closetag", handlers.close);
  if (handlers.text) parser.on("text", handlers.text);
  parser.write(xml).close();
  if (failure) throw failure;
}

/**
 * Throws unless `xml` is a well-formed XML 1.0 document: one root, balanced and properly
 * nested tags, quoted and unrepeated attributes, "&" only in known entity references, and
 * no character XML forbids (Word calls a file with any of these corrupt).
 */
export function assertWellFormedXml(xml: string): void {
  readXml(xml);
}

/** Every w:t text, unescaped, in document order. */
export function runTexts(xml: string): string[] {
  const texts: string[] = [];
  let current: string | null = null;
  readXml(xml, {
    open: (tag) => {
      if (tag.name === "w:t" && !tag.isSelfClosing) current = "";
    },
    text: (text) => {
      if (current !== null) current += text;
    },
    close: (tag) => {
      if (tag.name === "w:t" && current !== null) texts.push(current);
      if (tag.name === "w:t") current = null;
    },
  });
  return texts;
}

export interface DocxParagraph {
  style: string | null;
  /** The paragraph's text as a reader sees it: line breaks as "\n", tabs as "\t". */
  text: string;
}

/** Every w:p with its style and text, in document order. */
export function paragraphs(xml: string): DocxParagraph[] {
  const found: DocxParagraph[] = [];
  const paragraphStack: DocxParagraph[] = [];
  const elements: string[] = [];
  readXml(xml, {
    open: (tag) => {
      const paragraph = paragraphStack.at(-1);
      // A w:tab or w:br in a run is part of the text; elsewhere (tab stops) it is not.
      const inRun = elements.at(-1) === "w:r";
      if (tag.name === "w:p") paragraphStack.push(found[found.push({ style: null, text: "" }) - 1]!);
      else if (paragraph && tag.name === "w:pStyle") paragraph.style = tag.attributes["w:val"] ?? null;
      else if (paragraph && inRun && tag.name === "w:br") paragraph.text += "\n";
      else if (paragraph && inRun && tag.name === "w:tab") paragraph.text += "\t";
      if (!tag.isSelfClosing) elements.push(tag.name);
    },
    text: (text) => {
      const paragraph = paragraphStack.at(-1);
      if (paragraph && elements.at(-1) === "w:t") paragraph.text += text;
    },
    close: (tag) => {
      if (!tag.isSelfClosing) elements.pop();
      if (tag.name === "w:p") paragraphStack.pop();
    },
  });
  return found;
}

/**
 * The export wording plus this writer's own messages. Until load-messages.ts registers
 * export-docx.*.json, exportText lacks them; once it does, this adds nothing.
 */
/** The translator the DOCX writer is given; export-docx messages are part of the catalogue. */
export async function docxExportText(locale: Locale): Promise<ExportText> {
  return exportText(locale);
}
