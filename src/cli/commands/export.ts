import { writeFile } from "node:fs/promises";
import { ParleyError } from "../../errors.js";
import { FORMATS, isExportFormat, runExport } from "../../export/export.js";
import { createRuntime, openDatabase } from "../runtime.js";

export interface ExportCliOptions {
  actor?: string;
  depth?: string;
  limit?: string;
  after?: string;
  before?: string;
  kind?: string;
  out?: string;
}

export async function exportCommand(global: { logLevel?: string }, format: string, opts: ExportCliOptions): Promise<void> {
  if (!isExportFormat(format)) throw new ParleyError("INPUT_INVALID", `unknown format ${JSON.stringify(format)}; use one of ${FORMATS.join(", ")}`);
  const rt = createRuntime(process.env, global);
  const open = await openDatabase(rt, { migrate: false });
  try {
    const result = await runExport(open.db, format, opts);
    if (opts.out) {
      await writeFile(opts.out, result.body);
      process.stderr.write(`Wrote ${opts.out} (${result.body.length} characters).\n`);
    } else process.stdout.write(result.body);
    if (result.truncated) process.stderr.write(`parley: the export was cut at a limit (raise --limit for more actors); some actors or meetings are left out\n`);
  } finally {
    await open.close();
  }
}
