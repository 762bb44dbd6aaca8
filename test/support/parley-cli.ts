// The `parley` command line from source, for tests that run it as a child process (bin/parley.js runs dist/).
import { run } from "../../src/cli/main.js";

process.exitCode = await run(process.argv);
