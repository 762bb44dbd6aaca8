/** Prints the seeds' extraction in the evaluation format: npx tsx test/extract/dump-seeds.ts > /tmp/pred.json */
import { extractArticle, toEvalDocument } from "../../src/extract/index.js";
import { loadSeeds } from "./helpers.js";

const documents = (await loadSeeds()).map((a) => toEvalDocument(extractArticle(a)));
process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
