// Runs the `parley` command line from the sources, as bin/parley.js runs it from dist/ (for tests that spawn it).
import { run } from "../../src/cli/main.js";

process.exitCode = await run(process.argv);
