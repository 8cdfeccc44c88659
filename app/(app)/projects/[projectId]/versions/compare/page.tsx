import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input-class";
import { ChangeList } from "@/components/versions/change-list";
import { compareVersions, listVersions, type CompareSide } from "@/db/queries/plan-versions";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadProject } from "@/lib/projects/load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("versions"))("compare.title") };
}

const CURRENT = "current";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * GET ?from=<version id>|current&to=<version id>|current. A GET form picks them, so a comparison
 * is a link the team can share; by default the newest version against the plan now.
 */
export default async function CompareVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: SearchParams;
}) {
  const { projectId } = await params;
  const query = await searchParams;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("versions");
  const locale = await getLocale();
  const versions = await listVersions(user, project.id);
  const pick = (value: string | string[] | undefined, fallback: string) => (typeof value === "string" && value ? value : fallback);
  const from = pick(query.from, versions[0]?.id ?? CURRENT);
  const to = pick(query.to, CURRENT);
  const known = (value: string) => value === CURRENT || versions.some((v) => v.id === value);
  const side = (value: string): CompareSide => (value === CURRENT ? CURRENT : { versionId: value });
  const name = (value: string) => {
    const version = versions.find((v) => v.id === value);
    return version ? t("compare.option", { number: version.number, name: version.name }) : t("compare.current");
  };
  const problem = !versions.length ? "needOne" : !known(from) || !known(to) ? "unknown" : from === to ? "same" : null;
  const comparison = problem
    ? null
    : await compareVersions(user, project.id, side(from), side(to), isLocale(locale) ? locale : DEFAULT_LOCALE);
  const options = [...versions.map((v) => ({ value: v.id, label: name(v.id) })), { value: CURRENT, label: t("compare.current") }];
  return (
    <article aria-labelledby="compare-title" className="space-y-6">
      <header className="space-y-2">
        <h1 id="compare-title" className="text-2xl font-bold">
          {t("compare.title")}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("compare.lead")}</p>
        <Link href={`/projects/${project.id}/versions`} prefetch={false} className="text-sm font-medium text-brand-700 underline">
          {t("version.back")}
        </Link>
      </header>
      {versions.length ? (
        <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-5 print:hidden">
          {(["from", "to"] as const).map((key) => (
            <div key={key} className="min-w-56 space-y-1">
              <label htmlFor={`compare-${key}`} className="block text-sm font-medium text-slate-900">
                {t(`compare.${key}`)}
              </label>
              <select id={`compare-${key}`} name={key} defaultValue={key === "from" ? from : to} className={inputClass}>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className={buttonClass()}>
            {t("compare.submit")}
          </button>
        </form>
      ) : null}
      {problem ? (
        <p role={problem === "needOne" ? undefined : "alert"} className="rounded-lg border border-slate-300 bg-white p-5">
          {t(`compare.${problem}`)}
          {problem === "needOne" ? (
            <>
              {" "}
              <Link href={`/projects/${project.id}/versions`} prefetch={false} className="font-medium text-brand-700 underline">
                {t("save.title")}
              </Link>
            </>
          ) : null}
        </p>
      ) : (
        <>
          <p className="font-medium">{t("compare.summary", { from: name(from), to: name(to) })}</p>
          <ChangeList groups={comparison!.groups} />
        </>
      )}
    </article>
  );
}
