import type { CommentTarget } from "@/db/schema";

export interface CommentLine {
  id: string;
  authorName: string;
  body: string;
  /** Already worded by the server. */
  date: string;
}

export interface ThreadView extends CommentLine {
  /** label is the item's current name, null once the item is gone. */
  target: { kind: CommentTarget; id: string; label: string | null } | null;
  resolved: { by: string; date: string } | null;
  replies: CommentLine[];
}
