// User text in a Markdown download must read exactly as typed in any CommonMark/GFM renderer:
// a persona called "# Heading" is a name, not a heading, and "<script>" is five letters and
// two brackets, not an element. Every writer of the Markdown file goes through these three
// functions, one per place text can sit: a single line (headings), a paragraph or list item,
// and a table cell.

/**
 * The characters that start inline syntax anywhere in a line: emphasis, code, links and
 * images ("!" only matters before "[", which is escaped), raw HTML and entities, GFM tables,
 * strikethrough, math and footnotes. Commas, full stops, colons before a space and the like
 * stay bare, so the raw file still reads as prose in a repository.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~$#]/g;
/**
 * A colon or full stop between two characters could open an emoji shortcode (":smile:"), an
 * autolink ("http://", "www.example.com", "ana@example.com"); one before a space or at the end
 * of a sentence cannot, and stays bare.
 */
const TIGHT_PUNCTUATION = /:(?=\S)|(?<=\S)\.(?=\S)/g;
/**
 * What only matters at the start of a line: list bullets and numbers, block quotes, setext
 * underlines, thematic breaks and fenced code.
 */
const LINE_START = /^(?:([-+=>])|(\d{1,9})([.)]))/;

function escapeLine(line: string): string {
  return line
    .replace(INLINE_SYNTAX, "\\$&")
    .replace(TIGHT_PUNCTUATION, "\\$&")
    .replace(LINE_START, (_, marker: string | undefined, digits: string | undefined, delimiter: string | undefined) =>
      marker ? `\\${marker}` : `${digits}\\${delimiter}`,
    );
}

/**
 * CommonMark's line endings, plus the Unicode line and paragraph separators: they are line
 * breaks as typed, and renderers whose patterns use "." (which stops at them) would otherwise
 * cut a heading or a table row in two.
 */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/**
 * The escaped lines of `text`, trimmed. Leading spaces would turn a line into a code block and
 * trailing ones into a line break, and HTML shows neither, so nothing visible is lost. Blank
 * lines at either end go too; blank lines inside are kept as empty lines.
 */
function escapedLines(text: string): string[] {
  const lines = text.split(LINE_BREAK).map((line) =>
    escapeLine(line.trim())
      // CommonMark turns U+0000 into U+FFFD anyway; doing it here makes every renderer agree.
      .replaceAll("\0", "\uFFFD"),
  );
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === "") start++;
  while (end > start && lines[end - 1] === "") end--;
  return lines.slice(start, end);
}

/** Text on one line, for a heading: line breaks become spaces, since a heading cannot span lines. */
export function markdownInline(text: string): string {
  return escapedLines(text).join(" ");
}

/**
 * Text as a paragraph, a list item or a quote. Each line break becomes a hard break (a backslash
 * at the end of the line; a line holding only that backslash stands for a blank line, so the
 * paragraph is never split). `continuation` starts each following line: "  " under a list item,
 * "> " in a quote.
 */
export function markdownParagraph(text: string, continuation = ""): string {
  return escapedLines(text).join(`\\\n${continuation}`);
}

/**
 * Text in a GFM table cell. The pipe is escaped like all punctuation, so it never ends the cell,
 * and line breaks become `<br>`, the only HTML this file writes: a table row has to stay on one
 * line. Blank lines inside collapse into one break.
 */
export function markdownCell(text: string): string {
  return escapedLines(text)
    .filter((line) => line !== "")
    .join("<br>");
}
