import Link from "next/link";

/**
 * The method's warning, shown before the fields: socio-demographics describe who buys, not
 * why, and the why is what step 4 works out. Server-rendered, no client JS.
 */
export function DecisionNudge({ title, body, linkLabel, href }: { title: string; body: string; linkLabel: string; href: string }) {
  return (
    <div
      role="note"
      aria-labelledby="decision-nudge-title"
      className="max-w-3xl rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="decision-nudge-title" className="font-semibold">
        {title}
      </h2>
      <p className="mt-1">{body}</p>
      <Link href={href} prefetch={false} className="mt-2 inline-block font-semibold underline">
        {linkLabel}
      </Link>
    </div>
  );
}
