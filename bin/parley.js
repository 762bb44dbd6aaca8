#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("parley: dist/ is missing; run `npm install` (or `npm run build`) first.\n");
  process.exit(1);
}
const { run } = await import(entry.href);
process.exitCode = await run(process.argv);
