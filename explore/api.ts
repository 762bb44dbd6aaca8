/** The explore page talks to the same GraphQL API as everyone else, on the server that served it. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch("graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

export interface NameMatch {
  id: string;
  name: string;
  kind: "actor" | "organisation";
  aliases: string[];
}
export interface NetworkData {
  truncated: boolean;
  nodes: Array<{ id: string; name: string; depth: number; weight: number }>;
  edges: Array<{ source: string; target: string; weight: number }>;
}
export interface Bucket {
  period: string;
  precision: "day" | "month" | "year";
  from: string;
  to: string;
  inPerson: number;
  call: number;
  total: number;
}
export interface TimelineData {
  total: number;
  undated: { inPerson: number; call: number; total: number };
  buckets: Bucket[];
}
export interface MeetingDetail {
  id: string;
  kind: "in_person" | "call";
  date: string | null;
  place: { name: string } | null;
  participants: Array<{ name: string }>;
  evidence: Array<{
    id: string;
    quote: string;
    start: number;
    contextBefore: string | null;
    contextAfter: string | null;
    article: { id: string; title: string | null; url: string | null; published: string | null; source: string | null } | null;
  }>;
}
export interface Chain {
  actors: Array<{ id: string; name: string }>;
  hops: Array<{ meeting: { id: string; date: string | null; kind: string } }>;
}

export const searchNames = (query: string) =>
  gql<{ searchNames: NameMatch[] }>(`query($q: String!) { searchNames(query: $q, first: 8) { id name kind aliases } }`, { q: query }).then((d) => d.searchNames);

// Edges without their meeting ids: asking for them makes the server walk every neighbour's meetings, which
// around a head of state is most of the cost; a link's meetings are read when it is clicked (pairMeetings).
export const network = (actor: string, limit: number) =>
  gql<{ network: NetworkData }>(
    `query($a: String!, $l: Int) { network(actor: $a, depth: 1, limit: $l) { truncated nodes { id name depth weight } edges { source target weight } } }`,
    { a: actor, l: limit },
  ).then((d) => d.network);

export const timeline = (actor: string) =>
  gql<{ timeline: TimelineData }>(
    `query($a: String) { timeline(actor: $a, granularity: month) { total undated { inPerson call total } buckets { period precision from to inPerson call total } } }`,
    { a: actor },
  ).then((d) => d.timeline);

// The ranking alone (no Contact.meetings): the server then reads no meetings at all; a contact's meetings
// are read when it is clicked (pairMeetings).
export const contacts = (actor: string) =>
  gql<{ contacts: Array<{ actor: { id: string; name: string }; count: number }> }>(`query($a: String!) { contacts(actor: $a, first: 50) { actor { id name } count } }`, {
    a: actor,
  }).then((d) => d.contacts);

/** Most meetings of one pair shown with their evidence; hubs share hundreds. */
export const PAIR_MEETINGS = 50;

/**
 * The meetings two actors shared, newest first, with their evidence: the ids of all of them (a one-meeting
 * chain's alternatives, read from whichever of the two has fewer meetings), then the newest PAIR_MEETINGS.
 */
export async function pairMeetings(a: string, b: string): Promise<{ total: number; meetings: MeetingDetail[] }> {
  const d = await gql<{ whoMetWhomVia: Array<{ hops: Array<{ alternatives: Array<{ id: string }> }> }> }>(
    `query($a: String!, $b: String!) { whoMetWhomVia(from: $a, to: $b, maxHops: 1, first: 1, distinctPaths: true) { hops { alternatives { id } } } }`,
    { a, b },
  );
  const ids = d.whoMetWhomVia[0]?.hops[0]?.alternatives.map((m) => m.id) ?? [];
  return { total: ids.length, meetings: ids.length ? await meetings(ids.slice(0, PAIR_MEETINGS)) : [] };
}

export const meetings = (ids: string[]) =>
  gql<{ meetings: MeetingDetail[] }>(
    `query($ids: [ID!]) { meetings(where: { id: { in: $ids } }, sort: [{ dateFrom: DESC }], limit: 50) {
       id kind date place { name } participants { name }
       evidence { id quote start contextBefore contextAfter article { id title url published source } } } }`,
    { ids },
  ).then((d) => d.meetings);

export const articleText = (id: string) =>
  gql<{ articles: Array<{ text: string | null }> }>(`query($id: ID!) { articles(where: { id: { eq: $id } }) { text } }`, { id }).then((d) => d.articles[0]?.text ?? null);

export const paths = (from: string, to: string) =>
  gql<{ whoMetWhomVia: Chain[]; brokers: Array<{ actor: { id: string; name: string }; chains: number }> }>(
    `query($f: String!, $t: String!) {
       whoMetWhomVia(from: $f, to: $t, maxHops: 3, first: 10) { actors { id name } hops { meeting { id date kind } } }
       brokers(from: $f, to: $t, maxHops: 3, first: 10) { actor { id name } chains } }`,
    { f: from, t: to },
  );
