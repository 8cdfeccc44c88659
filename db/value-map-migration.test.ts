import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateAround, rawRows } from "@/lib/testing/migrate-around";
import type { Connection } from "./connect";

// The data steps of 0011_value_map, run on a project saved before the value map existed.
// PGlite only: it needs a database of its own.
const PROJECT = "00000000-0000-4000-8000-000000000001";
const CATEGORY = "00000000-0000-4000-8000-0000000000c1";
const OFFERING = "00000000-0000-4000-8000-0000000000a1";
const FULL = "00000000-0000-4000-8000-0000000000b1";
const NAME_ONLY = "00000000-0000-4000-8000-0000000000b2";
const idea = (n: number) => `00000000-0000-4000-8000-0000000000d${n}`;

async function seedBeforeValueMap(connection: Connection) {
  const run = (query: string) => connection.db.execute(sql.raw(query));
  await run(`insert into projects (id, name) values ('${PROJECT}', 'Guitarras')`);
  await run(`insert into categories (id, project_id, name, position) values ('${CATEGORY}', '${PROJECT}', 'Tienda', 0)`);
  await run(
    `insert into offerings (id, project_id, category_id, name, position) values ('${OFFERING}', '${PROJECT}', '${CATEGORY}', 'Guitarra', 0)`,
  );
  await run(
    `insert into personas (id, project_id, offering_id, name, jobs, pains, gains, needs, motivations, ideals, position) values
     ('${FULL}', '${PROJECT}', '${OFFERING}', 'Lucía', '{Aprender}', '{"Miedo a equivocarse"}', '{"Sonar bien pronto"}', 'Precio', 'Tacto', 'Artista', 0),
     ('${NAME_ONLY}', '${PROJECT}', '${OFFERING}', 'Solo nombre', '{}', '{}', '{}', '', '', '', 1)`,
  );
  await run(
    `insert into content_ideas (id, project_id, persona_id, topic, stage, addresses, position) values
     ('${idea(1)}', '${PROJECT}', '${FULL}', 'Guía', 'awareness', '  miedo a EQUIVOCARSE ', 0),
     ('${idea(2)}', '${PROJECT}', '${FULL}', 'Vídeo', 'consideration', 'sonar bien pronto', 1),
     ('${idea(3)}', '${PROJECT}', '${FULL}', 'Post', 'decision', 'La duda del precio', 2),
     ('${idea(4)}', '${PROJECT}', '${FULL}', 'Nota', 'retention', '', 3)`,
  );
  // Step 4 as the old rule left it: complete, although one persona has only a name.
  await run(
    `insert into project_steps (project_id, step, version, completed, missing) values ('${PROJECT}', 4, 3, true, '[]'), ('${PROJECT}', 5, 1, true, '[]')`,
  );
}

describe("migration 0011 data steps: links for content ideas, step 4 completion", () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await migrateAround("0011_value_map", seedBeforeValueMap);
  });

  afterAll(async () => connection?.close());

  it("links an idea whose text names a pain or a gain, spelt as the persona spells it", async () => {
    const ideas = await rawRows<{ id: string; addresses: string; addresses_kind: string | null }>(
      connection,
      "select id, addresses, addresses_kind::text from content_ideas order by position",
    );
    expect(ideas).toEqual([
      { id: idea(1), addresses: "Miedo a equivocarse", addresses_kind: "pain" },
      { id: idea(2), addresses: "Sonar bien pronto", addresses_kind: "gain" },
      { id: idea(3), addresses: "La duda del precio", addresses_kind: null },
      { id: idea(4), addresses: "", addresses_kind: null },
    ]);
  });

  it("marks step 4 incomplete and names the persona that has only a name, leaving other steps alone", async () => {
    const steps = await rawRows<{ step: number; completed: boolean; version: number; missing: unknown }>(
      connection,
      "select step, completed, version, missing from project_steps order by step",
    );
    expect(steps).toEqual([
      {
        step: 4,
        completed: false,
        version: 3,
        missing: [
          { code: "personaWithoutProfile", name: "Solo nombre" },
          { code: "personaWithoutMin", name: "Solo nombre" },
        ],
      },
      { step: 5, completed: true, version: 1, missing: [] },
    ]);
  });

  it("gives every persona an empty value map and ranking", async () => {
    const personas = await rawRows<{ value_map: unknown; importance: unknown; intermediary_for: string | null }>(
      connection,
      "select value_map, importance, intermediary_for from personas order by position",
    );
    expect(personas[0]).toEqual({ value_map: [], importance: { jobs: {}, pains: {}, gains: {} }, intermediary_for: null });
  });
});
