import { createRuntime, openDatabase } from "../runtime.js";

export async function migrateCommand(global: { logLevel?: string }): Promise<void> {
  const rt = createRuntime(process.env, global);
  const open = await openDatabase(rt, { migrate: true });
  await open.close();
  process.stdout.write(`Schema is up to date on ${open.provided.connection.uri}.\n`);
}
