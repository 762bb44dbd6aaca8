import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { pythonEnv } from "../support/python.js";
import { useSeedServer } from "../support/seeds.js";

const run = promisify(execFile);
const NOTEBOOK = new URL("../../examples/analyst-notebook.ipynb", import.meta.url).pathname;
const OUT = new URL("../../test-output/notebook/", import.meta.url).pathname;

// Executes every cell headless with nbclient, as `jupyter nbconvert --execute` would; a failing cell raises.
const EXECUTE = `
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=180, kernel_name="python3").execute()
nbformat.write(nb, sys.argv[2])
`;

describe("the analyst notebook in examples/", () => {
  const seeded = useSeedServer();
  let python: string;
  beforeAll(async () => {
    python = await pythonEnv();
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
  }, 900_000);

  it("runs every cell against the seed server and draws the network and the timeline", async () => {
    await run(python, ["-c", EXECUTE, NOTEBOOK, `${OUT}executed.ipynb`], {
      env: { ...process.env, PARLEY_URL: seeded.server.url, PARLEY_NOTEBOOK_OUT: OUT, MPLBACKEND: "Agg" },
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const png of ["network.png", "timeline.png"]) {
      expect(existsSync(`${OUT}${png}`)).toBe(true);
      expect(statSync(`${OUT}${png}`).size).toBeGreaterThan(10_000);
    }
  }, 600_000);
});
