import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql 16 ships CommonJS (main) and ESM (module) builds; Node loads the CommonJS one for Apollo and
// @neo4j/graphql, so tests must too, or schema objects come from two copies of graphql.
const graphqlMain = createRequire(import.meta.url).resolve("graphql");

// Three kinds of test, each with its own script: unit (pure code), integration (a real Neo4j over Bolt),
// e2e (the server over real HTTP). The database ones share one Neo4j started by test/support/global-setup.ts.
const dbProject = (name: string, include: string) => ({
  extends: true as const,
  test: {
    name,
    include: [include],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One Neo4j on a 2-core machine: files run one at a time; each test still keeps to its own data.
    fileParallelism: false,
  },
});

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/**/*.int.test.ts", "test/**/*.e2e.test.ts", "**/node_modules/**"] } },
      dbProject("integration", "test/**/*.int.test.ts"),
      dbProject("e2e", "test/**/*.e2e.test.ts"),
    ],
  },
});
