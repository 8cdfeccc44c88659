import { StyleSheet } from "@react-pdf/renderer";

// No line height is set on a page or a container: react-pdf turns an inherited unitless line
// height into points at the container's font size, so a larger heading inside would get lines
// too tight for it. Noto Sans' own line spacing (about 1.36) reads well, so only single texts
// set one, next to their font size.
//
// Every style of the document, created once at load: a large plan has thousands of cells,
// and a shared style object per kind of cell keeps the layout engine from resolving a new
// object for each. Colours follow the app's brand blue and slate greys.

export const colors = {
  ink: "#0f172a",
  body: "#1e293b",
  muted: "#475569",
  faint: "#94a3b8",
  rule: "#cbd5e1",
  band: "#f1f5f9",
  brand: "#2444b0",
  brandDark: "#1f3a8f",
  brandLight: "#eef4ff",
  brandSoft: "#dbe6fe",
  warnBg: "#fffbeb",
  warnRule: "#d97706",
  warnInk: "#78350f",
} as const;

export const styles = StyleSheet.create({
  page: {
    paddingTop: 44,
    paddingBottom: 24,
    paddingHorizontal: 44,
    fontSize: 9,
    color: colors.body,
  },
  pageBody: { flexGrow: 1 },
  footer: {
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: colors.rule,
    paddingTop: 6,
    marginTop: 12,
    fontSize: 7.5,
    color: colors.muted,
  },
  footerProject: { maxWidth: "70%" },

  // Cover
  coverPage: { paddingHorizontal: 56, paddingTop: 0, paddingBottom: 48, fontSize: 10, color: colors.body },
  coverBand: { height: 14, backgroundColor: colors.brand, marginHorizontal: -56, marginBottom: 48 },
  coverLogo: { maxWidth: 160, maxHeight: 80, objectFit: "contain", marginBottom: 24, alignSelf: "flex-start" },
  coverSummary: { fontSize: 11, lineHeight: 1.5, marginTop: 20, borderLeftWidth: 3, paddingLeft: 10, color: colors.body },
  coverColumns: { flexDirection: "row" },
  coverColumn: { width: "50%", paddingRight: 12 },
  coverKicker: { fontSize: 10, fontWeight: 700, color: colors.brand, textTransform: "uppercase" },
  coverTitle: { fontSize: 30, fontWeight: 700, color: colors.ink, lineHeight: 1.15, marginTop: 10 },
  coverDescription: { fontSize: 12, color: colors.muted, marginTop: 12 },
  coverDate: { fontSize: 10, marginTop: 18, color: colors.body },
  coverBlock: { marginTop: 22 },
  coverLabel: { fontSize: 8, fontWeight: 700, color: colors.muted, textTransform: "uppercase", marginBottom: 4 },
  coverList: { fontSize: 10, lineHeight: 1.6 },
  coverBrand: { position: "absolute", bottom: 32, left: 56, fontSize: 8, color: colors.faint },

  // Headings
  sectionTitle: {
    fontSize: 17,
    fontWeight: 700,
    color: colors.brandDark,
    borderBottomWidth: 1.5,
    borderBottomColor: colors.brand,
    paddingBottom: 4,
    marginBottom: 10,
  },
  subTitle: { fontSize: 12.5, fontWeight: 700, color: colors.ink, marginTop: 14, marginBottom: 6 },
  groupTitle: { fontSize: 10.5, fontWeight: 700, color: colors.ink, marginTop: 10, marginBottom: 4 },
  lead: { color: colors.muted, marginBottom: 8 },
  paragraph: { marginBottom: 6 },
  mutedText: { color: colors.muted },
  strongText: { fontWeight: 700, color: colors.ink },
  smallLabel: { fontSize: 7, fontWeight: 700, color: colors.muted, textTransform: "uppercase" },

  // Missing notes and the draft warning
  missing: {
    borderLeftWidth: 3,
    borderLeftColor: colors.warnRule,
    backgroundColor: colors.warnBg,
    color: colors.warnInk,
    paddingVertical: 6,
    paddingHorizontal: 8,
    marginVertical: 6,
  },
  missingMarker: { fontWeight: 700 },

  // Tables
  // Rules between rows only, no frame: a table that starts at the foot of a page and moves on
  // leaves nothing behind, where a frame would leave an empty box.
  table: { marginBottom: 10 },
  headerRow: { flexDirection: "row", backgroundColor: colors.brandDark, color: "#ffffff", fontWeight: 700, fontSize: 7.5 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: colors.rule, fontSize: 8 },
  rowAlt: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: colors.rule, fontSize: 8, backgroundColor: "#f8fafc" },
  groupRow: {
    borderBottomWidth: 0.5,
    borderBottomColor: colors.rule,
    backgroundColor: colors.brandSoft,
    paddingVertical: 3,
    paddingHorizontal: 5,
    fontSize: 8.5,
    fontWeight: 700,
    color: colors.ink,
  },
  totalRow: {
    flexDirection: "row",
    borderTopWidth: 1,
    borderTopColor: colors.muted,
    fontSize: 8,
    fontWeight: 700,
    backgroundColor: colors.band,
  },
  cell: { paddingVertical: 3, paddingHorizontal: 5 },
  cellRight: { paddingVertical: 3, paddingHorizontal: 5, textAlign: "right" },

  // Label/value blocks (profiles, persona cards)
  fields: { flexDirection: "row", flexWrap: "wrap", marginHorizontal: -6 },
  field: { width: "50%", paddingHorizontal: 6, marginBottom: 6 },
  fieldWide: { width: "100%", paddingHorizontal: 6, marginBottom: 6 },
  fieldLabel: { fontSize: 7, fontWeight: 700, color: colors.muted, textTransform: "uppercase" },
  fieldGap: { fontSize: 4 },
  columns: { flexDirection: "row", marginVertical: 5 },
  column: { width: "50%", paddingRight: 10 },
  box: { borderWidth: 0.5, borderColor: colors.rule, borderRadius: 3, padding: 10, marginBottom: 10 },

  // Persona cards
  card: { borderWidth: 0.5, borderColor: colors.rule, borderRadius: 3, marginBottom: 12 },
  cardHead: {
    backgroundColor: colors.brandLight,
    paddingVertical: 6,
    paddingHorizontal: 10,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.rule,
  },
  cardName: { fontSize: 12, fontWeight: 700, color: colors.ink },
  cardMeta: { fontSize: 8, color: colors.muted, marginTop: 1 },
  cardBody: { paddingHorizontal: 10, paddingVertical: 8 },

  // Persona sheets: one page each
  sheet: { paddingTop: 4 },
  sheetHead: { flexDirection: "row", alignItems: "center", marginBottom: 12 },
  avatar: { width: 54, height: 54, borderRadius: 27, alignItems: "center", justifyContent: "center", marginRight: 14 },
  avatarText: { color: "#ffffff", fontSize: 20, fontWeight: 700 },
  sheetTitle: { flexGrow: 1, flexShrink: 1 },
  sheetName: { fontSize: 20, fontWeight: 700, color: colors.ink, lineHeight: 1.2 },
  sheetMeta: { fontSize: 9, color: colors.muted, marginTop: 2 },
  quote: { borderLeftWidth: 3, paddingLeft: 10, paddingVertical: 4, marginBottom: 12, fontSize: 12.5, color: colors.ink, lineHeight: 1.4 },
  buyBox: { borderTopWidth: 2, backgroundColor: colors.band, padding: 10, marginTop: 6 },

  // Competitor cards, two to a row
  pair: { flexDirection: "row", marginHorizontal: -5 },
  half: { width: "50%", paddingHorizontal: 5, marginBottom: 10 },
  competitor: { flexGrow: 1, borderWidth: 0.5, borderColor: colors.rule, borderRadius: 3, padding: 8 },
  competitorName: { fontSize: 10.5, fontWeight: 700, color: colors.ink, marginBottom: 2 },
  competitorSite: { fontSize: 7.5, color: colors.muted, marginTop: -2, marginBottom: 4 },

  // Budget total and timeline
  totalBox: {
    borderWidth: 1,
    borderColor: colors.brand,
    borderRadius: 3,
    padding: 10,
    marginBottom: 12,
    backgroundColor: colors.brandLight,
  },
  totalAmount: { fontSize: 15, fontWeight: 700, color: colors.brandDark },
  timelineRow: { flexDirection: "row", alignItems: "center", borderBottomWidth: 0.5, borderBottomColor: colors.rule, minHeight: 22 },
  timelineLabel: { width: "34%", paddingVertical: 3, paddingHorizontal: 5, fontSize: 7.5 },
  timelineTrack: { width: "66%", height: 22, position: "relative" },
  timelineBar: { position: "absolute", top: 7, height: 8, backgroundColor: colors.brand, borderRadius: 2 },
  timelineBarOpen: {
    position: "absolute",
    top: 6,
    height: 10,
    width: 4,
    backgroundColor: colors.brandSoft,
    borderWidth: 1,
    borderColor: colors.brand,
    borderRadius: 2,
  },
  timelineTick: { position: "absolute", top: 0, bottom: 0, borderLeftWidth: 0.5, borderLeftColor: colors.rule },
  timelineTickLabel: { position: "absolute", top: 3, fontSize: 6.5, paddingLeft: 2 },
});
