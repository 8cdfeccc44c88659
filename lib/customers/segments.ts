// The segments customers are sorted into by their recency, frequency and money (RFM), in the
// usual eleven-group scheme. The owner rates each segment's potential against this list, so
// the scoring and the segment-value form agree on the names; a name is a code that the
// interface translates.
export const CUSTOMER_SEGMENTS = [
  "champions",
  "loyal",
  "potential_loyalists",
  "new_customers",
  "promising",
  "need_attention",
  "about_to_sleep",
  "at_risk",
  "cannot_lose",
  "hibernating",
  "lost",
] as const;

export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];
