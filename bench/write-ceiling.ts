/**
 * The write ceiling of the Neo4j this machine runs: plain UNWIND statements of tiny rows, one transaction
 * each, with no Parley code involved. Compare with the load's meetings/s times the ~25 records a meeting
 * brings (nodes, relationships, evidence).
 *
 * `npx tsx bench/write-ceiling.ts [--rows 500] [--schema] [--statement "UNWIND $rows AS r CREATE ..."]`
 */
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { loadConfig } from "../src/config/config.js";
import { Database } from "../src/database/database.js";
import { migrate } from "../src/database/migrate.js";
import { provideDatabase } from "../src/database/provision.js";

const { values: f } = parseArgs({
  options: {
    rows: { type: "string", default: "500" },
    schema: { type: "boolean", default: false },
    statement: { type: "string", default: "UNWIND $rows AS r CREATE (a:Article {id: r.id, title: r.title, url: r.url})" },
    dir: { type: "string", default: "/tmp/parley-write-ceiling" },
  },
});
const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
await rm(f.dir!, { recursive: true, force: true });
const config = loadConfig({ ...process.env, PARLEY_DATA_DIR: f.dir, LOG_LEVEL: "silent" }, ROOT);
const provided = await provideDatabase(config.neo4j, { projectRoot: ROOT, boltPort: 0, javaOpts: ["-Xms4g", "-Xmx4g"], launcherArgs: ["--page-cache", "2g"] });
const db = Database.open(provided.connection);
if (f.schema) await migrate(db);
const driver = neo4j.driver(provided.connection.uri, neo4j.auth.basic(provided.connection.user, provided.connection.password));
const n = Number(f.rows);
const perRound = 50;
try {
  for (let round = 0; round < 8; round++) {
    const t = performance.now();
    let server = 0;
    for (let b = 0; b < perRound; b++) {
      const rows = Array.from({ length: n }, (_, i) => ({ id: `x${round}-${b}-${i}`, title: "some title here", url: "https://example.com/a/b" }));
      const session = driver.session();
      try {
        const tx = session.beginTransaction();
        const r = await tx.run(f.statement!, { rows });
        server += r.summary.resultAvailableAfter.toNumber() + r.summary.resultConsumedAfter.toNumber();
        await tx.commit();
      } finally {
        await session.close();
      }
    }
    const ms = performance.now() - t;
    console.log(`round ${round}: ${Math.round((perRound * n) / (ms / 1000))} rows/s (${perRound} transactions of ${n} rows; statements ${Math.round(server)} ms of ${Math.round(ms)} ms, the rest is commit and transfer)`);
  }
} finally {
  await driver.close();
  await db.close();
  await provided.stop();
}
