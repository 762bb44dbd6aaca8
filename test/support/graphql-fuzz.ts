// Mutations are picked with the benchmark's seeded PRNG (mulberry32).
import { rng as random } from "../../bench/generate.js";

/**
 * Hostile GraphQL-over-HTTP requests generated from a fixed seed: the same seed gives the same requests, so a
 * failure can be replayed. Each request is something a client might send by mistake or on purpose.
 */

export interface FuzzRequest {
  readonly kind: string;
  readonly method: string;
  /** Path and query string, e.g. `/graphql?query=...`. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}


const JSON_HEADERS = { "content-type": "application/json" };

const HOSTILE_INTS = ["-1", "0", "-2147483648", "2147483647", "2147483648", "99999999999999999999", "1e308", "1.5", "-0", '"3"', "null", "true", "[1]", "{a: 1}"];
const HOSTILE_STRINGS = [
  "",
  " ",
  "\\u0000",
  "😀🇸🇾 \\u202e gnitset",
  "Ana\\nKovac",
  "') DETACH DELETE n //",
  "*:*",
  "a~ b~ c~ d* e* f*",
  "OR AND NOT",
  "\\\\",
  "%00%ff",
  "x".repeat(199),
  "y".repeat(5000),
  "名前 名前 名前",
  "Ω".repeat(300),
  "actor:",
  "actor:../../etc/passwd",
];
const PUNCTUATION = ["{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "#", '"', "\\", ",", "...", "=", "|", "&", "\u0000", "\u200b", "é", "\ufeff"];

const BASE_QUERIES = [
  '{ contacts(actor: "Ana Lima", first: 5) { count actor { name } meetings { date kind place { name } } } }',
  '{ whoMetWhomVia(from: "Ana Lima", to: "Bo Chen", maxHops: 3, first: 5, timeRespecting: true, after: "2020-01-01") { length actors { name } hops { meeting { date evidence { quote } } } } }',
  '{ brokers(from: "Ana Lima", to: "Bo Chen", maxHops: 3, first: 5) { chains actor { name aliases } } }',
  '{ network(actor: "Ana Lima", depth: 2, limit: 50) { truncated nodes { id name depth weight } edges { source target weight } } }',
  '{ searchNames(query: "Ana", first: 5) { id name kind score } }',
  "{ actors(limit: 5, offset: 2, sort: [{ name: ASC }]) { id name aliases meetings(limit: 3) { date participants { name } } } }",
  '{ actorsConnection(first: 3, where: { name: { contains: "a" } }) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }',
  '{ meetings(limit: 10, where: { kind: { eq: call }, dateFrom: { gte: "2020-01-01" } }) { id kind date dateFrom dateTo evidence { quote article { title url published } } } }',
  "{ organisations(limit: 5) { name members { name } } places(limit: 5) { name kind countryCode meetings(limit: 2) { date } } }",
  "{ articles(limit: 3) { id title url published contentHash evidence(limit: 2) { quote start end claim } } }",
  '{ meetingsConnection(first: 4, after: "YXJyYXljb25uZWN0aW9uOjM=", sort: [{ dateFrom: DESC }]) { edges { node { id } } } }',
  "query Q($a: String!, $n: Int) { contacts(actor: $a, first: $n) { count } }",
  "{ __schema { queryType { name } types { name kind fields { name args { name type { name kind ofType { name } } } } } } }",
  '{ __type(name: "Actor") { name fields { name type { kind ofType { kind ofType { kind } } } } } }',
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function int(rnd: () => number, min: number, max: number): number {
  return min + Math.floor(rnd() * (max - min + 1));
}

/** One random edit of the text: a character deleted, punctuation inserted, a slice repeated or cut off. */
function mutateText(rnd: () => number, text: string): string {
  const at = int(rnd, 0, Math.max(0, text.length - 1));
  switch (int(rnd, 0, 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + pick(rnd, PUNCTUATION) + text.slice(at);
    case 2: {
      const end = Math.min(text.length, at + int(rnd, 1, 30));
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    }
    case 3:
      return text.slice(0, at);
    case 4: {
      const b = int(rnd, 0, Math.max(0, text.length - 1));
      const [i, j] = at < b ? [at, b] : [b, at];
      return text.slice(0, i) + text.charAt(j) + text.slice(i + 1, j) + text.charAt(i) + text.slice(j + 1);
    }
    default:
      return text.replace(/\s+/g, () => (rnd() < 0.1 ? "" : " "));
  }
}

/** Replaces one Int literal or one String literal of the query with a hostile value. */
function hostileValue(rnd: () => number, query: string): string {
  const ints = [...query.matchAll(/(?<=[:(,]\s*)-?\d+(?=[\s,)])/g)];
  const strings = [...query.matchAll(/"(?:[^"\\]|\\.)*"/g)];
  if ((rnd() < 0.5 && ints.length > 0) || strings.length === 0) {
    if (ints.length === 0) return query;
    const m = pick(rnd, ints);
    return query.slice(0, m.index) + pick(rnd, HOSTILE_INTS) + query.slice(m.index! + m[0].length);
  }
  const m = pick(rnd, strings);
  return `${query.slice(0, m.index)}"${pick(rnd, HOSTILE_STRINGS)}"${query.slice(m.index! + m[0].length)}`;
}

function nested(depth: number): string {
  let selection = "name";
  for (let i = 0; i < depth; i++) selection = `meetings { participants { ${selection} } }`;
  return `{ actors(limit: 2) { ${selection} } }`;
}

function post(kind: string, query: unknown, extra: Record<string, unknown> = {}, headers: Record<string, string> = JSON_HEADERS): FuzzRequest {
  return { kind, method: "POST", path: "/graphql", headers, body: JSON.stringify({ query, ...extra }) };
}

/** `count` hostile requests from `seed`, covering every kind in turn. */
export function hostileRequests(seed: number, count: number): FuzzRequest[] {
  const rnd = random(seed);
  const makers: Array<() => FuzzRequest> = [
    () => {
      let q = pick(rnd, BASE_QUERIES);
      for (let i = int(rnd, 1, 4); i > 0; i--) q = mutateText(rnd, q);
      return post("broken syntax", q);
    },
    () => post("hostile values", hostileValue(rnd, pick(rnd, BASE_QUERIES))),
    () => post("hostile values", hostileValue(rnd, hostileValue(rnd, pick(rnd, BASE_QUERIES)))),
    () => {
      const variables = pick(rnd, [{ a: 5, n: "x" }, { a: null }, { a: "x", n: 1e12 }, { a: ["x"], n: [1] }, { a: { b: 1 } }, { a: "x", n: -4 }, { a: "x".repeat(3000), n: 2 }, { a: "Ana", n: 5000 }, "not an object", [1, 2], 42]);
      return post("wrong variable types", BASE_QUERIES[11], { variables });
    },
    () => post("deep nesting", nested(int(rnd, 4, 80))),
    () => {
      const n = int(rnd, 10, 3000);
      return post("aliases", `{ ${Array.from({ length: n }, (_, i) => `a${i}: actors(limit: 1) { id }`).join(" ")} }`);
    },
    () => post("fragments", pick(rnd, [
      "{ actors(limit: 1) { ...A } } fragment A on Actor { ...B } fragment B on Actor { ...A }",
      "{ actors(limit: 1) { ...A } } fragment A on Meeting { id }",
      "{ actors(limit: 1) { ...Missing } }",
      `{ actors(limit: 1) { ${"...F ".repeat(500)} } } fragment F on Actor { id }`,
      "{ actors(limit: 1) { ... on Actor { ... on Actor { ... on Actor { name } } } } }",
    ])),
    () => post("directives", pick(rnd, [
      "query($s: Boolean) { actors(limit: 1) { name @skip(if: $s) } }",
      `{ actors(limit: 1) { name ${"@include(if: true) ".repeat(int(rnd, 2, 200))} } }`,
      "{ actors(limit: 1) { name @nosuch } }",
      "{ actors(limit: 1) @skip(if: 5) { name } }",
      "{ actors(limit: 1) { name @defer } }",
    ]), { variables: { s: "yes" } }),
    () => post("unicode", pick(rnd, [
      "\ufeff{ actors(limit: 1) { name } }",
      "{ actors(limit: 1) { nаme } }",
      "{ actors(limit: 1) { name } }\u0000",
      `{ searchNames(query: "${"\u{1F600}".repeat(int(rnd, 1, 120))}") { name } }`,
      `{ contacts(actor: "\\ud800") { count } }`,
      "{ actors(limit: 1) { name } } \u2028\u2029",
      "# \u202e comment\n{ actors(limit: 1) { name } }",
    ])),
    () => {
      const size = pick(rnd, [1_100_000, 2_000_000, 5_000_000]);
      return post("oversize", `{ __typename } #${"x".repeat(size)}`);
    },
    () => post("oversize tokens", `{ ${Array.from({ length: int(rnd, 5001, 20000) }, () => "__typename").join(" ")} }`),
    () => {
      const body = pick(rnd, ["{ actors { name } }", "query=%7B__typename%7D", '{"query": "{ __typename }"}', "\u0000\u0001\u0002", "", "--x\r\ncontent-disposition: form-data; name=query\r\n\r\n{ __typename }\r\n--x--"]);
      const type = pick(rnd, ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql", "application/xml", "application/json; charset=latin1", "", "image/png"]);
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      return { kind: "wrong content type", method: "POST", path: "/graphql", headers, body };
    },
    () => {
      const body = pick(rnd, ["[]", '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]', "42", "null", '"{ __typename }"', '{"query": 5}', '{"query": null}', '{"query": ["{ __typename }"]}', '{"query": "{ __typename }", "operationName": 7}', '{"query": "query A { __typename } query B { __typename }"}', '{"query": "query A { __typename }", "operationName": "Z"}', '{"query": "{ __typename }", "extensions": "x"}', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}', '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "ab"}}}', '{"query": "{ __typename ', "{\"query\": \"{ __typename }\"}}}"]);
      return { kind: "malformed body", method: "POST", path: "/graphql", headers: JSON_HEADERS, body };
    },
    () => {
      const method = pick(rnd, ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND"]);
      const path = pick(rnd, ["/graphql", "/", "/readyz", "/metrics", "/nosuch", "/graphql/../metrics", "//graphql", "/graphql?query=%7B__typename%7D"]);
      return { kind: "wrong method", method, path, headers: JSON_HEADERS, ...(method === "HEAD" ? {} : { body: '{"query": "{ __typename }"}' }) };
    },
    () => {
      let q = pick(rnd, BASE_QUERIES);
      if (rnd() < 0.7) q = rnd() < 0.5 ? mutateText(rnd, q) : hostileValue(rnd, q);
      const extra = pick(rnd, ["", "&variables=%7Bbroken", "&variables=%5B1%5D", "&operationName=Nope", "&extensions=%7B%22persistedQuery%22%3A1%7D", "&query=%7B__typename%7D"]);
      const headers = pick<Record<string, string>>(rnd, [JSON_HEADERS, { "apollo-require-preflight": "true" }, {}, { accept: "application/graphql-response+json", "content-type": "application/json" }, { accept: "text/html", "content-type": "application/json" }]);
      return { kind: "GET", method: "GET", path: `/graphql?query=${encodeURIComponent(q)}${extra}`, headers };
    },
    () => post("mutations", pick(rnd, [
      'mutation { createActors(input: [{ name: "Fuzz", aliases: [] }]) { actors { id } } }',
      'mutation { deleteActors(where: { name: { eq: "Ana Lima" } }) { nodesDeleted } }',
      "mutation { __typename }",
      "subscription { actorCreated { id } }",
    ])),
    () => {
      const q = pick(rnd, BASE_QUERIES);
      return post("accept headers", q, {}, { "content-type": "application/json", accept: pick(rnd, ["application/graphql-response+json", "text/event-stream", "multipart/mixed", "*/*", "application/xml", "application/json;q=0", ""]) });
    },
  ];
  const requests: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) requests.push(makers[i % makers.length]!());
  return requests;
}
