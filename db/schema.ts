import { relations, sql } from "drizzle-orm";
import {
  customType,
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { MissingItem } from "@/lib/wizard/missing";
// Relative, not "@/": drizzle-kit loads this file without the project's path aliases.
import { NO_JOURNEY, type PersonaJourney } from "../lib/validation/journey";
import { NO_VALIDATION, type PersonaValidation } from "../lib/validation/persona-validation";
import {
  NO_IMPORTANCE,
  PROFILE_ITEM_KINDS,
  type MotivationRival,
  type ProfileAnswer,
  type ProfileImportance,
  type ValueEntry,
} from "../lib/validation/value-map";
import { DEFAULT_PROJECT_KIND, PROJECT_KINDS } from "../lib/projects/kinds";
import { WIZARD_STEPS, type CommentTarget as DeclaredCommentTarget } from "../lib/wizard/steps";
import type { PersonaFromData } from "../lib/validation/persona-from-data";
import type { PersonaB2b } from "../lib/validation/persona-b2b";

/** Step numbers run from 1 to the number of declared steps; a new step needs a migration of this check. */
const stepInRange = (column: AnyPgColumn) => sql`${column} between 1 and ${sql.raw(String(WIZARD_STEPS.length))}`;

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    // Stored lower-cased so that sign-in and invitations match regardless of case.
    email: text().notNull(),
    passwordHash: text().notNull(),
    // Every session cookie carries the version it was issued under; bumping it (password
    // change, "sign out everywhere") makes all earlier cookies useless at once.
    sessionVersion: integer().notNull().default(0),
    // When a mentor closed the "how to review" welcome; null shows it on the next shared project.
    reviewGuideDismissedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

// Sessions ended one at a time (sign-out on one device): a JWT cannot be recalled, so its
// id is refused until the cookie would have expired anyway.
export const revokedSessions = pgTable("revoked_sessions", {
  id: text().primaryKey(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});

// Failed sign-in counters live in the database so that every instance sees the same
// counts: one row per "email:<address>" or "ip:<address>" key.
export const authThrottle = pgTable("auth_throttle", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});

export const projects = pgTable(
  "projects",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    description: text().notNull().default(""),
    // The kind of business, which picks the wizard's examples and starter categories; projects
    // from before kinds existed read as "other", the neutral set.
    kind: text({ enum: PROJECT_KINDS }).notNull().default(DEFAULT_PROJECT_KIND),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check("projects_kind_known", sql`${t.kind} in (${sql.raw(PROJECT_KINDS.map((k) => `'${k}'`).join(", "))})`)],
);

export const memberRole = pgEnum("member_role", ["owner", "editor", "mentor"]);

// Access is always decided through membership, even in the single-owner case, so that
// sharing (mentors, editors) adds rows instead of changing every query.
export const projectMembers = pgTable(
  "project_members",
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole().notNull(),
    createdAt: createdAt(),
    // When the member last opened the project's comments: what came after is "new" for them.
    lastSeenAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index("project_members_user_idx").on(t.userId)],
);

// One row per project and wizard step: completion and the version used to refuse
// saves made on top of a stale copy.
export const projectSteps = pgTable(
  "project_steps",
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    step: smallint().notNull(),
    version: integer().notNull().default(0),
    completed: boolean().notNull().default(false),
    // What keeps the step from being complete, kept with it so the stepper can say so
    // without loading every step's rows.
    missing: jsonb().$type<MissingItem[]>().notNull().default([]),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    // The id of the save attempt that produced this version: a retried request (after a
    // timeout, or a double submit) is recognised and answered without applying it twice.
    lastSaveId: uuid(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.step] }), check("project_steps_step_range", stepInRange(t.step))],
);

export const categories = pgTable(
  "categories",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [index("categories_project_idx").on(t.projectId, t.position)],
);

export const offeringTier = pgEnum("offering_tier", ["core", "growth", "complementary"]);

