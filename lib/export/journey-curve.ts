import type { Feeling } from "@/lib/validation/journey";

// The emotion curve of a journey map, as geometry any drawing can use: the plan page's SVG
// and the PDF's react-pdf Svg draw the same points. Positions are fractions (0..1) of the
// drawing's width and height, so each drawing scales them to its own size.

export interface CurvePoint {
  /** The stage's column, from 0. */
  index: number;
  feeling: Feeling;
  /** The middle of the stage's column, as a share of the width. */
  x: number;
  /** From the top: a very positive feeling sits highest (0), a very negative one lowest (1). */
  y: number;
}

export interface EmotionCurve {
  points: CurvePoint[];
  /** Lines between neighbouring stages that both have a feeling: an unset stage leaves a gap, never a guessed value. */
  segments: [CurvePoint, CurvePoint][];
}

/** The curve over `feelings`, one per stage in order (null where the persona's feeling is not set). */
export function emotionCurve(feelings: readonly (Feeling | null)[]): EmotionCurve {
  const count = feelings.length;
  const points = feelings.flatMap((feeling, index) =>
    feeling === null ? [] : [{ index, feeling, x: (index + 0.5) / count, y: (2 - feeling) / 4 }],
  );
  const segments = points.slice(1).flatMap((point, i): [CurvePoint, CurvePoint][] => {
    const previous = points[i]!;
    return previous.index === point.index - 1 ? [[previous, point]] : [];
  });
  return { points, segments };
}
