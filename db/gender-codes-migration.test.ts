import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { createProject } from "./queries/projects";
import { targetProfiles } from "./schema";

// The data step of 0006_gender_codes, run again on rows written the old way: it is idempotent,
// so applying it to a migrated database is the same as applying it once to an old one.
const dataStep = readFileSync(new URL("./migrations/0006_gender_codes.sql", import.meta.url), "utf8");

describeEachDatabase("migration 0006: gender choices become codes", (getConnection) => {
  it("turns stored Spanish and English choices into codes, once each, and keeps typed entries", async () => {
    const { db } = getConnection();
    const owner = await createTestUser(db);
    const ids: string[] = [];
    for (const genders of [
      ["Todos los géneros", "Personas de dos espíritus"],
      ["Women", "Mujeres", " men ", "Non-binary people"],
      ["allGenders"],
      [],
    ]) {
      const id = await createProject({ actor: { id: owner.id }, details: { name: "Taller", description: "" } });
      await db.insert(targetProfiles).values({ projectId: id, genders });
      ids.push(id);
    }
    await db.execute(sql.raw(dataStep));
    await db.execute(sql.raw(dataStep));
    const read = async (id: string) =>
      (await db.select({ genders: targetProfiles.genders }).from(targetProfiles).where(eq(targetProfiles.projectId, id)))[0]!.genders;
    expect(await read(ids[0]!)).toEqual(["allGenders", "Personas de dos espíritus"]);
    expect(await read(ids[1]!)).toEqual(["women", "men", "nonBinary"]);
    expect(await read(ids[2]!)).toEqual(["allGenders"]);
    expect(await read(ids[3]!)).toEqual([]);
  });
});
