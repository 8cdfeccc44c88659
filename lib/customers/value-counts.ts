// Counting and ordering trait values the way the server's SQL does, so that the JavaScript
// reference and the query pick the same value when counts tie.

/**
 * Orders strings by Unicode code point, which is what PostgreSQL's `COLLATE "C"` does on UTF-8
 * text. JavaScript's `<` compares UTF-16 code units, which disagrees above U+FFFF, and a
 * locale collation would make the winner depend on the server's settings.
 */
export function compareCodePoints(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export function countValues(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The value counted most often; a tie goes to the value first in code-point order. Null when there are none. */
export function mostFrequent(counts: ReadonlyMap<string, number>): { value: string; count: number } | null {
  let best: { value: string; count: number } | null = null;
  for (const [value, count] of counts) {
    if (!best || count > best.count || (count === best.count && compareCodePoints(value, best.value) < 0)) best = { value, count };
  }
  return best;
}
