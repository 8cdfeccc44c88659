import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateAround, rawRows } from "@/lib/testing/migrate-around";
import type { Connection } from "./connect";

// The data step of 0008_project_channels, run on rows written the old way: the migrations before it
// first, old-style rows, then the rest. PGlite only: it needs a database of its own.
const PROJECT = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";
const CATEGORY = "00000000-0000-4000-8000-0000000000c1";
const OTHER_CATEGORY = "00000000-0000-4000-8000-0000000000c2";
const OFFERING = "00000000-0000-4000-8000-0000000000a1";
const PERSONA_A = "00000000-0000-4000-8000-0000000000b1";
const PERSONA_B = "00000000-0000-4000-8000-0000000000b2";
const OTHER_OFFERING = "00000000-0000-4000-8000-0000000000a2";
const OTHER_PERSONA = "00000000-0000-4000-8000-0000000000b3";

async function seedOldStyle(connection: Connection) {
  const run = (query: string) => connection.db.execute(sql.raw(query));
  await run(`insert into projects (id, name) values ('${PROJECT}', 'Guitar shop'), ('${OTHER}', 'Bakery')`);
  await run(`insert into categories (id, project_id, name, position) values
    ('${CATEGORY}', '${PROJECT}', 'Services', 0), ('${OTHER_CATEGORY}', '${OTHER}', 'Food', 0)`);
  await run(`insert into offerings (id, project_id, category_id, name, position) values
    ('${OFFERING}', '${PROJECT}', '${CATEGORY}', 'Repairs', 0), ('${OTHER_OFFERING}', '${OTHER}', '${OTHER_CATEGORY}', 'Bread', 0)`);
  await run(`insert into digital_profiles (project_id, social_networks) values ('${PROJECT}', '{instagram,youtube,Mastodon}')`);
  await run(`insert into personas (id, project_id, offering_id, name, channels, position) values
    ('${PERSONA_A}', '${PROJECT}', '${OFFERING}', 'Lucía', '{"Instagram","  Newsletter ","Foro de luthiers","instagram"}', 0),
    ('${PERSONA_B}', '${PROJECT}', '${OFFERING}', 'Mario', '{}', 1),
    ('${OTHER_PERSONA}', '${OTHER}', '${OTHER_OFFERING}', 'Ana', '{"Instagram"}', 0)`);
  await run(`insert into social_plans (project_id, persona_id, network, position) values
    ('${PROJECT}', '${PERSONA_A}', 'YouTube', 0), ('${PROJECT}', '${PERSONA_B}', 'mastodon', 1)`);
  await run(`insert into campaigns (project_id, offering_id, kind, channel, position) values
    ('${PROJECT}', '${OFFERING}', 'launch', 'Instagram Ads en Madrid', 0),
    ('${PROJECT}', '${OFFERING}', 'promotion', 'instagram ads en madrid ', 1),
    ('${PROJECT}', '${OFFERING}', 'promotion', 'Radio local', 2)`);
}

const rows = rawRows;

describe("migration 0006 data step: channels entered once", () => {
  let connection: Connection;
  let names: (id: string) => string;

  beforeAll(async () => {
    connection = await migrateAround("0008_project_channels", seedOldStyle);
    const all = await rows<{ id: string; name: string }>(connection, "select id, name from project_channels");
    names = (id) => all.find((c) => c.id === id)?.name ?? `missing ${id}`;
  });

  afterAll(async () => connection?.close());

  it("creates each project's channels once, case aside, profile first and codes folded", async () => {
    const channels = await rows<{ name: string; position: number }>(
      connection,
      `select name, position from project_channels where project_id = '${PROJECT}' order by position`,
    );
    expect(channels.map((c) => c.name)).toEqual([
      "instagram",
      "youtube",
      "Mastodon",
      "newsletter",
      "Foro de luthiers",
      "Instagram Ads en Madrid",
      "Radio local",
    ]);
    expect(channels.map((c) => c.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const other = await rows<{ name: string }>(connection, `select name from project_channels where project_id = '${OTHER}'`);
    expect(other.map((c) => c.name)).toEqual(["instagram"]);
  });

  it("points personas, social plans and campaigns at their project's channels", async () => {
    const personas = await rows<{ id: string; channel_ids: string[] }>(connection, "select id, channel_ids from personas order by id");
    const byId = new Map(personas.map((p) => [p.id, p.channel_ids.map(names)]));
    expect(byId.get(PERSONA_A)).toEqual(["instagram", "newsletter", "Foro de luthiers"]);
    expect(byId.get(PERSONA_B)).toEqual([]);
    expect(byId.get(OTHER_PERSONA)).toEqual(["instagram"]);
    const otherChannel = await rows<{ project_id: string }>(
      connection,
      `select pc.project_id from personas p join project_channels pc on pc.id = any(p.channel_ids) where p.id = '${OTHER_PERSONA}'`,
    );
    expect(otherChannel).toEqual([{ project_id: OTHER }]);

    const plans = await rows<{ channel_id: string }>(connection, "select channel_id from social_plans order by position");
    expect(plans.map((p) => names(p.channel_id))).toEqual(["youtube", "Mastodon"]);
    const campaigns = await rows<{ channel_id: string }>(connection, "select channel_id from campaigns order by position");
    expect(campaigns.map((c) => names(c.channel_id))).toEqual(["Instagram Ads en Madrid", "Instagram Ads en Madrid", "Radio local"]);
  });

  it("drops the typed columns", async () => {
    const columns = await rows<{ table_name: string; column_name: string }>(
      connection,
      `select table_name, column_name from information_schema.columns
       where (table_name, column_name) in (('digital_profiles', 'social_networks'), ('personas', 'channels'),
         ('social_plans', 'network'), ('campaigns', 'channel'))`,
    );
    expect(columns).toEqual([]);
  });
});
