import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The tests' Python: a venv under .parley (never committed), made from examples/requirements.txt on first use. */
export const VENV = `${ROOT}.parley/py`;
export const PYTHON = `${VENV}/bin/python`;
const REQUIREMENTS = `${ROOT}examples/requirements.txt`;
const CHECK = "import requests, pandas, networkx, matplotlib, nbclient, nbformat, ipykernel";

/** Makes sure the venv exists with the notebook's packages (pip from PyPI); returns its python. */
export async function pythonEnv(): Promise<string> {
  if (existsSync(PYTHON)) {
    try {
      await run(PYTHON, ["-c", CHECK]);
      return PYTHON;
    } catch {
      // Incomplete: make it again below.
    }
  }
  await rm(VENV, { recursive: true, force: true });
  await mkdir(`${ROOT}.parley`, { recursive: true });
  await run("python3", ["-m", "venv", VENV]);
  await run(`${VENV}/bin/pip`, ["install", "--quiet", "--disable-pip-version-check", "-r", REQUIREMENTS], { maxBuffer: 64 * 1024 * 1024 });
  await run(PYTHON, ["-c", CHECK]);
  return PYTHON;
}

/** Runs a Python snippet with arguments and parses the JSON it prints last. */
export async function pythonJson<T>(python: string, code: string, args: string[] = []): Promise<T> {
  const { stdout } = await run(python, ["-c", code, ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, MPLBACKEND: "Agg" } });
  const lines = stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]!) as T;
}
