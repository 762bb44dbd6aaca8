import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { Database } from "../../src/database/database.js";
import { migrate } from "../../src/database/migrate.js";
import { provideDatabase, type ProvidedDatabase } from "../../src/database/provision.js";
import { ingest } from "../../src/ingest/ingest.js";
import { ALL_KEPT_UP_TO, NEWEST_KEPT } from "../../src/load/co-attendance-rows.js";
import { DEFAULT_MAX_BYTES } from "../../src/read/read-sources.js";

// The corpus: the seeds and the synthetic dev set, one file per article.
const dir = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const files = [dir("../../seeds/"), dir("../extract/dev/")].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => `${d}${f}`),
);

// This test empties its database between loads, so it has one of its own rather than the shared test
// database (whose seed graph other tests read meanwhile). With NEO4J_URI set, that database is used as is.
// One article a transaction is slow on a busy 2-core machine: each load has four minutes.
const LOAD_MS = 240_000;
const root = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");
let provided: ProvidedDatabase | null = null;
let db: Database;

beforeAll(async () => {
  const config = loadConfig({ PARLEY_DATA_DIR: `${root}/.parley/test-neo4j-identity`, PARLEY_DB_PROVIDER: "local", ...process.env }, root);
  provided = await provideDatabase(config.neo4j, { projectRoot: root, boltPort: 0, javaOpts: ["-Xmx512m"] });
  db = Database.open(provided.connection);
  await migrate(db);
}, LOAD_MS);
afterAll(async () => {
  await db?.close();
  await provided?.stop();
});

const q = (text: string) => db.read({ name: "test/identity", text });

async function wipe(): Promise<void> {
  await db.write({ name: "test/wipe", text: "MATCH (n) DETACH DELETE n" });
}

/** Everything the graph holds, as sorted lines: every node's label and id, every relationship's type and ends. */
async function fingerprint(): Promise<{ counts: Record<string, number>; lines: string[] }> {
  const nodes = await q("MATCH (n) RETURN labels(n)[0] AS label, n.id AS id, coalesce(n.name, n.date, '') AS detail");
  const rels = await q("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b");
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const n of nodes) {
    const label = n["label"] as string;
    counts[label] = (counts[label] ?? 0) + 1;
    lines.push(`${label} ${n["id"]} ${n["detail"]}`);
  }
  for (const r of rels) {
    const type = r["type"] as string;
    counts[type] = (counts[type] ?? 0) + 1;
    lines.push(`${type} ${r["a"]} -> ${r["b"]}`);
  }
  return { counts, lines: lines.sort() };
}

/**
 * Pairs whose co-attendance relationship differs from what their shared meetings say (count, first start,
 * last end, kinds, the ids of all its meetings or the newest, in order), relationships left between actors who share none,
 * actors whose tier is not their meetings' and relationships pointing the wrong way: the load keeps MET_WITH up by
 * addition for new meetings and by recomputation otherwise, and both must agree with ATTENDED.
 */
async function coAttendanceMismatches(): Promise<string[]> {
  const wrong = await q(`
    MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor) WHERE a.id < b.id
    WITH a, b, count(DISTINCT m) AS count, min(m.dateFrom) AS first, max(m.dateTo) AS last, apoc.coll.sort(collect(DISTINCT m.kind)) AS kinds
    WITH a, b, count, first, last, kinds, COLLECT {
      MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b) WITH DISTINCT m
      RETURN m.id ORDER BY m.dateFrom DESC, m.id
    } AS shared
    WITH a, b, count, first, last, kinds, CASE WHEN count <= ${ALL_KEPT_UP_TO} THEN shared ELSE shared[0..${NEWEST_KEPT}] END AS newest
    OPTIONAL MATCH (a)-[c:MET_WITH]-(b)
    WITH a.id + ' ' + b.id AS pair, apoc.convert.toJson([count, toString(first), toString(last), kinds, newest]) AS want,
         apoc.convert.toJson([c.count, toString(c.first), toString(c.last), c.kinds, c.newest]) AS have
    WHERE want <> have
    RETURN pair + ' has ' + have + ', meetings say ' + want AS line`);
  const orphans = await q(`
    MATCH (a:Actor)-[:MET_WITH]->(b:Actor) WHERE NOT EXISTS { (a)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(b) }
    RETURN a.id + ' ' + b.id + ' share no meeting' AS line`);
  // Each actor's tier from its meetings, and each relationship from the lower tier (then the lower id).
  const tiers = await q(`
    MATCH (a:Actor)
    WITH a, COUNT { (a)-[:ATTENDED]->() } AS n
    WITH a, n, CASE WHEN n = 0 THEN null ELSE toInteger(floor(log(n) / log(4) + 1e-9)) END AS tier
    WHERE coalesce(a.tier, -1) <> coalesce(tier, -1)
    RETURN a.id + ' in ' + n + ' meetings has tier ' + coalesce(toString(a.tier), 'none') AS line`);
  const turned = await q(`
    MATCH (s:Actor)-[:MET_WITH]->(e:Actor)
    WHERE NOT (coalesce(s.tier, -1) < coalesce(e.tier, -1) OR (coalesce(s.tier, -1) = coalesce(e.tier, -1) AND s.id < e.id))
    RETURN s.id + ' → ' + e.id + ' points the wrong way' AS line`);
  return [...wrong, ...orphans, ...tiers, ...turned].map((r) => r["line"] as string);
}

async function load(runs: ReadonlyArray<readonly string[]>, batchSize: number) {
  await wipe();
  for (const inputs of runs) {
    const summary = await ingest(db, { inputs, maxBytes: DEFAULT_MAX_BYTES, batchSize });
    expect(summary.failed).toBe(0);
    expect(await coAttendanceMismatches()).toEqual([]);
  }
  return fingerprint();
}

describe("one corpus, one graph, whatever the batches, the order and the runs", () => {
  let reference: Awaited<ReturnType<typeof fingerprint>>;
  beforeAll(async () => {
    reference = await load([files], 200);
  }, LOAD_MS);

  it("loads the corpus into a graph with every kind of node and relationship", () => {
    expect(files.length).toBeGreaterThan(60);
    for (const kind of ["Actor", "Meeting", "NameForm", "Article", "Evidence", "ATTENDED", "MET_WITH", "NAME_OF", "EVIDENCED_BY"]) expect(reference.counts[kind]).toBeGreaterThan(0);
  });

  it("gives the same graph one article at a time", async () => {
    const one = await load([files], 1);
    expect(one.counts).toEqual(reference.counts);
    expect(one.lines).toEqual(reference.lines);
  }, LOAD_MS);

  it("gives the same graph with the files in reverse order, one at a time", async () => {
    const reversed = await load([[...files].reverse()], 1);
    expect(reversed.counts).toEqual(reference.counts);
    expect(reversed.lines).toEqual(reference.lines);
  }, LOAD_MS);

  it("gives the same graph in reverse order in one batch", async () => {
    const reversed = await load([[...files].reverse()], 200);
    expect(reversed.counts).toEqual(reference.counts);
    expect(reversed.lines).toEqual(reference.lines);
  }, LOAD_MS);

  it("gives the same graph in two separate runs, each with half of the articles", async () => {
    const split = await load([files.filter((_, i) => i % 2 === 1), files.filter((_, i) => i % 2 === 0)], 200);
    expect(split.counts).toEqual(reference.counts);
    expect(split.lines).toEqual(reference.lines);
  }, LOAD_MS);
});
