#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("parley: dist/ is missing; run `npm install` (or `npm run build`) first.\n");
  process.exit(1);
}
// graphql-js checks every `instanceof` for a second copy of itself unless NODE_ENV is production, read once
// when it loads: ~20% of executing a large answer. An explicit NODE_ENV is kept.
process.env.NODE_ENV ??= "production";
const { run } = await import(entry.href);
process.exitCode = await run(process.argv);
