import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateAround, rawRows } from "@/lib/testing/migrate-around";
import type { Connection } from "./connect";

// The data step of 0010_decision_roles, run on personas saved with one role each.
// PGlite only: it needs a database of its own.
const PROJECT = "00000000-0000-4000-8000-000000000001";
const CATEGORY = "00000000-0000-4000-8000-0000000000c1";
const OFFERING = "00000000-0000-4000-8000-0000000000a1";
const OLD_ROLES = { "00000000-0000-4000-8000-0000000000b1": "end_user", "00000000-0000-4000-8000-0000000000b2": "saboteur" };

async function seedOneRoleEach(connection: Connection) {
  const run = (query: string) => connection.db.execute(sql.raw(query));
  await run(`insert into projects (id, name) values ('${PROJECT}', 'Consolas')`);
  await run(`insert into categories (id, project_id, name, position) values ('${CATEGORY}', '${PROJECT}', 'Ocio', 0)`);
  await run(
    `insert into offerings (id, project_id, category_id, name, position) values ('${OFFERING}', '${PROJECT}', '${CATEGORY}', 'Consola', 0)`,
  );
  const values = Object.entries(OLD_ROLES).map(([id, role], i) => `('${id}', '${PROJECT}', '${OFFERING}', 'P${i}', '${role}', ${i})`);
  await run(`insert into personas (id, project_id, offering_id, name, decision_role, position) values ${values.join(", ")}`);
}

describe("migration 0010 data step: several buying-decision roles", () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await migrateAround("0010_decision_roles", seedOneRoleEach);
  });

  afterAll(async () => connection?.close());

  it("turns each persona's old single role into a one-item list", async () => {
    const personas = await rawRows<{ id: string; decision_roles: string[] | string }>(
      connection,
      "select id, decision_roles::text[] as decision_roles from personas order by position",
    );
    expect(Object.fromEntries(personas.map((p) => [p.id, p.decision_roles]))).toEqual({
      "00000000-0000-4000-8000-0000000000b1": ["end_user"],
      "00000000-0000-4000-8000-0000000000b2": ["saboteur"],
    });
  });

  it("drops the single-role column and refuses an empty list", async () => {
    const columns = await rawRows<{ column_name: string }>(
      connection,
      "select column_name from information_schema.columns where table_name = 'personas' and column_name like 'decision_role%'",
    );
    expect(columns.map((c) => c.column_name)).toEqual(["decision_roles"]);
    await expect(
      connection.db.execute(sql.raw("update personas set decision_roles = '{}' where id = '00000000-0000-4000-8000-0000000000b1'")),
    ).rejects.toThrow();
  });
});
