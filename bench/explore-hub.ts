/**
 * The explore page on a generated graph: `npx tsx bench/explore-hub.ts [--meetings 100000] [--seed 1] [--cap 150]`.
 *
 * Generates a world (bench/generate.ts), bulk-loads it as `npm run bench` does into its own data dir
 * (.parley/explore-hub-neo4j, kept and reused while it holds the same world), starts the server, and in
 * headless Chromium opens /explore?actor=… for the ten busiest actors and a few ordinary ones. Per actor:
 * the time from navigation until the network is drawn (the status says "N actors"), whether the cap notice
 * shows exactly when the actor has more contacts than the cap, the actors drawn (at most the cap), the time of
 * each GraphQL request the page sent (network, timeline, contacts), and the time from clicking a contact and a
 * link of the picture until their evidence is shown. For the busiest actor, the exports (GraphML to depth 1,
 * meetings CSV) and, once, Query.timeline over the whole graph. No request may leave the machine.
 * Prints a table (p50 / max per step, busiest vs ordinary) and a last line `SUMMARY explore_hub_draw_max_ms=…`.
 */
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { chromium, type Page, type Request } from "playwright-core";
import { Database } from "../src/database/database.js";
import { migrate } from "../src/database/migrate.js";
import type { ProvidedDatabase } from "../src/database/provision.js";
import { importGraph } from "../src/load/bulk.js";
import { BulkGraph } from "../src/load/bulk-tables.js";
import { planLoad } from "../src/plan/plan.js";
import { startServer } from "../src/serve/server.js";
import { ROOT, benchConfig, startBenchNeo4j } from "./bench-graph.js";
import { articleCount, articles, generateWorld, rng, worldGraph, type World } from "./generate.js";

const CHROMIUM = "/usr/bin/chromium";
const { values: flags } = parseArgs({
  options: { meetings: { type: "string", default: "100000" }, seed: { type: "string", default: "1" }, cap: { type: "string", default: "150" }, ordinary: { type: "string", default: "5" } },
  strict: true,
});
const size = Number(flags.meetings);
const seed = Number(flags.seed);
const cap = Number(flags.cap);
const DATA_DIR = `${ROOT}/.parley/explore-hub-neo4j`;
const MARKER = `${DATA_DIR}/parley-explore-hub-world.json`;
const started = performance.now();
const say = (msg: string) => process.stderr.write(`[explore-hub ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}\n`);

// ------------------------------------------------------------------------------------------------ graph

