import { describe, expect, it } from "vitest";
import { buildTimeline, precisionOf, rangeOf } from "../../src/query/periods.js";

describe("periods of reported dates", () => {
  it("knows the precision of each date shape and nothing else", () => {
    expect([precisionOf("2024-07-24"), precisionOf("2024-07"), precisionOf("2024"), precisionOf(null), precisionOf("July")]).toEqual(["day", "month", "year", null, null]);
  });

  it("gives the first and last day a period covers, leap years included", () => {
    expect(rangeOf("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(rangeOf("2023-02")).toEqual({ from: "2023-02-01", to: "2023-02-28" });
    expect(rangeOf("2023")).toEqual({ from: "2023-01-01", to: "2023-12-31" });
    expect(rangeOf("2024-07-24")).toEqual({ from: "2024-07-24", to: "2024-07-24" });
  });
});

describe("a timeline honest about partial dates", () => {
  const rows = [
    { period: "2024-07", kind: "in_person" as const, count: 2 }, // days cut to months by the statement
    { period: "2024-07", kind: "call" as const, count: 1 },
    { period: "2023", kind: "in_person" as const, count: 3 }, // year-only: stays a year
    { period: "2023-01", kind: "in_person" as const, count: 1 },
    { period: null, kind: "call" as const, count: 4 },
  ];

  it("keeps a year-only meeting in a bucket of its own over the whole year, not in January", () => {
    const t = buildTimeline(rows, "month");
    expect(t.buckets.map((b) => [b.period, b.precision, b.from, b.to, b.total])).toEqual([
      ["2023", "year", "2023-01-01", "2023-12-31", 3],
      ["2023-01", "month", "2023-01-01", "2023-01-31", 1],
      ["2024-07", "month", "2024-07-01", "2024-07-31", 3],
    ]);
    expect(t.buckets[2]).toMatchObject({ inPerson: 2, call: 1 });
  });

  it("counts undated meetings apart and every meeting once", () => {
    const t = buildTimeline(rows, "month");
    expect(t.undated).toEqual({ inPerson: 0, call: 4, total: 4 });
    expect(t.total).toBe(11);
  });

  it("cuts finer dates to the granularity", () => {
    const t = buildTimeline([{ period: "2024-07-24", kind: "call", count: 1 }, { period: "2024-07-02", kind: "call", count: 1 }], "year");
    expect(t.buckets.map((b) => [b.period, b.total])).toEqual([["2024", 2]]);
  });
});
