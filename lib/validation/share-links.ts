import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import { requiredText } from "./text";

/** How long a read-only link may work: a day at least, a quarter at most, so none is forgotten open. */
export const SHARE_LINK_DAYS = { min: 1, max: 90, suggested: 30 } as const;
export const SHARE_LINK_LABEL_MAX = 80;

export const createShareLinkSchema = z.object({
  // Who the link is for ("Client: Ana"): the members page tells the links apart by it.
  label: requiredText(SHARE_LINK_LABEL_MAX),
  expiresInDays: z
    .number(fieldError("invalid_number"))
    .check(
      z.int(fieldError("invalid_number")),
      z.gte(SHARE_LINK_DAYS.min, fieldError("out_of_range")),
      z.lte(SHARE_LINK_DAYS.max, fieldError("out_of_range")),
    ),
});

export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

export const shareLinkIdSchema = z.object({ linkId: z.uuid(fieldError("invalid")) });

// Tokens are 43 base64url characters; the bound only keeps absurd input from being hashed.
export const SHARE_TOKEN_MAX = 200;
