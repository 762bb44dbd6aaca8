import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// The benchmark's seeded PRNG (mulberry32): the same seed gives the same corpus on every machine.
export { rng as prng } from "../../bench/generate.js";

const SYLLABLES = ["vel", "mar", "dor", "an", "tel", "ko", "ris", "lu", "ben", "sa", "rov", "ith", "ga", "mon", "zel", "ta", "pri", "nek"];
const GIVEN = ["Ana", "Luis", "Maria", "Tomas", "Elena", "Jonas", "Irena", "Pavel", "Sofia", "Marek"];
const CITIES = ["Madrid", "Vienna", "Nairobi", "Lima", "Oslo", "Hanoi", "Accra", "Quito"];

/** An invented surname: unlike any real one, so tests keep to their own actors. */
export function surname(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = "";
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

export interface GoodArticle {
  readonly name: string;
  readonly people: readonly [string, string];
  readonly text: string;
}

/** Plain-text articles that each report one meeting between two invented people (with a unique tag). */
export function goodArticles(rand: () => number, count: number, tag: string): GoodArticle[] {
  const out: GoodArticle[] = [];
  for (let i = 0; i < count; i++) {
    const a = `${GIVEN[i % GIVEN.length]} ${surname(rand)}${tag}`;
    const b = `${GIVEN[(i + 3) % GIVEN.length]} ${surname(rand)}${tag}`;
    const city = CITIES[Math.floor(rand() * CITIES.length)];
    const day = String(1 + (i % 27)).padStart(2, "0");
    const text = `Talks in ${city}\ndate 2024-03-${day}\n${a} met ${b} in ${city} on Monday to discuss trade and the harbour project.\n\nThe two officials agreed to meet again later in the year.\n`;
    // .md, not .txt: other tests take every .txt article in the shared graph for a seed.
    out.push({ name: `good-${String(i).padStart(3, "0")}.md`, people: [a, b], text });
  }
  return out;
}

export function writeGood(dir: string, articles: readonly GoodArticle[]): void {
  for (const a of articles) writeFileSync(join(dir, a.name), a.text);
}

const CLI = fileURLToPath(new URL("./parley-cli.ts", import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs the `parley` command line from source in a child process; `onStart` gets the child (to kill it). */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; timeoutMs?: number; onStart?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
  options.onStart?.(child);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
  });
}
