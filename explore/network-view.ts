import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import type { NetworkData } from "./api.js";

const PALETTE = ["#c0392b", "#2e86c1", "#7d8c99"];

/**
 * An actor's network drawn with sigma.js (WebGL): node size by meetings, edge thickness and label by the
 * meetings two actors shared. Networks are merged as nodes are expanded; the layout is ForceAtlas2, run a
 * fixed number of steps so the picture settles the same way each time.
 */
export class NetworkView {
  readonly graph = new Graph({ type: "undirected" });
  private readonly sigma: Sigma;
  onNode: (id: string, name: string) => void = () => {};
  onEdge: (source: string, target: string, label: string) => void = () => {};

  constructor(container: HTMLElement) {
    this.sigma = new Sigma(this.graph, container, {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      labelRenderedSizeThreshold: 0,
      edgeLabelSize: 11,
      defaultEdgeColor: "#b6c2cc",
    });
    this.sigma.on("clickNode", ({ node }) => this.onNode(node, String(this.graph.getNodeAttribute(node, "label"))));
    this.sigma.on("clickEdge", ({ edge }) => {
      const [a, b] = this.graph.extremities(edge);
      this.onEdge(a, b, `${this.label(a)} – ${this.label(b)}`);
    });
  }

  private label(id: string): string {
    return String(this.graph.getNodeAttribute(id, "label"));
  }

  /** Replaces the picture with one network, or (expand) adds it to what is shown. */
  show(data: NetworkData, asked: string, expand: boolean): void {
    if (!expand) this.graph.clear();
    // The request may name the actor in any form; the network's depth-0 node is its id.
    const centre = data.nodes.find((n) => n.depth === 0)?.id ?? asked;
    const n = this.graph.order;
    data.nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, data.nodes.length);
      const existing = this.graph.hasNode(node.id);
      const cx = existing ? 0 : expand && this.graph.hasNode(centre) ? (this.graph.getNodeAttribute(centre, "x") as number) : 0;
      const cy = existing ? 0 : expand && this.graph.hasNode(centre) ? (this.graph.getNodeAttribute(centre, "y") as number) : 0;
      if (!existing) {
        this.graph.addNode(node.id, {
          label: node.name,
          x: cx + (node.depth === 0 ? 0 : Math.cos(angle) * (10 + n)),
          y: cy + (node.depth === 0 ? 0 : Math.sin(angle) * (10 + n)),
          size: 4,
          color: PALETTE[Math.min(node.depth, 2)],
          weight: 0,
        });
      }
      this.graph.setNodeAttribute(node.id, "weight", Math.max(Number(this.graph.getNodeAttribute(node.id, "weight")), node.weight));
    });
    for (const e of data.edges) {
      const key = [e.source, e.target].sort().join("|");
      if (this.graph.hasEdge(key)) continue;
      this.graph.addUndirectedEdgeWithKey(key, e.source, e.target, { weight: e.weight, size: 1 + Math.log2(1 + e.weight) * 1.5, label: String(e.weight) });
    }
    this.graph.forEachNode((id, a) => this.graph.setNodeAttribute(id, "size", 4 + Math.sqrt(Number(a["weight"]) || 0) * 2));
    this.graph.setNodeAttribute(centre, "color", PALETTE[0]);
    if (this.graph.order > 1) forceAtlas2.assign(this.graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(this.graph), edgeWeightInfluence: 1 } });
    this.sigma.refresh();
    this.sigma.getCamera().animatedReset({ duration: 0 });
  }

  /**
   * Where, in the picture's pixels, links can be clicked: the middles of links clear of every actor's dot, the
   * heaviest (thickest, so sigma's picking at reduced resolution keeps them) first. For the e2e test and
   * bench/explore-hub.ts, which click them; empty without links.
   */
  edgePoints(count = 3): Array<{ x: number; y: number }> {
    const at = (id: string) => this.sigma.graphToViewport({ x: Number(this.graph.getNodeAttribute(id, "x")), y: Number(this.graph.getNodeAttribute(id, "y")) });
    const dots = this.graph.mapNodes((id) => ({ ...at(id), r: this.sigma.scaleSize(this.sigma.getNodeDisplayData(id)?.size ?? 4) }));
    const found = this.graph.mapEdges((_edge, attributes, a, b) => {
      const [p, q] = [at(a), at(b)];
      const x = (p.x + q.x) / 2;
      const y = (p.y + q.y) / 2;
      const room = Math.min(...dots.map((d) => Math.hypot(d.x - x, d.y - y) - d.r));
      return { x, y, clear: room > 12, weight: Number(attributes["weight"]), room };
    });
    found.sort((u, v) => Number(v.clear) - Number(u.clear) || v.weight - u.weight || v.room - u.room);
    return found.slice(0, count).map(({ x, y }) => ({ x, y }));
  }

  /** Actors shown, largest first, for the list beside the picture. */
  nodes(): Array<{ id: string; name: string; weight: number }> {
    return this.graph
      .mapNodes((id, a) => ({ id, name: String(a["label"]), weight: Number(a["weight"]) }))
      .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  }
}
