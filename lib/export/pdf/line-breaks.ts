// Words people type are not hyphenated: a name or a brand cut in two reads as a typo. The
// exception is a word too long for any column (a web address, a hashtag): react-pdf can only
// break a line at a space or a hyphenation point, so without one such a word runs out of its
// table cell over the next. Those words get break points, after punctuation where possible;
// the layout uses one only when the word cannot fit on a line of its own, and marks it with
// a hyphen as a typesetter would.

const LONG_WORD = 16;
const PIECE = 10;
const JOINS_PREVIOUS = /^[\p{M}\u200d\ufe0f]/u;

/** react-pdf's hyphenation callback: the word's pieces, joined they are the word again. */
export function breakPoints(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const pieces: string[] = [];
  for (const part of word.split(/(?<=[/.\-_?&=,:;@#])/)) {
    const chars = Array.from(part);
    for (let i = 0; i < chars.length; i += PIECE) pieces.push(chars.slice(i, i + PIECE).join(""));
  }
  // A combining mark, joiner or emoji variation selector stays with the character it modifies.
  return pieces.reduce<string[]>((acc, piece) => {
    if (acc.length && JOINS_PREVIOUS.test(piece)) acc[acc.length - 1] += piece;
    else acc.push(piece);
    return acc;
  }, []);
}
