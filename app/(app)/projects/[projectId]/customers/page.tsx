import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { BestWorst } from "@/components/customers/best-worst";
import { ConcentrationChart } from "@/components/customers/concentration-chart";
import { CustomerImport } from "@/components/customers/customer-import";
import { DeleteCustomerData } from "@/components/customers/delete-customer-data";
import { formatCents, percent } from "@/components/customers/number-format";
import { SegmentValues } from "@/components/customers/segment-values";
import { SegmentsTable } from "@/components/customers/segments-table";
import { getCustomerData } from "@/db/queries/customer-data";
import { customerOverview } from "@/lib/customers/customer-overview";
import { can } from "@/lib/permissions";
import { loadProject } from "@/lib/projects/load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers"))("title") };
}

function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {lead ? <p className="max-w-3xl text-slate-700">{lead}</p> : null}
      {children}
    </section>
  );
}

export default async function CustomersPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("customers");
  const format = await getFormatter();
  const data = await getCustomerData({ actor: user, projectId: project.id });
  // Recency is counted to the day the page is read: the only clock read, here at the edge.
  const overview = data.customers.length ? customerOverview(data.customers, new Date().toISOString().slice(0, 10)) : null;
  const canImport = can(project.role, "customers.rows");
  const canEdit = can(project.role, "step.edit");
  const values = new Map(data.segmentValues.map((v) => [v.segment, v]));
  return (
    <article aria-labelledby="customers-page-title" className="space-y-6">
      <header className="space-y-2">
        <h1 id="customers-page-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
        <p className="max-w-3xl text-sm text-slate-600">{t("privacy")}</p>
      </header>
      <ClientMessages namespaces={["customers"]}>
        {data.lastImport ? (
          <p className="text-slate-800">
            {t("lastImport", {
              file: data.lastImport.fileName,
              date: format.dateTime(data.lastImport.createdAt, { dateStyle: "medium" }),
              lines: data.lineCount,
              customers: data.customers.length,
            })}
          </p>
        ) : (
          <Section id="customers-empty" title={t("empty.title")}>
            <p className="text-slate-700">{canImport ? t("empty.canImport") : t("empty.cannotImport")}</p>
          </Section>
        )}
        {canImport ? (
          <Section id="customers-import" title={t("import.title")}>
            <CustomerImport projectId={project.id} hasData={data.lineCount > 0} />
          </Section>
        ) : null}
        {overview ? (
          <>
            <Section id="customers-segments" title={t("segments.title")} lead={t("segments.lead")}>
              <SegmentsTable segments={overview.segments} />
              <ConcentrationChart data={overview.concentration} />
            </Section>
            <Section id="customers-best-worst" title={t("bestWorst.title")} lead={t("bestWorst.lead")}>
              <BestWorst comparison={overview.comparison} />
            </Section>
            <Section id="customers-value" title={t("value.title")} lead={t("value.lead")}>
              <SegmentValues
                projectId={project.id}
                canEdit={canEdit}
                rows={overview.segments
                  .filter((s) => s.customers > 0)
                  .map((s) => ({
                    segment: s.segment,
                    customers: s.customers,
                    current: formatCents(format, s.revenueCents),
                    share: percent(format, s.revenueShare),
                    potential: values.get(s.segment)?.potential ?? null,
                    note: values.get(s.segment)?.note ?? "",
                  }))}
              />
            </Section>
          </>
        ) : null}
        {data.lineCount > 0 && can(project.role, "customers.delete") ? (
          <Section id="customers-delete" title={t("delete.title")}>
            <DeleteCustomerData projectId={project.id} />
          </Section>
        ) : null}
      </ClientMessages>
    </article>
  );
}
