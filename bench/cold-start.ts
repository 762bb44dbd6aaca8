/**
 * The first traversals after Neo4j starts, with and without the page-cache warm-up of `parley serve`, on the
 * graph `npm run bench` left in .parley/bench-neo4j:
 *
 *   npx tsx bench/cold-start.ts --size 1000000 [--warm]
 *
 * Starts Neo4j on that graph (it must not be running already, so its page cache starts empty), plans the
 * traversals as `parley serve` does, warms the page cache with --warm, then times two rounds of: contacts of
 * the two busiest actors and a 4-hop chain from the busiest one. Run it once each way and compare round 1.
 */
import { parseArgs } from "node:util";
import { Database } from "../src/database/database.js";
import { warmPageCache } from "../src/database/warm-up.js";
import { chains, contacts, warmTraversalPlans } from "../src/query/traversals.js";
import { generateWorld } from "./generate.js";
import { traversalArgs } from "./traversal-args.js";
import { benchConfig, startBenchNeo4j } from "./bench-graph.js";

const { values: f } = parseArgs({ options: { size: { type: "string", default: "1000000" }, warm: { type: "boolean", default: false } } });
const config = benchConfig();
const args = traversalArgs(generateWorld(Number(f.size), 1), 1, false).find((a) => a.draw === "busiest")!;
const [hub, second] = args.contacts;
const chain = args.pairs.find(([from, , dist]) => from === hub && dist === 4);
const provided = await startBenchNeo4j(config);
const db = Database.open(provided.connection);
const say = (msg: string) => console.log(`[cold-start] ${msg}`);
try {
  let t = performance.now();
  await warmTraversalPlans(db, { warn: () => {} });
  say(`traversal plans: ${Math.round(performance.now() - t)} ms`);
  if (f.warm) {
    const w = await warmPageCache(db);
    say(`page cache warmed: ${w.nodes} nodes, ${w.relationships} relationships in ${w.seconds} s`);
  }
  const NO_FILTER = { after: null, before: null, kind: null };
  const TX = { timeoutMs: config.server.txTimeoutMs };
  const calls: Array<[string, () => Promise<unknown>]> = [
    [`contacts ${hub}`, () => contacts(db, hub!, NO_FILTER, 100, TX)],
    [`contacts ${second}`, () => contacts(db, second!, NO_FILTER, 100, TX)],
    ...(chain ? [[`whoMetWhomVia ${chain[0]}→${chain[1]} (4)`, () => chains(db, { from: chain[0], to: chain[1], maxHops: 4, first: 10, timeRespecting: false, ...NO_FILTER }, TX)] as [string, () => Promise<unknown>]] : []),
  ];
  for (let round = 1; round <= 2; round++) {
    for (const [name, call] of calls) {
      t = performance.now();
      const outcome = await call().then(() => "", (e: unknown) => ` FAILED: ${(e as Error).message.slice(0, 80)}`);
      say(`round ${round}, ${f.warm ? "warmed" : "cold"}: ${name}: ${Math.round(performance.now() - t)} ms${outcome}`);
    }
  }
} finally {
  await db.close();
  await provided.stop();
}
