import { getLocale, getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/input-class";
import { EXPORT_FORMATS } from "@/lib/export/plan-export";
import { LOCALES } from "@/lib/i18n/locales";
import { LOGO_MAX_KB } from "@/lib/validation/plan-branding";
import { DownloadSubmit } from "./download-submit";
import { PlanBrandingForm, type BrandingCopy } from "./plan-branding-form";

const BRANDING_COPY = [
  "title",
  "lead",
  "accent",
  "accentHint",
  "accentPicker",
  "logo",
  "logoHint",
  "hasLogo",
  "removeLogo",
  "save",
  "saving",
  "saved",
] as const satisfies readonly (keyof BrandingCopy)[];

/**
 * A GET form, so a download works without JavaScript; with it, DownloadSubmit fetches the
 * file and says it is being prepared, which a large PDF needs.
 */
export async function PlanDownload({
  projectId,
  branding,
  versionId,
}: {
  projectId: string;
  /** The PDF cover's branding, for those who may change it; null for a mentor. */
  branding: { accentColor: string; hasLogo: boolean } | null;
  /** A saved version to download instead of the plan now; comments are about the plan now, so it offers none. */
  versionId?: string;
}) {
  const t = await getTranslations("plan.download");
  const tVersion = await getTranslations("versions.version");
  const tLocale = await getTranslations("locale");
  const locale = await getLocale();
  return (
    <section
      id="download"
      aria-labelledby="download-title"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 print:hidden"
    >
      <div className="space-y-1">
        <h2 id="download-title" className="text-xl font-semibold">
          {versionId ? tVersion("downloadTitle") : t("title")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{versionId ? tVersion("downloadLead") : t("lead")}</p>
      </div>
      {branding ? (
        <PlanBrandingForm
          projectId={projectId}
          initial={branding}
          copy={
            Object.fromEntries(BRANDING_COPY.map((key) => [key, t(`branding.${key}`, { max: LOGO_MAX_KB })])) as unknown as BrandingCopy
          }
        />
      ) : null}
      <form method="get" action={`/projects/${projectId}/plan/download`} className="space-y-4">
        {versionId ? <input type="hidden" name="version" value={versionId} /> : null}
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-900">{t("format")}</legend>
          {EXPORT_FORMATS.map((format, i) => (
            <div key={format} className="flex items-center gap-2">
              <input type="radio" id={`download-${format}`} name="format" value={format} defaultChecked={i === 0} className="h-4 w-4" />
              <label htmlFor={`download-${format}`} className="text-sm text-slate-900">
                {t(`formats.${format}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="max-w-xs space-y-1">
          <label htmlFor="download-lang" className="block text-sm font-medium text-slate-900">
            {t("language")}
          </label>
          <select id="download-lang" name="lang" defaultValue={locale} className={inputClass}>
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {tLocale(option)}
              </option>
            ))}
          </select>
        </div>
        {versionId ? null : (
          <div className="flex items-center gap-2">
            <input type="checkbox" id="download-comments" name="comments" value="1" className="h-4 w-4" />
            <label htmlFor="download-comments" className="text-sm text-slate-900">
              {t("comments")}
            </label>
          </div>
        )}
        <DownloadSubmit
          label={t("submit")}
          preparing={Object.fromEntries(EXPORT_FORMATS.map((format) => [format, t(`preparing.${format}`)]))}
          ready={t("ready")}
          failed={t("failed")}
          refused={t("busy")}
        />
      </form>
    </section>
  );
}