export const offerings = pgTable(
  "offerings",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    // No action (checked at statement end, unlike restrict) lets a project deletion cascade
    // through both tables; otherwise a category is only removed once no offering uses it, which the
    // step 1 save guarantees inside its transaction.
    categoryId: uuid()
      .notNull()
      .references(() => categories.id, { onDelete: "no action" }),
    name: text().notNull(),
    definition: text().notNull().default(""),
    objective: text().notNull().default(""),
    weight: smallint().notNull().default(3),
    revenueShare: smallint(),
    tier: offeringTier().notNull().default("core"),
    audience: text().notNull().default(""),
    position: integer().notNull(),
  },
  (t) => [
    index("offerings_project_idx").on(t.projectId, t.position),
    index("offerings_category_idx").on(t.categoryId),
    check("offerings_weight_range", sql`${t.weight} between 1 and 5`),
    check("offerings_revenue_share_range", sql`${t.revenueShare} is null or ${t.revenueShare} between 0 and 100`),
  ],
);

export const projectsRelations = relations(projects, ({ many }) => ({
  members: many(projectMembers),
  categories: many(categories),
  offerings: many(offerings),
}));

export const categoriesRelations = relations(categories, ({ one, many }) => ({
  project: one(projects, { fields: [categories.projectId], references: [projects.id] }),
  offerings: many(offerings),
}));

export const offeringsRelations = relations(offerings, ({ one }) => ({
  project: one(projects, { fields: [offerings.projectId], references: [projects.id] }),
  category: one(categories, { fields: [offerings.categoryId], references: [categories.id] }),
}));

export type User = typeof users.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type MemberRole = (typeof memberRole.enumValues)[number];
export type OfferingTier = (typeof offeringTier.enumValues)[number];

// ---------------------------------------------------------------------------------------
// Step 2: competitors and the target's digital profile
// ---------------------------------------------------------------------------------------

export const competitors = pgTable(
  "competitors",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text().notNull(),
    website: text().notNull().default(""),
    overlap: text().notNull().default(""),
    revenueModel: text().notNull().default(""),
    channels: text().notNull().default(""),
    notes: text().notNull().default(""),
    position: integer().notNull(),
  },
  (t) => [index("competitors_project_idx").on(t.projectId, t.position)],
);

// One row per project: these are single answers, and the lists are short tag sets.
export const digitalProfiles = pgTable("digital_profiles", {
  projectId: uuid()
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  media: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  keywords: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  needs: text().notNull().default(""),
  painPoints: text().notNull().default(""),
});

// The project's channels (social networks, a newsletter, the shop window...), entered once in
// step 2 and picked by id in steps 4 and 5. `name` holds a ready-made channel's code or the
// owner's own name (lib/wizard/channel-names.ts); names are unique per project regardless of
// case, which the step's validation checks (an index on lower(name) would refuse swapping two
// names within one upsert).
export const projectChannels = pgTable(
  "project_channels",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [index("project_channels_project_idx").on(t.projectId, t.position)],
);

// ---------------------------------------------------------------------------------------
// Branding of the downloaded plan
// ---------------------------------------------------------------------------------------

