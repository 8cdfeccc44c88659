import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateAround, rawRows } from "@/lib/testing/migrate-around";
import type { Connection } from "./connect";

// The data step of 0013_journey: existing projects get the five ready-made stages.
// PGlite only: it needs a database of its own.
const PROJECTS = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];

async function seedTwoProjects(connection: Connection) {
  await connection.db.execute(
    sql.raw(`insert into projects (id, name) values ('${PROJECTS[0]}', 'Guitarras'), ('${PROJECTS[1]}', 'Clínica')`),
  );
}

describe("migration 0013 data step: the ready-made journey stages", () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await migrateAround("0013_journey", seedTwoProjects);
  });

  afterAll(async () => connection?.close());

  it("gives every existing project the five stages, by code and in order", async () => {
    const rows = await rawRows<{ project_id: string; name: string; position: number }>(
      connection,
      "select project_id, name, position from journey_stages order by project_id, position",
    );
    const names = ["awareness", "consideration", "decision", "retention", "advocacy"];
    expect(rows).toEqual(PROJECTS.flatMap((projectId) => names.map((name, position) => ({ project_id: projectId, name, position }))));
  });
});
