import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../../src/database/database.js";
import { startLocalNeo4j, type LocalNeo4jServer } from "../../src/database/local-neo4j.js";
import { migrate } from "../../src/database/migrate.js";
import { ingest } from "../../src/ingest/ingest.js";
import { importGraph } from "../../src/load/bulk.js";
import { BulkGraph } from "../../src/load/bulk-tables.js";
import { DEFAULT_MAX_BYTES } from "../../src/read/read-sources.js";
import { testDatabase } from "../support/db.js";
import { SEEDS_DIR, ingestSeeds } from "../support/seeds.js";

const ROOT = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

/**
 * Every node and relationship the seed articles brought, with labels and all properties, as sorted strings.
 * The shared test database also holds other tests' data, so this starts from the seed articles (their sources are
 * the file names, relative to the folder ingested).
 */
async function seedGraph(db: Database): Promise<string[]> {
  const rows = await db.read<{ line: string }>({
    name: "test/seed-graph",
    text: `MATCH (art:Article) WHERE art.source IN $seeds
           OPTIONAL MATCH (art)<-[:IN_ARTICLE]-(e:Evidence)
           OPTIONAL MATCH (e)<-[:EVIDENCED_BY]-(n)
           OPTIONAL MATCH (n)-[:HELD_IN]->(p:Place)
           WITH collect(DISTINCT art) + collect(DISTINCT e) + collect(DISTINCT n) + collect(DISTINCT p) AS nodes
           UNWIND nodes AS x
           WITH nodes, x
           OPTIONAL MATCH (x)-[r]->(y) WHERE y IN nodes
           WITH x, collect(r) AS rels
           WITH [labels(x)[0] + ' ' + reduce(s = '', k IN apoc.coll.sort(keys(x)) | s + k + ':' + valueType(x[k]) + '=' + apoc.convert.toJson(x[k]) + ' ')] +
                [r IN rels | type(r) + ' ' + startNode(r).id + '->' + endNode(r).id + ' ' +
                             reduce(s = '', k IN apoc.coll.sort(keys(r)) | s + k + ':' + valueType(r[k]) + '=' + apoc.convert.toJson(r[k]) + ' ')] AS lines
           UNWIND lines AS line
           RETURN DISTINCT line`,
  }, { seeds: readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")) });
  return rows.map((r) => r.line).sort();
}

describe("the bulk load (neo4j-admin database import)", () => {
  const db = testDatabase();
  let dir = "";
  let server: LocalNeo4jServer | undefined;
  let bulkDb: Database | undefined;

  beforeAll(async () => {
    await ingestSeeds(db);
    // The same articles through the same reading, extraction and planning, folded and imported into an
    // empty store of its own.
    const graph = new BulkGraph();
    await ingest(null, { inputs: [SEEDS_DIR], maxBytes: DEFAULT_MAX_BYTES, batchSize: Number.MAX_SAFE_INTEGER, dryRun: true, onPlan: (p) => graph.add(p) });
    dir = await mkdtemp(join(tmpdir(), "parley-bulk-"));
    await importGraph(graph, { dataDir: dir, replace: false }, ROOT);
    server = await startLocalNeo4j({ projectRoot: ROOT, dataDir: dir, boltPort: 0 });
    bulkDb = Database.open({ uri: server.uri, user: "neo4j", password: "password", database: undefined });
    await migrate(bulkDb);
  }, 600_000);

  afterAll(async () => {
    await bulkDb?.close();
    await server?.stop();
    await db.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("makes the graph the transactional load makes of the seeds: same ids, labels, relationships and properties", async () => {
    const transactional = await seedGraph(db);
    expect(transactional.length).toBeGreaterThan(50);
    expect(transactional.some((l) => l.startsWith("MET_WITH "))).toBe(true);
    expect(await seedGraph(bulkDb!)).toEqual(transactional);
  });
});
