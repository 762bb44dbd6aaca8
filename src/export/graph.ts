import { UndirectedGraph } from "graphology";
import { write as writeGexf } from "graphology-gexf";
import type { ExportData } from "../query/exports.js";

/** An actor of an exported network. */
export interface ActorNode {
  label: string;
  aliases: string;
  /** Exported meetings the actor took part in. */
  meetings: number;
  /** Steps from the centre; -1 in a whole-graph export. */
  depth: number;
}

/** Two actors who met, with what the meetings between them add up to. */
export interface MeetingEdge {
  weight: number;
  in_person: number;
  call: number;
  /** Earliest day the first meeting can be on; "" when none of them is dated. */
  first_date: string;
  /** Latest day the last meeting can be on. */
  last_date: string;
  /** Ids of the meetings, separated by "; ". */
  meeting_ids: string;
}

/**
 * The export as an undirected graph of actors: an edge for each pair who shared a meeting, weighted by how
 * many. In a network export only the network's actors are nodes (other participants stay in the tables).
 */
export type ExportGraph = UndirectedGraph<ActorNode, MeetingEdge>;

export function buildGraph(data: ExportData): ExportGraph {
  const graph: ExportGraph = new UndirectedGraph<ActorNode, MeetingEdge>();
  const keep = (id: string) => data.depths.size === 0 || data.depths.has(id);
  const ids = new Map<string, string[]>();
  for (const m of data.meetings) {
    const inside = m.participants.filter((p) => keep(p.id));
    for (const p of inside) {
      if (!graph.hasNode(p.id)) graph.addNode(p.id, { label: p.name, aliases: p.aliases.join("; "), meetings: 0, depth: data.depths.get(p.id) ?? -1 });
      graph.updateNodeAttribute(p.id, "meetings", (n: number | undefined) => (n ?? 0) + 1);
    }
    for (let i = 0; i < inside.length; i++) {
      for (let j = i + 1; j < inside.length; j++) {
        const [a, b] = [inside[i]!.id, inside[j]!.id].sort() as [string, string];
        const key = `${a}|${b}`;
        if (!graph.hasEdge(key)) graph.addUndirectedEdgeWithKey(key, a, b, { weight: 0, in_person: 0, call: 0, first_date: "", last_date: "", meeting_ids: "" });
        const e = graph.getEdgeAttributes(key);
        e.weight++;
        if (m.kind === "call") e.call++;
        else e.in_person++;
        if (m.dateFrom && (!e.first_date || m.dateFrom < e.first_date)) e.first_date = m.dateFrom;
        if (m.dateTo && (!e.last_date || m.dateTo > e.last_date)) e.last_date = m.dateTo;
        const list = ids.get(key) ?? [];
        list.push(m.id);
        ids.set(key, list);
      }
    }
  }
  for (const [key, list] of ids) graph.setEdgeAttribute(key, "meeting_ids", list.join("; "));
  // The centre of a network is a node even when the filters leave it no meeting.
  for (const [id, depth] of data.depths) {
    if (depth === 0 && !graph.hasNode(id)) graph.addNode(id, { label: id, aliases: "", meetings: 0, depth: 0 });
  }
  return graph;
}

/** GEXF 1.2, as Gephi and networkx read it, written by graphology-gexf. */
export function toGexf(graph: ExportGraph): string {
  return writeGexf(graph, {
    version: "1.2",
    formatNode: (_key, a) => ({ label: a.label, attributes: { aliases: a.aliases, meetings: a.meetings, depth: a.depth } }),
    formatEdge: (_key, a) => ({
      weight: a.weight,
      attributes: { in_person: a.in_person, call: a.call, first_date: a.first_date, last_date: a.last_date, meeting_ids: a.meeting_ids },
    }),
  });
}

const NODE_KEYS: Array<[keyof ActorNode, "string" | "int"]> = [["label", "string"], ["aliases", "string"], ["meetings", "int"], ["depth", "int"]];
const EDGE_KEYS: Array<[keyof MeetingEdge, "string" | "int" | "double"]> = [
  ["weight", "double"], ["in_person", "int"], ["call", "int"], ["first_date", "string"], ["last_date", "string"], ["meeting_ids", "string"],
];

/**
 * GraphML with typed keys, as Gephi, networkx and igraph read it. graphology-graphml only parses, and the
 * format is a flat list of keys, nodes and edges, so it is written here with every value escaped.
 */
export function toGraphml(graph: ExportGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS) out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="parley" edgedefault="undirected">');
  graph.forEachNode((key, a) => {
    out.push(`    <node id="${xml(key)}">${NODE_KEYS.map(([n]) => `<data key="n_${n}">${xml(String(a[n]))}</data>`).join("")}</node>`);
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(`    <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">${EDGE_KEYS.map(([n]) => `<data key="e_${n}">${xml(String(a[n]))}</data>`).join("")}</edge>`);
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

/** Text safe in XML content and attributes; characters XML 1.0 forbids are dropped. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