/** The world's graph in Neo4j: reused when the marker says the data dir holds this world, else bulk-loaded. */
async function graphDatabase(world: World): Promise<{ provided: ProvidedDatabase; db: Database }> {
  const config = benchConfig(DATA_DIR);
  const want = JSON.stringify({ meetings: size, seed });
  const have = existsSync(MARKER) ? (await readFile(MARKER, "utf8")).trim() : "";
  if (have !== want) {
    await rm(DATA_DIR, { recursive: true, force: true });
    const t = performance.now();
    const graph = new BulkGraph();
    graph.add(planLoad([...articles(world, 0, articleCount(world))]));
    say(`bulk load: planned and folded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const imported = await importGraph(graph, { dataDir: DATA_DIR, replace: false }, ROOT);
    say(`bulk load: CSV ${imported.csvSeconds.toFixed(1)} s, import ${imported.importSeconds.toFixed(1)} s`);
  } else {
    say(`reusing the graph in ${DATA_DIR}`);
  }
  const provided = await startBenchNeo4j(config);
  if (provided.source === "uri") throw new Error("NEO4J_URI is set: this benchmark loads its own local graph; unset it");
  const db = Database.open(provided.connection);
  await db.verify();
  await migrate(db);
  if (have !== want) await writeFile(MARKER, `${want}\n`);
  return { provided, db };
}

// ------------------------------------------------------------------------------------------------ figures

interface ActorRun {
  id: string;
  group: "busiest" | "ordinary";
  meetings: number;
  contacts: number;
  steps: Map<string, number>;
  drawn: number;
  capShown: boolean;
}

const round = (x: number) => Math.round(x);
function pct(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** The top-level field a GraphQL request of the page asks for (its step name in the table). */
function gqlStep(req: Request): string | undefined {
  if (!req.url().endsWith("/graphql")) return undefined;
  try {
    const query = String((JSON.parse(req.postData() ?? "{}") as { query?: string }).query ?? "");
    const field = /\{\s*(\w+)\s*\(/.exec(query)?.[1];
    return field ? `gql ${field}` : undefined;
  } catch {
    return undefined;
  }
}

async function timeFetch(url: string, init?: RequestInit): Promise<{ ms: number; bytes: number; status: number }> {
  const t = performance.now();
  const res = await fetch(url, init);
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t, bytes: body.byteLength, status: res.status };
}

// ------------------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);
  say(`generating ${size} meetings (seed ${seed})`);
  const world = generateWorld(size, seed);
  const wg = worldGraph(world);
  const n = world.actors.length;
  // Distinct contacts per actor, from the world itself (what the page should find in the graph).
  const contactsOf = (a: number): number => {
    const seen = new Set<number>();
    for (let k = wg.start[a]!; k < wg.start[a + 1]!; k++) for (const p of world.meetings[wg.list[k]!]!.participants) if (p !== a) seen.add(p);
    return seen.size;
  };
  const active = Array.from({ length: n }, (_, i) => i).filter((i) => wg.degree(i) > 0);
  const busiest = [...active].sort((a, b) => wg.degree(b) - wg.degree(a)).slice(0, 10);
  // Ordinary actors: drawn evenly among those with at least two meetings, not among the busiest.
  const r = rng(seed * 31 + size);
  const pool = active.filter((i) => wg.degree(i) >= 2 && !busiest.includes(i));
  const ordinary = Array.from({ length: Number(flags.ordinary) }, () => pool[Math.floor(r() * pool.length)]!);
  say(`${n} actors, ${articleCount(world)} articles; busiest in ${wg.degree(busiest[0]!)} meetings with ${contactsOf(busiest[0]!)} contacts`);

  const { provided, db } = await graphDatabase(world);
  const config = benchConfig(DATA_DIR);
  const server = await startServer({ db, settings: { ...config.server, port: 0, host: "127.0.0.1" } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const runs: ActorRun[] = [];
  const once = new Map<string, number>();
  const missedLinks: string[] = [];
  try {
    for (const deadline = Date.now() + 30 * 60_000; !(await fetch(`${server.url}/readyz`)).ok; ) {
      if (Date.now() > deadline) throw new Error("/readyz did not answer 200 within 30 minutes");
      await new Promise((res) => setTimeout(res, 500));
    }
    say("server ready");
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("request", (req) => {
      const url = req.url();
      if (!url.startsWith(server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    let current: Map<string, number> | undefined;
    page.on("requestfinished", (req) => {
      const step = gqlStep(req);
      const t = req.timing();
      if (step && current && t.responseEnd > 0) current.set(step, Math.max(current.get(step) ?? 0, t.responseEnd));
    });
    // Warm-up, not counted: the page and its script (bundled on first use), then one ordinary actor drawn and
    // its evidence opened, so each statement's plan is compiled before the hubs are measured.
    await page.goto(`${server.url}/explore`);
    await drawActor(page, server.url, world.actors[pool[0]!]!.id);
    await evidenceClicks(page);

    for (const [group, list] of [["busiest", busiest], ["ordinary", ordinary]] as const) {
      for (const a of list) {
        const id = world.actors[a]!.id;
        const steps = new Map<string, number>();
        current = steps;
        const draw = await drawActor(page, server.url, id);
        steps.set("draw (navigation to drawn)", draw.ms);
        // Where the draw's time goes: loading the page and its script until the first request, the requests, and
        // drawing once their answers are in (from the page's own resource timing, since navigation began).
        const phases = await page.evaluate(() => {
          const rs = performance.getEntriesByType("resource").filter((r) => r.name.endsWith("/graphql")) as PerformanceResourceTiming[];
          // (No named function in here: tsx would wrap it in a helper the page does not have.)
          const [answers, network, timeline, lists] = ["answers", "network-drawn", "timeline-drawn", "lists-drawn"].map((n) => performance.getEntriesByName(`explore:${n}`, "mark").at(-1)?.startTime ?? NaN);
          return { first: Math.min(...rs.map((r) => r.startTime)), last: Math.max(...rs.map((r) => r.responseEnd)), answers: answers!, network: network!, timeline: timeline!, lists: lists! };
        });
        steps.set("  page and script until first request", phases.first);
        steps.set("  first request until all answered", phases.last - phases.first);
        steps.set("  drawing after the answers", draw.pageMs - phases.last);
        steps.set("    network picture (layout, sigma)", phases.network - phases.answers);
        steps.set("    timeline chart", phases.timeline - phases.network);
        steps.set("    contacts and actor lists", phases.lists - phases.timeline);
        const capShown = await page.locator("#cap").isVisible();
        const clicks = await evidenceClicks(page);
        if (clicks.contact !== undefined) steps.set("contact click to evidence", clicks.contact);
        if (clicks.link !== undefined) steps.set("link click to evidence", clicks.link);
        if (clicks.missed.length) missedLinks.push(`${id}: ${clicks.missed.join(" | ")}`);
        current = undefined;
        runs.push({ id, group, meetings: wg.degree(a), contacts: contactsOf(a), steps, drawn: draw.actors, capShown });
        say(`${group} ${id}: ${wg.degree(a)} meetings, ${contactsOf(a)} contacts; drawn ${draw.actors} in ${round(draw.ms)} ms${capShown ? " (capped)" : ""}; ${[...steps].map(([k, v]) => `${k} ${round(v)}`).join(", ")}`);
      }
    }

    // Exports for the busiest actor, and the whole graph's timeline.
    const hub = encodeURIComponent(world.actors[busiest[0]!]!.id);
    for (const [label, url] of [
      ["export graph.graphml depth 1 (busiest)", `${server.url}/export/graph.graphml?actor=${hub}&depth=1`],
      ["export meetings.csv (busiest)", `${server.url}/export/meetings.csv?actor=${hub}`],
    ] as const) {
      // One call to compile its statements, then the median of three.
      const fs = [];
      for (let i = 0; i < 4; i++) fs.push(await timeFetch(url));
      const bad = fs.find((f) => f.status !== 200);
      if (bad) throw new Error(`${url} answered ${bad.status}`);
      once.set(label, pct(fs.slice(1).map((f) => f.ms), 50));
      say(`${label}: ${fs.map((f) => round(f.ms)).join(", ")} ms (first is the warm-up), ${fs[0]!.bytes} bytes`);
    }
    const tl = { query: "{ timeline(granularity: month) { total undated { total } buckets { period precision total inPerson call } } }" };
    await timeFetch(server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(tl) });
    const wholes = [];
    for (let i = 0; i < 3; i++) wholes.push((await timeFetch(server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(tl) })).ms);
    once.set("Query.timeline, whole graph", pct(wholes, 50));
  } finally {
    await browser.close();
    await server.stop();
    await db.close();
    await provided.stop();
  }

  // ---------------------------------------------------------------------------------------------- report
  const stepNames = [...new Set(runs.flatMap((x) => [...x.steps.keys()]))];
  const cell = (group: string, step: string) => {
    const xs = runs.filter((x) => x.group === group && x.steps.has(step)).map((x) => x.steps.get(step)!);
    return xs.length ? `${round(pct(xs, 50))} / ${round(Math.max(...xs))}` : "–";
  };
  const lines = [
    `# The explore page on ${size.toLocaleString("en")} generated meetings (seed ${seed}, cap ${cap})`,
    "",
    "Milliseconds, p50 / max over the actors of each group, after a warm-up on one ordinary actor. Draw is navigation until the status says the network is drawn; gql rows are each GraphQL request the page sent (browser timing). Exports and the whole graph's timeline: median of three after one warm-up call.",
    "",
    "| step | busiest (10) | ordinary |",
    "|---|---:|---:|",
    ...stepNames.map((s) => `| ${s} | ${cell("busiest", s)} | ${cell("ordinary", s)} |`),
    ...[...once].map(([k, v]) => `| ${k} | ${round(v)} | |`),
    "",
    "| actor | group | meetings | contacts | drawn | cap notice |",
    "|---|---|---:|---:|---:|---|",
    ...runs.map((x) => `| ${x.id} | ${x.group} | ${x.meetings} | ${x.contacts} | ${x.drawn} | ${x.capShown ? "shown" : "hidden"} |`),
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  // Checks: the cap holds and says so exactly when the actor has more contacts than it, and nothing left the machine.
  const problems: string[] = [];
  for (const x of runs) {
    if (x.drawn > cap) problems.push(`${x.id}: ${x.drawn} actors drawn, over the cap of ${cap}`);
    if (x.capShown !== x.contacts + 1 > cap) problems.push(`${x.id}: ${x.contacts} contacts, cap notice ${x.capShown ? "shown" : "hidden"}`);
  }
  if (foreign.length) problems.push(`requests left the machine: ${foreign.slice(0, 5).join(", ")}`);
  if (pageErrors.length) problems.push(`script errors: ${pageErrors.slice(0, 5).join("; ")}`);
  for (const p of problems) process.stdout.write(`PROBLEM ${p}\n`);
  // A link click that opened nothing is reported, not failed: the picture may put another link or a dot there.
  for (const m of missedLinks) process.stdout.write(`LINK CLICK MISSED ${m}\n`);
  const max = (group: string, step: string) => round(Math.max(...runs.filter((x) => x.group === group && x.steps.has(step)).map((x) => x.steps.get(step)!)));
  process.stdout.write(
    [
      "SUMMARY",
      `explore_hub_draw_max_ms=${max("busiest", "draw (navigation to drawn)")}`,
      `explore_hub_draw_p50_ms=${round(pct(runs.filter((x) => x.group === "busiest").map((x) => x.steps.get("draw (navigation to drawn)")!), 50))}`,
      `explore_ordinary_draw_max_ms=${max("ordinary", "draw (navigation to drawn)")}`,
      `explore_hub_evidence_max_ms=${max("busiest", "contact click to evidence")}`,
      `export_graphml_hub_ms=${round(once.get("export graph.graphml depth 1 (busiest)") ?? NaN)}`,
      `export_meetings_csv_hub_ms=${round(once.get("export meetings.csv (busiest)") ?? NaN)}`,
      `timeline_whole_graph_ms=${round(once.get("Query.timeline, whole graph") ?? NaN)}`,
      `link_clicks_missed=${missedLinks.length}`,
      `foreign_requests=${foreign.length}`,
      `problems=${problems.length}`,
    ].join(" ") + "\n",
  );
  if (problems.length) process.exitCode = 1;
}

/** Navigates to an actor's page and waits until its network is drawn; the time and the actors drawn. */
async function drawActor(page: Page, base: string, id: string): Promise<{ ms: number; pageMs: number; actors: number }> {
  const t = performance.now();
  await page.goto(`${base}/explore?actor=${encodeURIComponent(id)}${cap === 150 ? "" : `&cap=${cap}`}`);
  // The page's own clock when the status was seen (since its navigation began), for the phases below.
  const seen = await page.waitForFunction(() => /^(\d+ actors|Could not)/.test(document.getElementById("status")?.textContent ?? "") && performance.now(), null, { timeout: 120_000 });
  const ms = performance.now() - t;
  const pageMs = Number(await seen.jsonValue());
  const status = (await page.textContent("#status")) ?? "";
  if (status.startsWith("Could not")) throw new Error(`${id}: ${status}`);
  return { ms, pageMs, actors: Number(/^(\d+) actors/.exec(status)![1]) };
}

/**
 * Evidence, as an analyst opens it: the first contact of the list, then a link of the picture (tried at up to
 * three places the page gives, as another link or a dot may take the click). Times in ms.
 */
async function evidenceClicks(page: Page): Promise<{ contact?: number; link?: number; missed: string[] }> {
  const out: { contact?: number; link?: number; missed: string[] } = { missed: [] };
  let t = performance.now();
  await page.locator("#contacts button").first().click();
  await page.waitForFunction(() => /^(?!Loading)/.test(document.querySelector("#evidence")?.textContent ?? "Loading") && !!document.querySelector("#evidence h3, #evidence blockquote"), null, { timeout: 120_000 });
  out.contact = performance.now() - t;
  for (const point of await edgePoints(page)) {
    await page.evaluate(() => (document.querySelector("#evidence")!.innerHTML = ""));
    t = performance.now();
    await clickAt(page, point);
    const shown = await page
      .waitForFunction(() => !!document.querySelector("#evidence h3") || /^Could not/.test(document.querySelector("#evidence")?.textContent ?? ""), null, { timeout: 10_000 })
      .then(() => true, () => false);
    const said = (await page.textContent("#evidence")) ?? "";
    if (shown && !said.startsWith("Could not")) {
      out.link = performance.now() - t;
      out.missed = [];
      break;
    }
    out.missed.push(shown ? said.slice(0, 200) : "no evidence within 10 s");
  }
  return out;
}

/** Where the page says links of its picture can be clicked (middles of links clear of the actors' dots). */
function edgePoints(page: Page): Promise<Array<{ x: number; y: number }>> {
  return page.evaluate(() => (globalThis as unknown as { parleyExplore?: { edgePoints(): Array<{ x: number; y: number }> } }).parleyExplore?.edgePoints() ?? []);
}

async function clickAt(page: Page, point: { x: number; y: number }): Promise<void> {
  const box = (await page.locator("#graph").boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

await main();