/** Raw bytes; postgres.js and PGlite both hand bytea over as a Uint8Array (a Buffer is one). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

// The logo lives in the database, not on a disk: the app runs as several stateless
// instances, and a project's copy or deletion then takes its logo with it.
export const planBranding = pgTable("plan_branding", {
  projectId: uuid()
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  logo: bytea(),
  logoType: text(),
  accentColor: text(),
  updatedAt: updatedAt(),
});

// ---------------------------------------------------------------------------------------
// Step 3: demographic and sociocultural profile
// ---------------------------------------------------------------------------------------

export const targetProfiles = pgTable(
  "target_profiles",
  {
    projectId: uuid()
      .primaryKey()
      .references(() => projects.id, { onDelete: "cascade" }),
    ageMin: smallint(),
    ageMax: smallint(),
    generations: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    genders: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    locations: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    household: text().notNull().default(""),
    occupation: text().notNull().default(""),
    economicLevel: text().notNull().default(""),
    educationLevel: text().notNull().default(""),
    languages: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    valuesAndCustoms: text().notNull().default(""),
  },
  (t) => [check("target_profiles_age_order", sql`${t.ageMin} is null or ${t.ageMax} is null or ${t.ageMin} <= ${t.ageMax}`)],
);

// ---------------------------------------------------------------------------------------
// Step 4: buyer personas, n per offering
// ---------------------------------------------------------------------------------------

export const decisionRole = pgEnum("decision_role", ["buyer", "influencer", "decision_maker", "end_user", "saboteur"]);

export const personas = pgTable(
  "personas",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    // No action: an offering with personas is only removed after the owner confirms,
    // and the save then deletes the personas explicitly.
    offeringId: uuid()
      .notNull()
      .references(() => offerings.id, { onDelete: "no action" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    ageMin: smallint(),
    ageMax: smallint(),
    gender: text().notNull().default(""),
    location: text().notNull().default(""),
    occupation: text().notNull().default(""),
    generation: text().notNull().default(""),
    goals: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    jobs: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    pains: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    gains: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    needs: text().notNull().default(""),
    motivations: text().notNull().default(""),
    ideals: text().notNull().default(""),
    // One person often plays several parts in a purchase (the child uses and pushes for the console).
    decisionRoles: decisionRole()
      .array()
      .notNull()
      .default(sql`'{buyer}'::decision_role[]`),
    needsIntermediary: boolean().notNull().default(false),
    // Ids of project_channels; an array has no foreign key, so saves lock the channels they
    // point at and a channel's removal takes its id out of these lists.
    channelIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    attractingContent: text().notNull().default(""),
    objections: text().notNull().default(""),
    // The value map and its rankings travel with the persona: they are saved, versioned and
    // removed with it, and refer to its jobs, pains and gains by their text.
    importance: jsonb().$type<ProfileImportance>().notNull().default(NO_IMPORTANCE),
    valueMap: jsonb().$type<ValueEntry[]>().notNull().default([]),
    motivationRivals: jsonb().$type<MotivationRival[]>().notNull().default([]),
    // Whether research backs the persona (issue 16). Its claims refer to jobs, pains and gains
    // by their text, like the value map, and are pruned by the same save.
    validation: jsonb().$type<PersonaValidation>().notNull().default(NO_VALIDATION),
    // The persona's customer journey: per stage of the project's list (journey_stages), what
    // happens there. Cells refer to stages by id; a stage's removal takes its cells out.
    journey: jsonb().$type<PersonaJourney>().notNull().default(NO_JOURNEY),
    // An intermediary is a second customer with its own persona, linked to the end customer's.
    intermediaryFor: uuid().references((): AnyPgColumn => personas.id, { onDelete: "set null" }),
    // Which fields a draft from the project's customer data filled (null: written by hand).
    // Counts and field names only, no customer's data, so it travels with the persona.
    fromData: jsonb().$type<PersonaFromData>(),
    // The company a persona buys for, and who else decides there (null: buys for themselves).
    b2b: jsonb().$type<PersonaB2b>(),
    position: integer().notNull(),
  },
  (t) => [
    index("personas_project_idx").on(t.projectId, t.position),
    index("personas_offering_idx").on(t.offeringId),
    check("personas_age_order", sql`${t.ageMin} is null or ${t.ageMax} is null or ${t.ageMin} <= ${t.ageMax}`),
    check("personas_decision_roles_not_empty", sql`cardinality(${t.decisionRoles}) >= 1`),
  ],
);

// ---------------------------------------------------------------------------------------
// Step 5: integration with marketing actions
// ---------------------------------------------------------------------------------------

// The stages of the project's customer journey, in order. A ready-made stage is stored as its
// code ("awareness") so it reads in each reader's language; a renamed or added one as typed.
export const journeyStages = pgTable(
  "journey_stages",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [index("journey_stages_project_idx").on(t.projectId, t.position)],
);
export const campaignKind = pgEnum("campaign_kind", ["launch", "promotion"]);
export const profileItemKind = pgEnum("profile_item_kind", PROFILE_ITEM_KINDS);

export const contentIdeas = pgTable(
  "content_ideas",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    // No action on personas everywhere below: a referenced persona cannot vanish by accident.
    personaId: uuid()
      .notNull()
      .references(() => personas.id, { onDelete: "no action" }),
    topic: text().notNull(),
    format: text().notNull().default(""),
    // One of the project's stages; a stage in use is removed only after the owner confirms,
    // and its ideas move to another stage first (db/queries/stage-links.ts).
    stageId: uuid()
      .notNull()
      .references(() => journeyStages.id, { onDelete: "no action" }),
    addresses: text().notNull().default(""),
    // Set when `addresses` is one of the persona's pains or gains; empty for older free text.
    addressesKind: profileItemKind(),
    plannedOn: date({ mode: "string" }),
    position: integer().notNull(),
  },
  (t) => [
    index("content_ideas_project_idx").on(t.projectId, t.position),
    index("content_ideas_persona_idx").on(t.personaId),
    index("content_ideas_stage_idx").on(t.stageId),
  ],
);

export const socialPlans = pgTable(
  "social_plans",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    personaId: uuid()
      .notNull()
      .references(() => personas.id, { onDelete: "no action" }),
    channelId: uuid()
      .notNull()
      .references(() => projectChannels.id, { onDelete: "no action" }),
    purpose: text().notNull().default(""),
    frequency: text().notNull().default(""),
    tone: text().notNull().default(""),
    position: integer().notNull(),
  },
  (t) => [
    index("social_plans_project_idx").on(t.projectId, t.position),
    index("social_plans_persona_idx").on(t.personaId),
    index("social_plans_channel_idx").on(t.channelId),
  ],
);

export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    offeringId: uuid()
      .notNull()
      .references(() => offerings.id, { onDelete: "no action" }),
    kind: campaignKind().notNull(),
    channelId: uuid()
      .notNull()
      .references(() => projectChannels.id, { onDelete: "no action" }),
    // Whole cents: sums of money must add up exactly in the plan and its exports.
    budgetCents: bigint({ mode: "number" }).notNull().default(0),
    currency: text().notNull().default("EUR"),
    startsOn: date({ mode: "string" }),
    endsOn: date({ mode: "string" }),
    objective: text().notNull().default(""),
    successMetric: text().notNull().default(""),
    // The pains and gains of its personas that the campaign's message answers.
    answers: jsonb().$type<ProfileAnswer[]>().notNull().default([]),
    // The journey stage the campaign serves, when the owner names one.
    stageId: uuid().references(() => journeyStages.id, { onDelete: "no action" }),
    position: integer().notNull(),
  },
  (t) => [
    index("campaigns_project_idx").on(t.projectId, t.position),
    index("campaigns_stage_idx").on(t.stageId),
    index("campaigns_offering_idx").on(t.offeringId),
    index("campaigns_channel_idx").on(t.channelId),
    check("campaigns_dates_order", sql`${t.startsOn} is null or ${t.endsOn} is null or ${t.startsOn} <= ${t.endsOn}`),
    check("campaigns_budget_positive", sql`${t.budgetCents} >= 0`),
  ],
);

export const campaignPersonas = pgTable(
  "campaign_personas",
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    personaId: uuid()
      .notNull()
      .references(() => personas.id, { onDelete: "no action" }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.personaId] }), index("campaign_personas_persona_idx").on(t.personaId)],
);

export type DecisionRole = (typeof decisionRole.enumValues)[number];
export type CampaignKind = (typeof campaignKind.enumValues)[number];

// ---------------------------------------------------------------------------------------
// Collaboration: invitations, comments and step reviews. Kept in this file because
// drizzle-kit generates migrations from one schema.
// ---------------------------------------------------------------------------------------

// Only a hash of the token is stored: a leaked database gives no working invitation links.
// A resend replaces the hash and the expiry, so an earlier link stops working.
export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    // Lower-cased, like users.email.
    email: text().notNull(),
    // The owner may let whoever holds the link join, whatever email they sign in with.
    anyEmail: boolean().notNull().default(false),
    role: memberRole().notNull(),
    tokenHash: text().notNull(),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_unique").on(t.tokenHash),
    index("invitations_project_idx").on(t.projectId),
    check("invitations_role_not_owner", sql`${t.role} <> 'owner'`),
  ],
);

export const commentTarget = pgEnum("comment_target", [
  "offering",
  "competitor",
  "persona",
  "content_idea",
  "campaign",
  "value_entry",
  "journey_stage",
]);

// A comment belongs to a step and, optionally, to one item of it. The item is not a foreign
// key on purpose: when the item is deleted, the discussion about it stays readable.
export const comments = pgTable(
  "comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    step: smallint().notNull(),
    targetKind: commentTarget(),
    targetId: uuid(),
    // Replies point at the thread's first comment; resolving applies to the thread.
    parentId: uuid().references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    // Not cascaded: removing a member from a project keeps what they wrote, under their name.
    // Null once the author deleted their account: the comment stays, from "a former member".
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("comments_project_step_idx").on(t.projectId, t.step),
    index("comments_parent_idx").on(t.parentId),
    check("comments_step_range", stepInRange(t.step)),
    check("comments_target_pair", sql`(${t.targetKind} is null) = (${t.targetId} is null)`),
  ],
);

export const reviewStatus = pgEnum("review_status", ["changes_requested", "reviewed"]);

// A mentor's verdict on one step; no row means "not reviewed yet".
export const stepReviews = pgTable(
  "step_reviews",
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    step: smallint().notNull(),
    status: reviewStatus().notNull(),
    note: text().notNull().default(""),
    reviewerId: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
    // "Done, please look again": set by the owner or an editor after changes were requested,
    // cleared when the mentor gives a new verdict, so it always answers the latest request.
    readyAt: timestamp({ withTimezone: true }),
    readyNote: text().notNull().default(""),
    readyBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.step] }), check("step_reviews_step_range", stepInRange(t.step))],
);

export const notificationKind = pgEnum("notification_kind", ["step_changed", "step_ready"]);

// What a mentor is told about a shared project: a step changed or was marked ready again.
// At most one unread row per member and step (the partial unique index): later events on
// that step update it instead of piling up, and reading it lets the next event start a new one.
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    step: smallint().notNull(),
    kind: notificationKind().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    note: text().notNull().default(""),
    // How many events this unread row stands for.
    events: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notifications_unread_unique")
      .on(t.userId, t.projectId, t.step)
      .where(sql`${t.readAt} is null`),
    index("notifications_user_idx").on(t.userId, t.updatedAt),
    check("notifications_step_range", stepInRange(t.step)),
  ],
);

export type CommentTarget = (typeof commentTarget.enumValues)[number];
// The enum and the steps' declared comment targets must name the same kinds: a kind added to a
// step without a migration of this enum fails to compile here.
type SameKinds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const commentTargetsMatch: SameKinds<CommentTarget, DeclaredCommentTarget> = true;
void commentTargetsMatch;
export type ReviewStatus = (typeof reviewStatus.enumValues)[number];
export type NotificationKind = (typeof notificationKind.enumValues)[number];

// ---------------------------------------------------------------------------------------
// Customer data (issue 16): purchase lines imported from the owner's file. Personal data:
// it stays in its project (copies leave it behind) and only owners and editors read rows.
// ---------------------------------------------------------------------------------------

export const customerImportMode = pgEnum("customer_import_mode", ["replace", "add"]);
export const customerImportStatus = pgEnum("customer_import_status", ["running", "done"]);

// An import arrives in batches, each a request that any instance may answer, so its progress
// lives here and not in a process. Only `done` imports count anywhere; a `running` one whose
// browser went away is removed by the project's next start, which the partial unique index
// makes the only running one.
export const customerImports = pgTable(
  "customer_imports",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    mode: customerImportMode().notNull(),
    status: customerImportStatus().notNull().default("running"),
    expectedLines: integer().notNull(),
    importedLines: integer().notNull().default(0),
    // The save id of the last batch stored: a batch sent again after its answer was lost is
    // recognised and answered instead of being stored twice (batches arrive one at a time).
    lastBatchId: uuid(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("customer_imports_project_idx").on(t.projectId),
    uniqueIndex("customer_imports_one_running")
      .on(t.projectId)
      .where(sql`${t.status} = 'running'`),
    check("customer_imports_file_name_length", sql`char_length(${t.fileName}) <= 200`),
    check("customer_imports_lines_range", sql`${t.expectedLines} > 0 and ${t.importedLines} between 0 and ${t.expectedLines}`),
  ],
);

export const customerPurchases = pgTable(
  "customer_purchases",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    importId: uuid()
      .notNull()
      .references(() => customerImports.id, { onDelete: "cascade" }),
    // As the file writes it: the owner recognises their own customers in the check table.
    customerId: text().notNull(),
    purchasedOn: date({ mode: "string" }).notNull(),
    // Whole cents, like campaign budgets: revenue per customer must add up exactly.
    amountCents: bigint({ mode: "number" }).notNull(),
    quantity: integer(),
    product: text(),
    channel: text(),
    city: text(),
    gender: text(),
    company: text(),
    age: smallint(),
    // Other mapped columns by their header.
    extra: jsonb().$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [
    index("customer_purchases_project_customer_idx").on(t.projectId, t.customerId),
    // Removing an import (cancel, replace) deletes its lines through this foreign key.
    index("customer_purchases_import_idx").on(t.importId),
    check("customer_purchases_amount_positive", sql`${t.amountCents} > 0`),
  ],
);

// The owner's estimate of what a segment could become (its strategic value), kept beside its
// current value, which the lines give. The segment is not checked against a list here, so the
// scoring's list can grow without a migration; the action's schema names the known ones.
export const customerSegmentValues = pgTable(
  "customer_segment_values",
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    segment: text().notNull(),
    potential: smallint(),
    note: text().notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.segment] }),
    check("customer_segment_values_potential_range", sql`${t.potential} is null or ${t.potential} between 1 and 5`),
  ],
);

export type CustomerImportMode = (typeof customerImportMode.enumValues)[number];
export type CustomerImportStatus = (typeof customerImportStatus.enumValues)[number];

// ---------------------------------------------------------------------------------------
// Issue 17: the coach's dismissed findings, saved versions of the plan, read-only links.

// A coach finding the team chose to set aside, with why: the coach stops counting it and a
// mentor still reads it. `subject` names what the finding is about (a persona's id, a
// campaign's id) or is "" for the whole project, so a dismissal follows that one item.
export const coachDismissals = pgTable(
  "coach_dismissals",
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    rule: text().notNull(),
    subject: text().notNull().default(""),
    reason: text().notNull(),
    dismissedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.rule, t.subject] })],
);

// A named copy of the plan as it stood: the rows every step holds (db/queries/plan-overview.ts's
// PlanSnapshot) as JSON, in no reader's language, so it reads back in Spanish or English.
// `format` says which shape of snapshot it is, for readers after the tables change.
export const planVersions = pgTable(
  "plan_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    // 1, 2, 3… per project, so "version 3" means the same thing to the whole team.
    number: integer().notNull(),
    name: text().notNull(),
    format: smallint().notNull().default(1),
    snapshot: jsonb().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    // A mentor's verdict on this version, like a step review but frozen with what it judged.
    reviewStatus: reviewStatus(),
    reviewNote: text().notNull().default(""),
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("plan_versions_project_number_unique").on(t.projectId, t.number)],
);

// A link that shows the plan to someone without an account. Only a hash of the token is
// stored, as for invitations; revoking or expiry ends it, and the page it opens writes nothing.
export const shareLinks = pgTable(
  "share_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    // Who it is for ("Client: Ana"), so the members page can say which link is which.
    label: text().notNull().default(""),
    tokenHash: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    lastOpenedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("share_links_token_hash_unique").on(t.tokenHash), index("share_links_project_idx").on(t.projectId)],
);

// ---------------------------------------------------------------------------------------
// Issue 18: resetting a forgotten password and changing the email address, by emailed link.

// Like invitations, only a hash of the token is kept; a link works once (usedAt) and only
// until expiresAt. Asking again leaves earlier links valid until they expire or one is used,
// at which point the others of that user are used up too (the query does it).
export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("password_resets_token_hash_unique").on(t.tokenHash), index("password_resets_user_idx").on(t.userId)],
);

// A new address is confirmed from that address before it replaces the old one.
export const emailChanges = pgTable(
  "email_changes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Lower-cased, like users.email.
    newEmail: text().notNull(),
    tokenHash: text().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("email_changes_token_hash_unique").on(t.tokenHash), index("email_changes_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------------------
// Issue 18: rendered downloads, so that a plan nobody changed is not rendered again.

// A rendered PDF or DOCX, kept in the database because the app runs as several stateless
// instances. `key` digests everything the file depends on (lib/export/export-cache-key.ts),
// so a change to the plan, its team or the renderer asks for a new row and old ones are
// never served; db/queries/export-cache.ts prunes them by last use.
export const exportCache = pgTable(
  "export_cache",
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    key: text().notNull(),
    format: text().notNull(),
    bytes: bytea().notNull(),
    size: integer().notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.key] }), index("export_cache_last_used_idx").on(t.lastUsedAt)],
);
