import { View } from "@react-pdf/renderer";
import type { TimelineEntry } from "@/db/queries/plan-overview-model";
import { GroupTitle, MissingStep, type SectionProps, SubTitle } from "./blocks";
import { bulletList, campaignDates, labelOr } from "./labels";
import { styles } from "./styles";
import { Text } from "./text";

// A Gantt-like chart drawn with absolutely placed Views: the axis runs from the earliest
// start to the latest end of all dated campaigns, so every bar is to the same scale.

const DAY_MS = 86_400_000;
/** Whole days since the epoch for a stored calendar day, in UTC like every date in the plan. */
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const MAX_TICKS = 8;

interface Dated extends TimelineEntry {
  start: number;
  /** Exclusive: a campaign that ends on a day covers all of it. */
  end: number;
  /** Only one of the two dates is known: drawn as a marker, not a span that is made up. */
  open: boolean;
}

/** Month starts inside the axis, thinned to at most MAX_TICKS so the labels never collide. */
function monthTicks(first: number, last: number): number[] {
  const date = new Date(first * DAY_MS);
  let cursor = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + (date.getUTCDate() === 1 ? 0 : 1), 1) / DAY_MS;
  const ticks: number[] = [];
  while (cursor < last) {
    ticks.push(cursor);
    const d = new Date(cursor * DAY_MS);
    cursor = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
  }
  const step = Math.ceil(ticks.length / MAX_TICKS);
  return ticks.filter((_, i) => i % step === 0);
}

/** The campaigns in the plan's timeline order; it follows the campaigns, being drawn from them. */
export function CampaignTimeline({ data: { plan }, text, at: placement }: SectionProps) {
  const dated: Dated[] = [];
  const undated: string[] = [];
  for (const entry of plan.timeline) {
    const { campaign, offering, first, last } = entry;
    if (!first || !last)
      undated.push(`${offering.name} · ${campaign.channel} · ${labelOr(text, `plan.kinds.${campaign.kind}`, campaign.kind)}`);
    else dated.push({ ...entry, start: dayNumber(first), end: dayNumber(last) + 1, open: !(campaign.startsOn && campaign.endsOn) });
  }

  if (!plan.timeline.length) {
    return (
      <>
        <SubTitle>{text.t("export.sections.timeline")}</SubTitle>
        <MissingStep text={text} step={placement.step.number} />
      </>
    );
  }
  const min = Math.min(...dated.map((d) => d.start));
  const max = Math.max(...dated.map((d) => d.end));
  const span = Math.max(1, max - min);
  const at = (day: number) => `${((day - min) / span) * 100}%`;
  const ticks = dated.length ? monthTicks(min, max) : [];
  const month = new Intl.DateTimeFormat(text.locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const tickLines = ticks.map((day) => <View key={day} style={[styles.timelineTick, { left: at(day) }]} />);

  return (
    <>
      <SubTitle>{text.t("export.sections.timeline")}</SubTitle>
      {dated.length ? (
        <>
          <Text style={styles.lead}>
            {text.t("export.timeline.lead")}
            <Text style={styles.strongText}>
              {`\n${text.t("plan.campaigns.dateRange", { start: text.date(new Date(min * DAY_MS)), end: text.date(new Date((max - 1) * DAY_MS)) })}`}
            </Text>
          </Text>
          <View style={styles.table}>
            <View style={styles.headerRow} fixed minPresenceAhead={24}>
              <Text style={styles.timelineLabel}>{text.t("export.timeline.campaign")}</Text>
              <View style={styles.timelineTrack}>
                {ticks.map((day) => (
                  <Text key={day} style={[styles.timelineTickLabel, { left: at(day) }]}>
                    {month.format(new Date(day * DAY_MS))}
                  </Text>
                ))}
              </View>
            </View>
            {dated.map((d) => (
              <View key={d.campaign.id} style={styles.timelineRow} wrap={false}>
                <Text style={styles.timelineLabel}>
                  <Text style={styles.strongText}>{`${d.offering.name} · ${d.campaign.channel}`}</Text>
                  <Text
                    style={styles.mutedText}
                  >{`\n${labelOr(text, `plan.kinds.${d.campaign.kind}`, d.campaign.kind)} · ${campaignDates(text, d.campaign)}`}</Text>
                </Text>
                <View style={styles.timelineTrack}>
                  {tickLines}
                  <View
                    style={[
                      d.open ? styles.timelineBarOpen : styles.timelineBar,
                      d.open ? { left: at(d.start) } : { left: at(d.start), width: `${Math.max(0.8, ((d.end - d.start) / span) * 100)}%` },
                    ]}
                  />
                </View>
              </View>
            ))}
          </View>
        </>
      ) : null}
      {undated.length ? (
        <>
          <GroupTitle>{text.t("export.timeline.undated")}</GroupTitle>
          <Text>{bulletList(undated)}</Text>
        </>
      ) : null}
    </>
  );
}
