import { beforeAll, describe, expect, it } from "vitest";
import { gql } from "../support/http.js";
import { pythonEnv, pythonJson } from "../support/python.js";
import { useSeedServer } from "../support/seeds.js";

const seeded = useSeedServer();
let python: string;
beforeAll(async () => {
  python = await pythonEnv();
}, 900_000);

const url = (path: string) => `${seeded.server.url}${path}`;

// networkx reads the file the server sends, as an analyst would after downloading it.
const READ_GRAPH = `
import json, sys, urllib.request, io
import networkx as nx
data = urllib.request.urlopen(sys.argv[1]).read()
g = nx.read_graphml(io.BytesIO(data)) if sys.argv[2] == "graphml" else nx.read_gexf(io.BytesIO(data))
edges = {"|".join(sorted([a, b])): d.get("weight") for a, b, d in g.edges(data=True)}
labels = {n: d.get("label") for n, d in g.nodes(data=True)}
print(json.dumps({"nodes": sorted(g.nodes()), "edges": edges, "labels": labels, "directed": g.is_directed()}))
`;

interface GraphOut {
  nodes: string[];
  edges: Record<string, number>;
  labels: Record<string, string>;
  directed: boolean;
}
interface NetworkOut {
  network: { nodes: Array<{ id: string; name: string }>; edges: Array<{ source: string; target: string; weight: number }> };
}

describe("exports for Gephi and networkx", () => {
  for (const format of ["graphml", "gexf"] as const) {
    it(`gives an actor's network as ${format} that networkx reads, with the nodes and weights of the network query`, async () => {
      const [file, net] = await Promise.all([
        pythonJson<GraphOut>(python, READ_GRAPH, [url(`/export/graph.${format}?actor=${encodeURIComponent("Bashar al-Assad")}&depth=1`), format]),
        gql<NetworkOut>(seeded.server.graphqlUrl, `{ network(actor: "Bashar al-Assad", depth: 1) { nodes { id name } edges { source target weight } } }`),
      ]);
      expect(file.directed).toBe(false);
      const network = net.data!.network;
      expect(file.nodes).toEqual(network.nodes.map((n) => n.id).sort());
      expect(file.labels["actor:bashar-assad"]).toBe("Bashar al-Assad");
      const weights = Object.fromEntries(network.edges.map((e) => [[e.source, e.target].sort().join("|"), e.weight]));
      expect(file.edges).toEqual(weights);
    });
  }

  it("exports the whole graph: every actor who attended a meeting is a node", async () => {
    const [file, meetings] = await Promise.all([
      pythonJson<GraphOut>(python, READ_GRAPH, [url("/export/graph.gexf"), "gexf"]),
      gql<{ meetings: Array<{ participants: Array<{ id: string }> }> }>(seeded.server.graphqlUrl, `{ meetings(limit: 1000) { participants(limit: 100) { id } } }`),
    ]);
    const actors = new Set(meetings.data!.meetings.flatMap((m) => m.participants.map((p) => p.id)));
    expect(file.nodes).toEqual([...actors].sort());
  });

  it("answers an unknown actor or a bad parameter with a JSON error and a status", async () => {
    const unknown = await fetch(url("/export/graph.graphml?actor=Nobody%20Atall"));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: "ACTOR_NOT_FOUND" });
    const bad = await fetch(url("/export/meetings.csv?depth=9"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "INPUT_INVALID", argument: "depth" });
  });
});

// pandas reads each table straight from its URL, parses the dates, and reports what it found.
const READ_CSV = `
import json, sys
import pandas as pd
base = sys.argv[1]
actors = pd.read_csv(base + "/export/actors.csv")
meetings = pd.read_csv(base + "/export/meetings.csv", parse_dates=["date_from", "date_to"])
evidence = pd.read_csv(base + "/export/evidence.csv")
edges = pd.read_csv(base + "/export/edges.csv")
calls = pd.read_csv(base + "/export/meetings.csv?kind=call")
window = pd.read_csv(base + "/export/meetings.csv?after=2024-01-01&before=2024-12-31", parse_dates=["date_from", "date_to"])
print(json.dumps({
  "actors": list(actors.columns), "actor_rows": len(actors),
  "meeting_rows": len(meetings), "meeting_ids": sorted(meetings["id"]),
  "date_dtype": str(meetings["date_from"].dtype),
  "year_only_from": sorted({d.strftime("%Y-%m-%d") for d in meetings.loc[meetings["date_precision"] == "year", "date_from"]}),
  "evidence_columns": list(evidence.columns), "evidence_rows": len(evidence),
  "urls": sorted(evidence["article_url"].dropna().unique().tolist()),
  "quotes_multiline": int(evidence["quote"].str.contains("\\n").sum()),
  "edge_weight_sum": int(edges["weight"].sum()),
  "call_kinds": sorted(calls["kind"].unique().tolist()),
  "window_min": str(window["date_to"].min().date()), "window_max": str(window["date_from"].max().date()), "window_rows": len(window),
}))
`;

interface CsvOut {
  actors: string[];
  actor_rows: number;
  meeting_rows: number;
  meeting_ids: string[];
  date_dtype: string;
  year_only_from: string[];
  evidence_columns: string[];
  evidence_rows: number;
  urls: string[];
  edge_weight_sum: number;
  call_kinds: string[];
  window_min: string;
  window_max: string;
  window_rows: number;
}

describe("CSV tables for pandas", () => {
  it("reads each table with pandas.read_csv(url) in one line, dates parsed, filters applied", async () => {
    const [out, all] = await Promise.all([
      pythonJson<CsvOut>(python, READ_CSV, [seeded.server.url]),
      gql<{ meetings: Array<{ id: string; evidence: Array<{ id: string }> }> }>(seeded.server.graphqlUrl, `{ meetings(limit: 1000) { id evidence(limit: 100) { id } } }`),
    ]);
    const meetings = all.data!.meetings;
    expect(out.actors).toEqual(["id", "name", "aliases", "meetings", "depth"]);
    expect(out.meeting_ids).toEqual(meetings.map((m) => m.id).sort());
    expect(out.date_dtype).toMatch(/^datetime64/);
    expect(out.year_only_from.every((d) => d.endsWith("-01-01"))).toBe(true);
    expect(out.evidence_rows).toBe(meetings.reduce((n, m) => n + m.evidence.length, 0));
    expect(out.evidence_columns).toContain("article_url");
    expect(out.urls.some((u) => u.startsWith("https://"))).toBe(true);
    expect(out.edge_weight_sum).toBeGreaterThan(out.meeting_rows - 1);
    expect(out.call_kinds).toEqual(["call"]);
    expect(out.window_rows).toBeGreaterThan(0);
    expect(out.window_rows).toBeLessThan(out.meeting_rows);
    expect(out.window_min >= "2024-01-01").toBe(true);
    expect(out.window_max <= "2024-12-31").toBe(true);
  });
});
