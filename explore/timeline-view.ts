import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkAreaComponent, TitleComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { Bucket, TimelineData } from "./api.js";

echarts.use([BarChart, GridComponent, LegendComponent, MarkAreaComponent, TitleComponent, TooltipComponent, SVGRenderer]);

/** Every month from the first to the last, as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split("-").map(Number) as [number, number];
  const [ty, tm] = to.slice(0, 7).split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * Meetings per month, in person and by call, stacked. A meeting the reporting dates only to a year is drawn
 * as a shaded band over that year's months, labelled with its count, never as a bar in January.
 */
export class TimelineView {
  private readonly chart: echarts.ECharts;

  constructor(container: HTMLElement) {
    this.chart = echarts.init(container, undefined, { renderer: "svg" });
    window.addEventListener("resize", () => this.chart.resize());
  }

  show(data: TimelineData): string {
    const exact = data.buckets.filter((b) => b.precision !== "year");
    const years = data.buckets.filter((b) => b.precision === "year");
    if (data.buckets.length === 0) {
      this.chart.clear();
      return `No dated meetings (${data.undated.total} undated).`;
    }
    const from = data.buckets.reduce((m, b) => (b.from < m ? b.from : m), data.buckets[0]!.from);
    const to = data.buckets.reduce((m, b) => (b.to > m ? b.to : m), data.buckets[0]!.to);
    const months = monthsBetween(from, to);
    const count = (b: Bucket | undefined, k: "inPerson" | "call") => (b ? b[k] : 0);
    const byMonth = new Map(exact.map((b) => [b.period.slice(0, 7), b]));
    this.chart.setOption(
      {
        animation: false,
        tooltip: { trigger: "axis" },
        legend: { data: ["in person", "call"], top: 0 },
        grid: { left: 36, right: 16, top: 28, bottom: 40 },
        xAxis: { type: "category", data: months, axisLabel: { rotate: 45 } },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          {
            name: "in person",
            type: "bar",
            stack: "m",
            data: months.map((m) => count(byMonth.get(m), "inPerson")),
            color: "#2e86c1",
            markArea: {
              itemStyle: { color: "rgba(230, 126, 34, 0.18)" },
              label: { color: "#a04000", position: "insideTop" },
              data: years.map((b) => [
                { name: `${b.total} dated ${b.period} only`, xAxis: `${b.period}-01` < months[0]! ? months[0] : `${b.period}-01` },
                { xAxis: `${b.period}-12` > months[months.length - 1]! ? months[months.length - 1] : `${b.period}-12` },
              ]),
            },
          },
          { name: "call", type: "bar", stack: "m", data: months.map((m) => count(byMonth.get(m), "call")), color: "#c0392b" },
        ],
      },
      true,
    );
    const exactTotal = exact.reduce((n, b) => n + b.total, 0);
    const yearTotal = years.reduce((n, b) => n + b.total, 0);
    return `${data.total} meetings: ${exactTotal} dated to a month or day, ${yearTotal} to a year only (shaded ranges), ${data.undated.total} undated.`;
  }
}
