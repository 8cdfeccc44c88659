import fc from "fast-check";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { HOSTILE } from "@/lib/testing/export-fixture";
import { markdownCell, markdownInline, markdownParagraph } from "./escape-markdown";

// The escaping is judged by a real CommonMark/GFM renderer (marked, GFM on): whatever the
// text, the rendered HTML must hold only the element that wraps it (and <br> for its line
// breaks), and its text must read as the input did, up to whitespace, which HTML collapses.

const render = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });

/** How a browser would show the text: runs of whitespace as one space, U+0000 as U+FFFD. */
const normalise = (text: string) => text.replaceAll("\0", "\uFFFD").replace(/\s+/g, " ").trim();

/** The text of HTML that may hold only <br> elements, or null when anything else is in it. */
function textOf(html: string): string | null {
  const withoutBreaks = html.replace(/<br>/g, " ");
  if (/[<>]/.test(withoutBreaks)) return null;
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  let unknownEntity = false;
  const text = withoutBreaks.replace(/&([^;]*);/g, (_, name: string) => {
    const decoded = entities[name];
    if (decoded === undefined) unknownEntity = true;
    return decoded ?? "";
  });
  return unknownEntity ? null : text;
}

/** Each place the Markdown writer puts user text, with the HTML that must wrap it exactly. */
const contexts: { name: string; markdown: (text: string) => string; wrapper: RegExp }[] = [
  { name: "paragraph", markdown: (t) => markdownParagraph(t), wrapper: /^(?:<p>([\s\S]*)<\/p>\n)?$/ },
  {
    name: "list item after a bold label",
    markdown: (t) => `- **Label:** ${markdownParagraph(t, "  ")}`,
    wrapper: /^<ul>\n<li><strong>Label:<\/strong> ?([\s\S]*)<\/li>\n<\/ul>\n$/,
  },
  {
    name: "quote",
    markdown: (t) => `> ${markdownParagraph(t, "> ")}`,
    wrapper: /^<blockquote>\n(?:<p>([\s\S]*)<\/p>\n)?<\/blockquote>\n$/,
  },
  { name: "heading", markdown: (t) => `## ${markdownInline(t)}`, wrapper: /^<h2>([\s\S]*)<\/h2>\n$/ },
  {
    name: "table cell between two others",
    markdown: (t) => `| A | B | C |\n| --- | --- | --- |\n| left | ${markdownCell(t)} | right |\n`,
    wrapper:
      /^<table>\n<thead>\n<tr>\n<th>A<\/th>\n<th>B<\/th>\n<th>C<\/th>\n<\/tr>\n<\/thead>\n<tbody><tr>\n<td>left<\/td>\n<td>([\s\S]*)<\/td>\n<td>right<\/td>\n<\/tr>\n<\/tbody><\/table>\n$/,
  },
];

function expectShownAsTyped(text: string): void {
  for (const { name, markdown, wrapper } of contexts) {
    const source = markdown(text);
    const html = render(source);
    const match = wrapper.exec(html);
    const shown = match ? textOf(match[1] ?? "") : null;
    // The message names the context and both sides, so a shrunk counterexample explains itself.
    expect({ context: name, text, shown: shown === null ? html : normalise(shown) }).toEqual({
      context: name,
      text,
      shown: normalise(text),
    });
  }
}

/** Pieces that mean something to Markdown, HTML or a GFM extension, to be glued in any order. */
const markdownish = fc
  .array(
    fc.constantFrom(
      ..."#*_`~[]()<>|\\-+=!&:;.'\"/{}@$%^?,".split(""),
      "1.",
      "2)",
      "- ",
      "* ",
      "> ",
      "# ",
      "```",
      "~~~",
      "---",
      "===",
      "    ",
      "\t",
      " ",
      "  ",
      "\n",
      "\r\n",
      "\r",
      "\n\n",
      "\u2028",
      "\u00a0",
      "a",
      "word",
      "7",
      "é",
      "🎸",
      "שלום",
      "&amp;",
      "&#60;",
      "<br>",
      "<script>",
      "</p>",
      "<!--",
      "javascript:",
      "http://example.com",
      "www.example.com",
      "me@example.com",
      "[x]: /url",
      "| --- |",
      "![img](x.png)",
      "\\\n",
      "\0",
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(""));

describe("Markdown escaping", () => {
  it("writes the plan's hostile strings so that they read as typed", () => {
    const samples = [
      ...Object.values(HOSTILE),
      "[x](javascript:alert(1))",
      "1. not a list",
      "- not a list",
      "> quote",
      "<img src=x onerror=alert(1)>",
      "    indented like code",
      "***",
      "Title\n===",
      "a\n\n\nb",
      "trailing backslash \\",
      "",
      "   ",
    ];
    for (const sample of samples) expectShownAsTyped(sample);
  });

  it("escapes what starts syntax, and leaves prose punctuation bare so the raw file reads well", () => {
    expect(markdownInline("# a_b *c* [d](e) <f> g|h `i` ñ 🎸")).toBe("\\# a\\_b \\*c\\* \\[d\\](e) \\<f\\> g\\|h \\`i\\` ñ 🎸");
    expect(markdownInline("Note: prices, taxes; and more. Really?")).toBe("Note: prices, taxes; and more. Really?");
    // Line starts that would make a list, a quote or a heading; tight dots and colons that would autolink.
    expect(markdownInline("1. not a list")).toBe("1\\. not a list");
    expect(markdownInline("-10% off")).toBe("\\-10% off");
    expect(markdownInline("+34 600")).toBe("\\+34 600");
    expect(markdownInline("see www.example.com or ana@example.com, https://x.example")).toBe(
      "see www\\.example\\.com or ana@example\\.com, https\\://x\\.example",
    );
  });

  it("keeps line breaks: hard breaks in paragraphs, <br> in cells, spaces in headings", () => {
    expect(markdownParagraph("  line one  \nline two\n\n- three\n")).toBe("line one\\\nline two\\\n\\\n\\- three");
    expect(markdownParagraph("one\r\ntwo", "  ")).toBe("one\\\n  two");
    expect(markdownCell("one\n\ntwo | three")).toBe("one<br>two \\| three");
    expect(markdownInline("one\ntwo")).toBe("one two");
    expect(render(`- ${markdownParagraph("one\n- two", "  ")}`)).toBe("<ul>\n<li>one<br>- two</li>\n</ul>\n");
  });

  it("shows any Unicode text as typed, in every place the writer puts text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => expectShownAsTyped(text)),
      { numRuns: 300 },
    );
  });

  it("shows any ASCII text, control characters included, as typed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 60 }), (text) => expectShownAsTyped(text)),
      { numRuns: 300 },
    );
  });

  it("shows any mix of Markdown, HTML and GFM syntax as typed", () => {
    fc.assert(
      fc.property(markdownish, (text) => expectShownAsTyped(text)),
      { numRuns: 1000 },
    );
  });
});
