// Outside field.tsx ("use client") so server components can style a plain input too: a
// value imported from a client module reaches the server only as a client reference.
// Text areas grow with what is written (field-sizing), from about three lines to about
// sixteen, then scroll: a fixed two-row box hid most of a long answer.
export const inputClass =
  "[&:is(textarea)]:field-sizing-content [&:is(textarea)]:min-h-18 [&:is(textarea)]:max-h-96 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";
