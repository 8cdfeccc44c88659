import {
  AlignmentType,
  Footer,
  LevelFormat,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
  type INumberingOptions,
  type IStylesOptions,
} from "docx";
import type { ExportText } from "@/lib/export/export-text";
import type { Locale } from "@/lib/i18n/locales";
import { xmlSafe } from "./user-text";

// Sizes are in twips (1/20 pt) and half-points, as Word stores them.

/** A4, the paper size of Spain and most of the readers' world. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
/** The width tables share out between their columns. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Named styles, so whoever edits the document can restyle every note or table at once. */
export const STYLE = {
  subtitle: "PlanSubtitle",
  missing: "PlanMissingNote",
  tableText: "PlanTableText",
  tableHeading: "PlanTableHeading",
  label: "PlanFieldLabel",
} as const;

export const BULLETS = "plan-bullets";

const ACCENT = "1F4E79";

// Word's spell checker and hyphenation follow w:lang, and screen readers pick their voice from it.
const WORD_LANGUAGE: Record<Locale, string> = { en: "en-US", es: "es-ES" };

export function documentStyles(locale: Locale): IStylesOptions {
  // keepNext holds each heading on the page of what it introduces; outlineLevel puts it in
  // Word's navigation pane and in any table of contents the reader adds.
  const heading = (size: number, outlineLevel: number, before: number) => ({
    run: { size, bold: true, color: ACCENT },
    paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after: 120 } },
  });
  return {
    default: {
      document: {
        run: { font: "Calibri", size: 22, language: { value: WORD_LANGUAGE[locale] } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { size: 52, bold: true, color: ACCENT }, paragraph: { spacing: { before: 2400, after: 240 } } },
      heading1: heading(32, 0, 360),
      heading2: heading(26, 1, 280),
      heading3: heading(23, 2, 200),
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: "Plan subtitle",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { size: 30, color: "404040" },
      },
      {
        id: STYLE.missing,
        name: "Plan missing note",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { italics: true, color: "8A4B00" },
        paragraph: { shading: { type: ShadingType.CLEAR, fill: "FFF4E5", color: "auto" }, spacing: { before: 60, after: 160 } },
      },
      {
        id: STYLE.tableText,
        name: "Plan table text",
        basedOn: "Normal",
        quickFormat: true,
        run: { size: 18 },
        paragraph: { spacing: { before: 20, after: 40, line: 240 } },
      },
      { id: STYLE.tableHeading, name: "Plan table heading", basedOn: STYLE.tableText, quickFormat: true, run: { bold: true } },
      {
        id: STYLE.label,
        name: "Plan field label",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: 120, after: 40 } },
      },
    ],
  };
}

/** Real Word bullets, not "•" typed into the text, so the lists stay lists when edited. */
export const bulletNumbering: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [0, 1].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: level === 0 ? "\u2022" : "\u25E6",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
      })),
    },
  ],
};

// Stand-ins that no translation contains, so the message can be split around them.
const PAGE_SLOT = "\uE000";
const TOTAL_SLOT = "\uE001";

/**
 * "Page 3 of 12" as live fields: the message is worded per language, and the numbers are
 * Word's PAGE and NUMPAGES fields, so they stay right after the reader edits the document.
 */
export function pageFooter(text: ExportText): Footer {
  const wording = text.t("export.page", { page: PAGE_SLOT, total: TOTAL_SLOT });
  const children = wording
    .split(/(\uE000|\uE001)/)
    .filter((part) => part !== "")
    .map((part) => (part === PAGE_SLOT ? PageNumber.CURRENT : part === TOTAL_SLOT ? PageNumber.TOTAL_PAGES : xmlSafe(part)));
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 18, color: "595959" })] })],
  });
}
