import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gql } from "../support/http.js";
import { useSeedServer } from "../support/seeds.js";

const seeded = useSeedServer();

interface Chain {
  actors: Array<{ name: string }>;
  hops: Array<{ from: { name: string }; to: { name: string }; meeting: { id: string; date: string | null; evidence: Array<{ quote: string; article: { title: string | null } }> } }>;
}
const CHAIN = `query($from: String!, $to: String!, $maxHops: Int, $timeRespecting: Boolean) {
  whoMetWhomVia(from: $from, to: $to, maxHops: $maxHops, timeRespecting: $timeRespecting) {
    actors { name }
    hops { from { name } to { name } meeting { id date evidence { quote article { title } } } }
  }
}`;

describe("traversals over the ingested seeds", () => {
  it("finds that Ali Asghar Khaji reaches Vladimir Putin via Bashar al-Assad", async () => {
    const res = await gql<{ whoMetWhomVia: Chain[] }>(seeded.server.graphqlUrl, CHAIN, { from: "Ali Asghar Khaji", to: "Vladimir Putin" });
    expect(res.errors).toBeUndefined();
    const first = res.data!.whoMetWhomVia[0]!;
    expect(first.actors.map((a) => a.name)).toEqual(["Ali Asghar Khaji", "Bashar al-Assad", "Vladimir Putin"]);
    expect(first.hops[0]!.meeting.evidence.length).toBeGreaterThan(0);
    expect(first.hops[0]!.meeting.evidence[0]!.quote).toMatch(/Khaji|Assad/);
  });

  it("finds that Faisal Mekdad reaches Putin in three hops, shortest first", async () => {
    const res = await gql<{ whoMetWhomVia: Chain[] }>(seeded.server.graphqlUrl, CHAIN, { from: "Mekdad", to: "Putin" });
    expect(res.errors).toBeUndefined();
    const chains = res.data!.whoMetWhomVia;
    expect(chains[0]!.hops).toHaveLength(3);
    expect(chains[0]!.actors.map((a) => a.name)).toEqual(["Faisal Mekdad", "Ali Asghar Khaji", "Bashar al-Assad", "Vladimir Putin"]);
    const lengths = chains.map((c) => c.hops.length);
    expect([...lengths].sort()).toEqual(lengths);
  });

  it("finds no chain from Nikolai Patrushev to Assad", async () => {
    const res = await gql<{ whoMetWhomVia: Chain[] }>(seeded.server.graphqlUrl, CHAIN, { from: "Nikolai Patrushev", to: "Assad", maxHops: 6 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.whoMetWhomVia).toEqual([]);
  });

  it("keeps to chains that run forward in time when asked, dropping one the plain query returns", async () => {
    const plain = await gql<{ whoMetWhomVia: Chain[] }>(seeded.server.graphqlUrl, CHAIN, { from: "Faisal Mekdad", to: "Vladimir Putin", maxHops: 3 });
    const forward = await gql<{ whoMetWhomVia: Chain[] }>(seeded.server.graphqlUrl, CHAIN, { from: "Faisal Mekdad", to: "Vladimir Putin", maxHops: 3, timeRespecting: true });
    const key = (c: Chain) => c.hops.map((h) => h.meeting.id).join(">");
    const plainKeys = plain.data!.whoMetWhomVia.map(key);
    const forwardKeys = forward.data!.whoMetWhomVia.map(key);
    expect(forwardKeys.length).toBeGreaterThan(0);
    expect(forwardKeys.every((k) => plainKeys.includes(k))).toBe(true);
    expect(plainKeys.filter((k) => !forwardKeys.includes(k)).length).toBeGreaterThan(0);
    for (const c of forward.data!.whoMetWhomVia) {
      const dates = c.hops.map((h) => h.meeting.date);
      expect(dates.every((d) => d !== null)).toBe(true);
    }
  });

  it("gives Assad's contacts as the eleven people the gold annotations give", async () => {
    const goldDir = new URL("../fixtures/gold/", import.meta.url);
    const expected = new Set<string>();
    for (const f of readdirSync(goldDir)) {
      const gold = JSON.parse(readFileSync(new URL(f, goldDir), "utf8")) as { meetings: Array<{ participants: string[] }> };
      for (const m of gold.meetings) if (m.participants.includes("Bashar al-Assad")) for (const p of m.participants) if (p !== "Bashar al-Assad") expected.add(p);
    }
    expect(expected.size).toBe(11);
    const res = await gql<{ contacts: Array<{ actor: { name: string }; count: number; meetings: Array<{ id: string }> }> }>(
      seeded.server.graphqlUrl,
      `{ contacts(actor: "Assad") { actor { name } count meetings { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    const names = res.data!.contacts.map((c) => c.actor.name);
    expect(new Set(names)).toEqual(expected);
    for (const c of res.data!.contacts) expect(c.count).toBe(c.meetings.length);
  });

  it("ranks contacts the same when the request leaves out their meetings (which it then does not read)", async () => {
    type Contacts = { contacts: Array<{ actor: { name: string }; count: number; meetings?: Array<{ id: string }> }> };
    for (const filter of ['actor: "Assad"', 'actor: "Vladimir Putin"', 'actor: "Assad", after: "2024-01-01", kind: in_person']) {
      const full = await gql<Contacts>(seeded.server.graphqlUrl, `{ contacts(${filter}) { actor { name } count meetings { id } } }`);
      const ranking = await gql<Contacts>(seeded.server.graphqlUrl, `{ contacts(${filter}) { actor { name } count } }`);
      expect(full.errors).toBeUndefined();
      expect(ranking.errors).toBeUndefined();
      expect(full.data!.contacts.length).toBeGreaterThan(0);
      expect(ranking.data!.contacts).toEqual(full.data!.contacts.map((c) => ({ actor: c.actor, count: c.count })));
    }
    // Meetings asked for through a fragment are still read.
    const viaFragment = await gql<Contacts>(
      seeded.server.graphqlUrl,
      `{ contacts(actor: "Assad") { count ...M } } fragment M on Contact { ... on Contact { meetings { id } } }`,
    );
    expect(viaFragment.errors).toBeUndefined();
    for (const c of viaFragment.data!.contacts) expect(c.meetings!.length).toBe(c.count);
  });

  it("refuses an ambiguous name with the candidates", async () => {
    const res = await gql(seeded.server.graphqlUrl, `{ contacts(actor: "Bashar") { count } }`);
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("ACTOR_AMBIGUOUS");
    const names = (res.errors![0]!.extensions!["candidates"] as Array<{ name: string }>).map((c) => c.name).sort();
    expect(names).toEqual(["Bashar al-Assad", "Bashar al-Jafari"]);
  });

  it("takes actor ids as well as names, and refuses an unknown id with ACTOR_NOT_FOUND", async () => {
    const ids = await gql<{ searchNames: Array<{ id: string; name: string }> }>(seeded.server.graphqlUrl, `{ searchNames(query: "Khaji", first: 1) { id name } }`);
    const khaji = ids.data!.searchNames[0]!;
    const byId = await gql<{ whoMetWhomVia: Chain[] }>(seeded.server.graphqlUrl, CHAIN, { from: khaji.id, to: "Vladimir Putin" });
    expect(byId.data!.whoMetWhomVia[0]!.actors[0]!.name).toBe("Ali Asghar Khaji");
    const unknown = await gql(seeded.server.graphqlUrl, `{ contacts(actor: "actor:no-such-person") { count } }`);
    expect(unknown.errors?.[0]?.extensions?.["code"]).toBe("ACTOR_NOT_FOUND");
  });

  it("refuses an unknown name with ACTOR_NOT_FOUND", async () => {
    const res = await gql(seeded.server.graphqlUrl, `{ contacts(actor: "Zzyzx Qwerty") { count } }`);
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("ACTOR_NOT_FOUND");
  });

  it("names brokers between Khaji and Putin, Assad first", async () => {
    const res = await gql<{ brokers: Array<{ actor: { name: string }; chains: number }> }>(seeded.server.graphqlUrl, `{ brokers(from: "Khaji", to: "Putin") { actor { name } chains } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.brokers[0]!.actor.name).toBe("Bashar al-Assad");
    expect(res.data!.brokers[0]!.chains).toBeGreaterThan(0);
  });

  it("draws Assad's network with weighted edges a dashboard can use", async () => {
    const res = await gql<{ network: { nodes: Array<{ id: string; name: string; depth: number }>; edges: Array<{ source: string; target: string; weight: number }>; truncated: boolean } }>(
      seeded.server.graphqlUrl,
      `{ network(actor: "Bashar al-Assad", depth: 1) { nodes { id name depth } edges { source target weight } truncated } }`,
    );
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data!.network;
    expect(nodes[0]).toMatchObject({ name: "Bashar al-Assad", depth: 0 });
    expect(nodes.filter((n) => n.depth === 1)).toHaveLength(11);
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.weight).toBeGreaterThan(0);
    }
  });

  it("pages each contact's meetings, newest first, and keeps the count of all of them", async () => {
    type Contacts = { contacts: Array<{ actor: { name: string }; count: number; meetings: Array<{ id: string }>; page?: Array<{ id: string }> }> };
    const res = await gql<Contacts>(seeded.server.graphqlUrl, `{ contacts(actor: "Assad") { actor { name } count meetings { id } page: meetings(first: 1) { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.contacts.some((c) => c.count > 1)).toBe(true);
    for (const c of res.data!.contacts) {
      expect(c.meetings).toHaveLength(c.count);
      expect(c.page).toEqual(c.meetings.slice(0, 1));
    }
    const paged = await gql<Contacts>(seeded.server.graphqlUrl, `{ contacts(actor: "Assad") { actor { name } count meetings(first: 2) { id } } }`);
    expect(paged.data!.contacts).toEqual(res.data!.contacts.map((c) => ({ actor: c.actor, count: c.count, meetings: c.meetings.slice(0, 2) })));
    const bad = await gql(seeded.server.graphqlUrl, `{ contacts(actor: "Assad") { meetings(first: 0) { id } } }`);
    expect(bad.errors?.[0]?.extensions?.["code"]).toBe("INPUT_INVALID");
  });

  it("weighs network edges the same whether or not their meeting ids are asked for", async () => {
    type Net = { network: { nodes: Array<{ id: string; depth: number; weight: number }>; edges: Array<{ source: string; target: string; weight: number; meetingIds?: string[] }> } };
    for (const depth of [1, 2]) {
      const withIds = await gql<Net>(seeded.server.graphqlUrl, `{ network(actor: "Bashar al-Assad", depth: ${depth}) { nodes { id depth weight } edges { source target weight meetingIds } } }`);
      const without = await gql<Net>(seeded.server.graphqlUrl, `{ network(actor: "Bashar al-Assad", depth: ${depth}) { nodes { id depth weight } edges { source target weight } } }`);
      expect(withIds.errors).toBeUndefined();
      expect(without.errors).toBeUndefined();
      for (const e of withIds.data!.network.edges) expect(e.meetingIds).toHaveLength(e.weight);
      const key = (e: { source: string; target: string; weight: number }) => `${e.source} ${e.target} ${e.weight}`;
      expect(without.data!.network.edges.map(key).sort()).toEqual(withIds.data!.network.edges.map(key).sort());
      expect(without.data!.network.nodes).toEqual(withIds.data!.network.nodes);
    }
  });

  it("caps a network at the nearest actors, then by name, the same with or without meeting ids", async () => {
    type Net = { network: { truncated: boolean; nodes: Array<{ id: string; name: string; depth: number }> } };
    const full = await gql<Net>(seeded.server.graphqlUrl, `{ network(actor: "Bashar al-Assad", depth: 2) { truncated nodes { id name depth } } }`);
    expect(full.data!.network.truncated).toBe(false);
    const order = (a: { name: string; depth: number }, b: { name: string; depth: number }) => a.depth - b.depth || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const expected = [...full.data!.network.nodes].sort(order).slice(0, 4).map((n) => n.id);
    for (const withIds of [false, true]) {
      const capped = await gql<Net>(seeded.server.graphqlUrl, `{ network(actor: "Bashar al-Assad", depth: 2, limit: 4) { truncated nodes { id name depth } ${withIds ? "edges { meetingIds }" : ""} } }`);
      expect(capped.errors).toBeUndefined();
      expect(capped.data!.network.truncated).toBe(true);
      expect(capped.data!.network.nodes.map((n) => n.id)).toEqual(expected);
    }
  });

  it("gives distinct actor paths when asked, each hop with every meeting the two actors shared", async () => {
    type Paths = { whoMetWhomVia: Array<{ actors: Array<{ id: string }>; hops: Array<{ from: { id: string }; to: { id: string }; meeting: { id: string }; alternatives: Array<{ id: string }> }> }> };
    const query = (distinct: boolean) => `{ whoMetWhomVia(from: "Mekdad", to: "Putin", first: 10, distinctPaths: ${distinct}) { actors { id } hops { from { id } to { id } meeting { id } alternatives { id } } } }`;
    const plain = await gql<Paths>(seeded.server.graphqlUrl, query(false));
    const paths = await gql<Paths>(seeded.server.graphqlUrl, query(true));
    expect(plain.errors).toBeUndefined();
    expect(paths.errors).toBeUndefined();
    const key = (c: { actors: Array<{ id: string }> }) => c.actors.map((a) => a.id).join(" ");
    const plainPaths = plain.data!.whoMetWhomVia.map(key);
    expect(new Set(plainPaths).size).toBeLessThan(plainPaths.length); // the plain query repeats a path
    const distinct = paths.data!.whoMetWhomVia.map(key);
    expect(new Set(distinct).size).toBe(distinct.length);
    for (const p of new Set(plainPaths)) expect(distinct).toContain(p);
    for (const chain of paths.data!.whoMetWhomVia) {
      for (const hop of chain.hops) expect(hop.alternatives.map((m) => m.id)).toContain(hop.meeting.id);
    }
    // Every meeting a repeated path used in the plain answer is among its hops' alternatives.
    for (const c of plain.data!.whoMetWhomVia) {
      const same = paths.data!.whoMetWhomVia.find((d) => key(d) === key(c))!;
      c.hops.forEach((hop, i) => expect(same.hops[i]!.alternatives.map((m) => m.id)).toContain(hop.meeting.id));
    }
  });

  it("finds actors by a misspelt name", async () => {
    const res = await gql<{ searchNames: Array<{ name: string; kind: string }> }>(seeded.server.graphqlUrl, `{ searchNames(query: "Patrushef") { name kind } }`);
    expect(res.data!.searchNames[0]).toEqual({ name: "Nikolai Patrushev", kind: "actor" });
  });

  it("answers nested fields of traversal results that the traversal did not fetch", async () => {
    const res = await gql<{ contacts: Array<{ actor: { name: string; meetings: Array<{ id: string }>; evidence: Array<{ quote: string }> } }> }>(
      seeded.server.graphqlUrl,
      `{ contacts(actor: "Raisi") { actor { name meetings { id } evidence { quote } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const assad = res.data!.contacts.find((c) => c.actor.name === "Bashar al-Assad")!;
    expect(assad.actor.meetings.length).toBeGreaterThan(3);
    expect(assad.actor.evidence.length).toBeGreaterThan(0);
  });
});
