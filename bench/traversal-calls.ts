/**
 * The benchmark's traversal calls, each as GraphQL over HTTP and as the statement Parley runs for it through
 * the driver: used by bench/run.ts and bench/graphql-probe.ts alike, so both measure the same requests.
 */
import type { Database, RunOptions } from "../src/database/database.js";
import { brokers, chains, contacts, network } from "../src/query/traversals.js";
import type { Args, Draw } from "./traversal-args.js";

const MEETING_FIELDS = "id kind date place { name } participants { id name } evidence { quote article { title url published } }";
export const GQL = {
  // A dashboard's first view: every contact with its total and the first page of its meetings.
  contacts: `query Contacts($a: String!) { contacts(actor: $a) { count actor { id name } meetings(first: 5) { ${MEETING_FIELDS} } } }`,
  chains: `query Chains($f: String!, $t: String!, $h: Int) { whoMetWhomVia(from: $f, to: $t, maxHops: $h) { actors { id name } hops { from { id } to { id } meeting { ${MEETING_FIELDS} } } } }`,
  brokers: `query Brokers($f: String!, $t: String!) { brokers(from: $f, to: $t) { chains actor { id name } } }`,
  network: `query Network($a: String!) { network(actor: $a) { truncated nodes { id name depth weight } edges { source target weight } } }`,
};
const NO_FILTER = { after: null, before: null, kind: null };

export interface Call {
  draw: Draw;
  kind: string;
  label: string;
  graphql: { query: string; variables: Record<string, unknown> };
  cypher: () => Promise<unknown>;
}

/** The raw statements get `tx`: the server-side timeout the GraphQL resolvers use. */
export function traversalCalls(a: Args, d: Database, TX: RunOptions): Call[] {
  const calls: Call[] = [];
  const draw = a.draw;
  for (const x of a.contacts) {
    calls.push({ draw, kind: "contacts", label: x, graphql: { query: GQL.contacts, variables: { a: x } }, cypher: () => contacts(d, x, NO_FILTER, 100, TX, 5) });
  }
  for (const x of a.network) {
    calls.push({ draw, kind: "network", label: x, graphql: { query: GQL.network, variables: { a: x } }, cypher: () => network(d, x, 1, 501, TX, false) });
  }
  for (const [f, t, dist] of a.pairs) {
    const maxHops = Math.max(3, dist);
    const kind = dist <= 3 ? "whoMetWhomVia<=3" : "whoMetWhomVia=4";
    calls.push({
      draw,
      kind,
      label: `${f}→${t} (${dist})`,
      graphql: { query: GQL.chains, variables: { f, t, h: maxHops } },
      cypher: () => chains(d, { from: f, to: t, maxHops, timeRespecting: false, first: 10, ...NO_FILTER }, TX),
    });
    if (dist <= 3) {
      calls.push({ draw, kind: "brokers", label: `${f}→${t} (${dist})`, graphql: { query: GQL.brokers, variables: { f, t } }, cypher: () => brokers(d, { from: f, to: t, maxHops: 3, first: 20 }, TX) });
    }
  }
  return calls;
}
