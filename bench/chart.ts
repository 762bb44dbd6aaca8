/** Latency against graph size as a PNG: vega-lite → vega → SVG → resvg. */
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

export interface LatencyPoint {
  meetings: number;
  query: string;
  path: "graphql" | "cypher";
  p50: number;
  p95: number;
}

export async function latencyChart(points: readonly LatencyPoint[]): Promise<{ svg: string; png: Buffer }> {
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: "Traversal latency (p95) against graph size",
    data: { values: points.map((p) => ({ ...p, series: `${p.query} (${p.path})` })) },
    width: 640,
    height: 380,
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "meetings", type: "quantitative", scale: { type: "log" }, title: "meetings in the graph (log)" },
      y: { field: "p95", type: "quantitative", scale: { type: "log" }, title: "p95 latency, ms (log)" },
      color: { field: "query", type: "nominal", title: "traversal" },
      strokeDash: { field: "path", type: "nominal", title: "path" },
      detail: { field: "series" },
    },
    config: { font: "DejaVu Sans", background: "white" },
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, { background: "white", font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
  return { svg, png };
}
