import { Command, CommanderError, Option } from "commander";
import { ParleyError } from "../errors.js";
import { dbStart, dbStatus, dbStop } from "./commands/db.js";
import { exportCommand, type ExportCliOptions } from "./commands/export.js";
import { extractCommand } from "./commands/extract.js";
import { ingestCommand, type IngestCliOptions } from "./commands/ingest.js";
import { migrateCommand } from "./commands/migrate.js";
import { serveCommand, startCommand } from "./commands/serve.js";

/** Builds the `parley` command line. Actions call library functions; only `run` decides the exit code. */
export function buildProgram(): Command {
  const program = new Command("parley")
    .description("Turns news reporting into a Neo4j graph of who met whom, and answers it over GraphQL.")
    .addOption(new Option("--log-level <level>", "log verbosity").choices(["fatal", "error", "warn", "info", "debug", "trace", "silent"]))
    .showHelpAfterError("(run parley --help for usage)")
    .exitOverride();

  const db = program.command("db").description("manage the local Neo4j (used when NEO4J_URI is not set and Docker is absent)");
  db.command("start")
    .description("start the local Neo4j in the background and print its Bolt URI")
    .option("--bolt-port <port>", "Bolt port on 127.0.0.1 (default 7687; 0 picks a free one)")
    .action((opts: { boltPort?: string }) => dbStart(program.opts(), opts));
  db.command("stop").description("stop the local Neo4j started by `parley db start`").action(() => dbStop(program.opts()));
  db.command("status").description("say whether a Neo4j is configured or running, and whether it answers").action(() => dbStatus(program.opts()));

  program.command("migrate").description("apply constraints and indexes (idempotent)").action(() => migrateCommand(program.opts()));

  program
    .command("extract")
    .description("print what Parley finds in articles (people, organisations, meetings), without a database")
    .argument("<paths...>", "files, folders or glob patterns of .txt, .md, .html or .jsonl articles")
    .option("--json", "print the evaluation format of ../shared/eval/README.md")
    .option("--max-size <size>", "largest file or JSONL line accepted", "5MB")
    .option("--doc-timeout <duration>", "time each document may take to be parsed, and to be extracted", "30s")
    .action((paths: string[], opts: { json?: boolean; maxSize?: string; docTimeout?: string }) => extractCommand(paths, opts));

  program
    .command("ingest")
    .description("read articles, extract who met whom, and load it into Neo4j with the evidence")
    .argument("<paths...>", "files, folders or glob patterns of .txt, .md, .html or .jsonl articles")
    .option("--dry-run", "extract and plan, write nothing, print what would be loaded")
    .option("--force", "re-apply articles already in the graph (after an extractor upgrade)")
    .option("--max-size <size>", "largest file or JSONL line accepted", "5MB")
    .option("--batch-size <n>", "articles per write transaction", "200")
    .option("--doc-timeout <duration>", "time each document may take to be parsed, and to be extracted", "30s")
    .option("--bulk", "first load into an empty local database with neo4j-admin database import (much faster; refuses a database that holds data, NEO4J_URI or Docker)")
    .option("--csv-dir <dir>", "with --bulk: only write the import files into <dir> and print the neo4j-admin command to run where the database is (Docker, a server)")
    .action((paths: string[], opts: IngestCliOptions) => ingestCommand(program.opts(), paths, opts));

  program
    .command("export")
    .description("write the graph, or an actor's network, for Gephi, networkx, spreadsheets or pandas")
    .argument("<format>", "graphml, gexf, actors.csv, meetings.csv, evidence.csv or edges.csv")
    .option("--actor <name>", "only this actor's network (any name form, or its id); the whole graph without it")
    .option("--depth <n>", "meeting steps from the actor (1-3)", "1")
    .option("--limit <n>", "most actors in a network, nearest first", "500")
    .option("--after <day>", "only meetings whose date can be on or after this day (YYYY-MM-DD)")
    .option("--before <day>", "only meetings whose date can be on or before this day (YYYY-MM-DD)")
    .option("--kind <kind>", "only meetings of this kind: in_person or call")
    .option("-o, --out <file>", "write to this file instead of standard output")
    .action((format: string, opts: ExportCliOptions) => exportCommand(program.opts(), format, opts));

  program
    .command("serve")
    .description("start the GraphQL server (PORT sets the port, default 4000)")
    .option("-p, --port <port>", "port to listen on (overrides PORT)")
    .action((opts: { port?: string }) => serveCommand(program.opts(), opts));

  program
    .command("start")
    .description("everything for a first run: the database, the schema, the seed articles, then the GraphQL server")
    .option("-p, --port <port>", "port to listen on (overrides PORT)")
    .option("--no-seeds", "do not ingest seeds/ before serving")
    .action((opts: { port?: string; seeds: boolean }) => startCommand(program.opts(), opts));

  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ParleyError) {
      process.stderr.write(`parley: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`parley: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
