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
  onEdge: (meetingIds: string[], label: string) => void = () => {};

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
      this.onEdge(this.graph.getEdgeAttribute(edge, "meetingIds") as string[], `${this.label(a)} – ${this.label(b)}`);
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
      this.graph.addUndirectedEdgeWithKey(key, e.source, e.target, { weight: e.weight, size: 1 + Math.log2(1 + e.weight) * 1.5, label: String(e.weight), meetingIds: e.meetingIds });
    }
    this.graph.forEachNode((id, a) => this.graph.setNodeAttribute(id, "size", 4 + Math.sqrt(Number(a["weight"]) || 0) * 2));
    this.graph.setNodeAttribute(centre, "color", PALETTE[0]);
    if (this.graph.order > 1) forceAtlas2.assign(this.graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(this.graph), edgeWeightInfluence: 1 } });
    this.sigma.refresh();
    this.sigma.getCamera().animatedReset({ duration: 0 });
  }

  /** Actors shown, largest first, for the list beside the picture. */
  nodes(): Array<{ id: string; name: string; weight: number }> {
    return this.graph
      .mapNodes((id, a) => ({ id, name: String(a["label"]), weight: Number(a["weight"]) }))
      .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  }
}
