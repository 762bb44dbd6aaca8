import { afterAll, describe, expect, it } from "vitest";
import { Database } from "../../src/database/database.js";
import { migrate } from "../../src/database/migrate.js";
import { warmPageCache } from "../../src/database/warm-up.js";
import { ParleyError } from "../../src/errors.js";
import { testDatabase, uniquePrefix } from "../support/db.js";

const db = testDatabase();
afterAll(() => db.close());

describe("Database against a real Neo4j", () => {
  it("verifies a supported server version", async () => {
    const info = await db.verify();
    expect(info.version).toMatch(/^(5\.(2[6-9]|[3-9]\d)|20\d\d)\./);
  });

  it("has the APOC functions @neo4j/graphql needs", async () => {
    const rows = await db.read({ name: "test/apoc", text: "RETURN apoc.date.convertFormat('2024-07-21', 'iso_local_date', 'yyyy-MM') AS month" });
    expect(rows[0]!["month"]).toBe("2024-07");
    const procs = await db.read({ name: "test/apoc-validate", text: "SHOW FUNCTIONS YIELD name WHERE name = 'apoc.util.validatePredicate' RETURN count(*) AS n" });
    expect(procs[0]!["n"]).toBe(1);
  });

  it("migrates idempotently: a second run changes no constraint or index", async () => {
    const list = { name: "test/schema", text: "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS c" };
    const before = (await db.read(list))[0]!["c"] as string[];
    await migrate(db);
    const after = (await db.read(list))[0]!["c"] as string[];
    expect([...after].sort()).toEqual([...before].sort());
    expect(after).toEqual(expect.arrayContaining(["actor_id", "meeting_id", "article_id", "evidence_id"]));
    const ft = await db.read({ name: "test/ft", text: "SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state" });
    expect(ft).toContainEqual({ name: "name_search", state: "ONLINE" });
  });

  it("warms the page cache by reading every node and relationship of the graph", async () => {
    const prefix = uniquePrefix("warm");
    await db.write({ name: "test/warm-seed", text: "CREATE (:Actor {id: $p + 'a'})-[:ATTENDED]->(:Meeting {id: $p + 'm'})<-[:ATTENDED]-(:Actor {id: $p + 'b'})" }, { p: prefix });
    try {
      const counts = { name: "test/counts", text: "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships" };
      const [before] = await db.read<{ nodes: number; relationships: number }>(counts);
      const warm = await warmPageCache(db);
      const [after] = await db.read<{ nodes: number; relationships: number }>(counts);
      // Other test files write concurrently: the scan saw a count between the two readings.
      expect(warm.nodes).toBeGreaterThanOrEqual(Math.min(before!.nodes, after!.nodes));
      expect(warm.nodes).toBeLessThanOrEqual(Math.max(before!.nodes, after!.nodes));
      expect(warm.relationships).toBeGreaterThanOrEqual(Math.min(before!.relationships, after!.relationships));
      expect(warm.relationships).toBeLessThanOrEqual(Math.max(before!.relationships, after!.relationships));
      expect(warm.relationships).toBeGreaterThanOrEqual(2);
    } finally {
      await db.write({ name: "test/warm-cleanup", text: "MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n" }, { p: prefix });
    }
  });

  it("rejects a duplicate actor id through the uniqueness constraint", async () => {
    const id = `${uniquePrefix("dup")}actor`;
    const create = { name: "test/create", text: "CREATE (:Actor {id: $id, name: 'X', aliases: []})" };
    try {
      await db.write(create, { id });
      await expect(db.write(create, { id })).rejects.toThrow(ParleyError);
    } finally {
      await db.write({ name: "test/cleanup", text: "MATCH (a:Actor {id: $id}) DETACH DELETE a" }, { id });
    }
  });

  it("runs a write transaction all or nothing", async () => {
    const id = `${uniquePrefix("tx")}actor`;
    await expect(
      db.writeTransaction("test tx", async (tx) => {
        await tx.run({ name: "test/create", text: "CREATE (:Actor {id: $id, name: 'Y', aliases: []})" }, { id });
        await tx.run({ name: "test/boom", text: "RETURN 1/0" });
      }),
    ).rejects.toThrow(ParleyError);
    const rows = await db.read({ name: "test/count", text: "MATCH (a:Actor {id: $id}) RETURN count(a) AS n" }, { id });
    expect(rows[0]!["n"]).toBe(0);
  });

  it("reports an unreachable server as DATABASE_UNAVAILABLE with what to do", async () => {
    const dead = Database.open({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x", database: undefined });
    try {
      const err = await dead.verify().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ParleyError);
      expect((err as ParleyError).code).toBe("DATABASE_UNAVAILABLE");
      expect((err as ParleyError).message).toMatch(/NEO4J_URI|parley db status/);
      expect(await dead.ping()).toMatchObject({ ok: false });
    } finally {
      await dead.close();
    }
  });
});
