import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";

const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));
// The order tabs open in: the traversals first.
const ORDER = ["who-met-whom-via", "contacts", "brokers", "network", "search-names", "generated-api"];

export interface Example {
  readonly name: string;
  readonly query: string;
}

/** The example operations in examples/*.graphql; the playground opens them as tabs and the tests run them. */
export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".graphql"))
    .map((f) => ({ name: f.replace(/\.graphql$/, ""), query: readFileSync(`${EXAMPLES_DIR}${f}`, "utf8") }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/**
 * GraphiQL served from the project's own dependencies (the bundle is inlined), so it works with no internet.
 */
export function playgroundHtml(graphqlPath: string): string {
  const tabs = loadExamples().map((e) => ({ query: e.query }));
  return renderGraphiQL({
    title: "Parley: who met whom",
    endpoint: graphqlPath,
    defaultQuery: tabs[0]?.query ?? "",
    defaultTabs: tabs,
  } as Parameters<typeof renderGraphiQL>[0]);
}
