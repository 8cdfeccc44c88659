import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

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
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

// Failed sign-in counters live in the database so that every instance sees the same
// counts: one row per "email:<address>" or "ip:<address>" key.
export const authThrottle = pgTable("auth_throttle", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});

export const projects = pgTable("projects", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  description: text().notNull().default(""),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

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
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.step] }), check("project_steps_step_range", sql`${t.step} between 1 and 5`)],
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
