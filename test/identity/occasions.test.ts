import { describe, expect, it } from "vitest";
import { clusterOccasions, type OccasionReport } from "../../src/identity/occasions.js";

const city = (id: string) => ({ id: `city:${id}`, kind: "city", countryCode: "XX" });
const day = (id: string, d: string, place: string | null = null): OccasionReport => ({ id, date: d, dateFrom: d, dateTo: d, place: place ? city(place) : null });
const month = (id: string, m: string, place: string | null = null): OccasionReport => ({ id, date: m, dateFrom: `${m}-01`, dateTo: `${m}-28`, place: place ? city(place) : null });
const undated = (id: string, place: string | null = null): OccasionReport => ({ id, date: null, dateFrom: null, dateTo: null, place: place ? city(place) : null });
const shape = (rs: OccasionReport[]) => clusterOccasions(rs).map((o) => `${o.date ?? "undated"}: ${o.reports.map((r) => r.id).join(",")}`).sort();

describe("one meeting per occasion", () => {
  it("joins an undated and a less precise report to the one dated meeting", () => {
    expect(shape([day("a", "2024-07-24"), month("b", "2024-07"), undated("c")])).toEqual(["2024-07-24: a,b,c"]);
  });

  it("keeps an undated report apart when two dated meetings could be it", () => {
    expect(shape([day("a", "2024-07-24"), day("b", "2023-01-02"), undated("c")])).toEqual(["2023-01-02: b", "2024-07-24: a", "undated: c"]);
  });

  it("joins a month report only to a meeting inside that month", () => {
    expect(shape([day("a", "2024-07-24"), month("b", "2024-08")])).toEqual(["2024-07-24: a", "2024-08: b"]);
  });

  it("does not join a report from another city", () => {
    expect(shape([day("a", "2024-07-24", "oslo"), undated("b", "lima")])).toEqual(["2024-07-24: a", "undated: b"]);
  });

  it("is the same whatever order the reports come in", () => {
    const rs = [day("a", "2024-07-24"), month("b", "2024-07"), undated("c"), day("d", "2024-07-24", "oslo"), month("e", "2023-02")];
    const first = shape(rs);
    expect(shape([...rs].reverse())).toEqual(first);
    expect(shape([rs[2]!, rs[0]!, rs[4]!, rs[1]!, rs[3]!])).toEqual(first);
  });
});
