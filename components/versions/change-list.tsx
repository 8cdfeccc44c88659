import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { FieldChange, GroupChanges, ItemChange, ShownValue } from "@/lib/versions/compare-snapshots";
import { stepBySlug } from "@/lib/wizard/steps";

// Each change says what it is in words ("Added", "Removed") and with a sign; the colour only
// repeats it, so it reads the same without colour and to a screen reader.
const CHANGE_STYLE = {
  added: { sign: "+", className: "border-green-300 bg-green-50 text-green-900" },
  changed: { sign: "~", className: "border-amber-300 bg-amber-50 text-amber-900" },
  removed: { sign: "−", className: "border-red-300 bg-red-50 text-red-900" },
} as const;

/** The words a comparison needs, worked out once on the server and handed down. */
interface Words {
  t: Awaited<ReturnType<typeof getTranslations<"versions">>>;
  fieldLabel: (field: string) => string;
  value: (field: string, value: ShownValue) => ReactNode;
}

async function comparisonWords(): Promise<Words> {
  const t = await getTranslations("versions");
  const tPlan = await getTranslations("plan");
  const tExport = await getTranslations("export");
  const format = await getFormatter();
  // Codes the team picked from a list read in the words the wizard shows them in.
  const codeName = (field: string, code: string): string => {
    if (field === "tier" && tPlan.has(`tiers.${code}` as "tiers.core")) return tPlan(`tiers.${code}` as "tiers.core");
    if (field === "kind" && tPlan.has(`kinds.${code}` as "kinds.launch")) return tPlan(`kinds.${code}` as "kinds.launch");
    if (field === "decisionRoles" && tExport.has(`decisionRoles.${code}` as "decisionRoles.buyer")) {
      return tExport(`decisionRoles.${code}` as "decisionRoles.buyer");
    }
    return code;
  };
  return {
    t,
    fieldLabel: (field) => (t.has(`fields.${field}` as "fields.name") ? t(`fields.${field}` as "fields.name") : field),
    value: (field, value) => {
      if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
        return <span className="italic">{t("compare.empty")}</span>;
      }
      if (typeof value === "boolean") return value ? t("compare.yes") : t("compare.no");
      if (typeof value === "number") {
        return field === "budgetCents" ? format.number(value / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(value);
      }
      return Array.isArray(value) ? value.map((v) => codeName(field, v)).join(", ") : codeName(field, value);
    },
  };
}

function FieldRows({ fields, words: { t, fieldLabel, value } }: { fields: FieldChange[]; words: Words }) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <thead className="text-slate-700">
        <tr>
          <th scope="col" className="py-1 pr-3">
            {t("compare.field")}
          </th>
          <th scope="col" className="py-1 pr-3">
            {t("compare.before")}
          </th>
          <th scope="col" className="py-1">
            {t("compare.after")}
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map(({ field, values }) => (
          <tr key={field} className="border-t border-slate-200 align-top">
            <th scope="row" className="py-1 pr-3 font-medium">
              {fieldLabel(field)}
            </th>
            {values ? (
              <>
                <td className="py-1 pr-3 whitespace-pre-line">{value(field, values.before)}</td>
                <td className="py-1 whitespace-pre-line">{value(field, values.after)}</td>
              </>
            ) : (
              <td colSpan={2} className="py-1 text-slate-700">
                {t("compare.detailChanged")}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ItemEntry({ item, words }: { item: ItemChange; words: Words }) {
  const { t } = words;
  const style = CHANGE_STYLE[item.change];
  return (
    <li className={`rounded-md border p-3 ${style.className}`}>
      <p className="font-medium">
        <span aria-hidden="true" className="mr-1 font-mono font-bold">
          {style.sign}
        </span>
        <span className="font-semibold">{t(`compare.${item.change}`)}:</span> {t(`kinds.${item.kind}`)}
        {item.label ? <> “{item.label}”</> : null}
      </p>
      {item.fields.length ? <FieldRows fields={item.fields} words={words} /> : null}
    </li>
  );
}

/** The comparison, one section per step that changed (the project's own name first). */
export async function ChangeList({ groups }: { groups: GroupChanges[] }) {
  const words = await comparisonWords();
  const { t } = words;
  const tWizard = await getTranslations("wizard");
  if (groups.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-5">{t("compare.noChanges")}</p>;
  return groups.map(({ group, items }) => {
    const count = (change: ItemChange["change"]) => items.filter((i) => i.change === change).length;
    const title =
      group === "project"
        ? t("compare.project")
        : `${tWizard("stepNumber", { number: stepBySlug(group).number })}: ${tWizard(`steps.${group}`)}`;
    return (
      <section key={group} aria-labelledby={`changes-${group}`} className="space-y-2">
        <h2 id={`changes-${group}`} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-slate-700">
          {t("compare.counts", { added: count("added"), changed: count("changed"), removed: count("removed") })}
        </p>
        <ul className="space-y-2">
          {items.map((item) => (
            <ItemEntry key={`${item.kind}-${item.id}`} item={item} words={words} />
          ))}
        </ul>
      </section>
    );
  });
}
