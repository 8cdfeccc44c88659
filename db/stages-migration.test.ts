import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateAround, rawRows } from "@/lib/testing/migrate-around";
import type { Connection } from "./connect";

// The data step of 0014_stages_for_content: content ideas leave the old stage enum for their
// project's own stages. PGlite only: it needs a database of its own.
const GUITARS = "00000000-0000-4000-8000-000000000001";
const CLINIC = "00000000-0000-4000-8000-000000000002";
const CATEGORY = (n: number) => `00000000-0000-4000-8000-0000000000c${n}`;
const OFFERING = (n: number) => `00000000-0000-4000-8000-0000000000a${n}`;
const PERSONA = (n: number) => `00000000-0000-4000-8000-0000000000b${n}`;
const idea = (n: number) => `00000000-0000-4000-8000-0000000000d${n}`;

async function seedBeforeStages(connection: Connection) {
  const run = (query: string) => connection.db.execute(sql.raw(query));
  // 0013 gave both projects the five stages; the clinic's "decision" was since renamed.
  await run(`insert into projects (id, name) values ('${GUITARS}', 'Guitarras'), ('${CLINIC}', 'Clínica')`);
  await run(`insert into journey_stages (project_id, name, position)
    select p.id, s.name, s.position from projects p
    cross join (values ('awareness', 0), ('consideration', 1), ('decision', 2), ('retention', 3), ('advocacy', 4)) as s(name, position)`);
  await run(`update journey_stages set name = 'Primera cita' where project_id = '${CLINIC}' and name = 'decision'`);
  for (const [n, project] of [
    [1, GUITARS],
    [2, CLINIC],
  ] as const) {
    await run(`insert into categories (id, project_id, name, position) values ('${CATEGORY(n)}', '${project}', 'C', 0)`);
    await run(
      `insert into offerings (id, project_id, category_id, name, position) values ('${OFFERING(n)}', '${project}', '${CATEGORY(n)}', 'O', 0)`,
    );
    await run(
      `insert into personas (id, project_id, offering_id, name, position) values ('${PERSONA(n)}', '${project}', '${OFFERING(n)}', 'P', 0)`,
    );
  }
  await run(
    `insert into content_ideas (id, project_id, persona_id, topic, stage, position) values
     ('${idea(1)}', '${GUITARS}', '${PERSONA(1)}', 'Guía', 'awareness', 0),
     ('${idea(2)}', '${GUITARS}', '${PERSONA(1)}', 'Vídeo', 'advocacy', 1),
     ('${idea(3)}', '${CLINIC}', '${PERSONA(2)}', 'Post', 'consideration', 0),
     ('${idea(4)}', '${CLINIC}', '${PERSONA(2)}', 'Nota', 'decision', 1)`,
  );
}

describe("migration 0014 data step: content ideas on the project's stages", () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await migrateAround("0014_stages_for_content", seedBeforeStages);
  });

  afterAll(async () => connection?.close());

  it("points each idea at its own project's stage named by the old code", async () => {
    const rows = await rawRows<{ id: string; project_id: string; stage_project: string; name: string }>(
      connection,
      `select c.id, c.project_id, s.project_id as stage_project, s.name
       from content_ideas c join journey_stages s on s.id = c.stage_id order by c.id`,
    );
    expect(rows).toEqual([
      { id: idea(1), project_id: GUITARS, stage_project: GUITARS, name: "awareness" },
      { id: idea(2), project_id: GUITARS, stage_project: GUITARS, name: "advocacy" },
      { id: idea(3), project_id: CLINIC, stage_project: CLINIC, name: "consideration" },
      { id: idea(4), project_id: CLINIC, stage_project: CLINIC, name: "decision" },
    ]);
  });

  it("gives a stage back, at the end, to a project whose list had lost it, and touches no other list", async () => {
    const rows = await rawRows<{ project_id: string; name: string; position: number }>(
      connection,
      "select project_id, name, position from journey_stages order by project_id, position",
    );
    const names = (project: string) => rows.filter((r) => r.project_id === project).map((r) => [r.name, r.position]);
    expect(names(GUITARS)).toEqual([
      ["awareness", 0],
      ["consideration", 1],
      ["decision", 2],
      ["retention", 3],
      ["advocacy", 4],
    ]);
    expect(names(CLINIC)).toEqual([
      ["awareness", 0],
      ["consideration", 1],
      ["Primera cita", 2],
      ["retention", 3],
      ["advocacy", 4],
      ["decision", 5],
    ]);
  });

  it("drops the old column and its enum type, and lets comments name a stage", async () => {
    const columns = await rawRows<{ column_name: string }>(
      connection,
      "select column_name from information_schema.columns where table_name = 'content_ideas' and column_name like 'stage%'",
    );
    expect(columns).toEqual([{ column_name: "stage_id" }]);
    const types = await rawRows<{ n: number }>(connection, "select count(*)::int as n from pg_type where typname = 'journey_stage'");
    expect(types).toEqual([{ n: 0 }]);
    const targets = await rawRows<{ v: string }>(connection, "select unnest(enum_range(null::comment_target))::text as v");
    expect(targets.map((t) => t.v)).toContain("journey_stage");
  });
});
