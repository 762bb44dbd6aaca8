import { describe, expect, it } from "vitest";
import { ALL_KEPT_UP_TO, coAttendanceChanges, keptOf, newerFirst, NEWEST_KEPT, tallyMeeting, type CoAttendance } from "../../src/load/co-attendance-rows.js";

const meeting = (id: string, kind: string, dateFrom: string | null, dateTo: string | null = dateFrom) => ({ id, kind, dateFrom, dateTo });

describe("co-attendance changes of a load", () => {
  it("adds the new meetings a pair shares: their number, earliest start, latest end and kinds", () => {
    const { recompute, gains } = coAttendanceChanges(
      [
        { meetingId: "m1", actorIds: ["b", "a"] },
        { meetingId: "m2", actorIds: ["a", "b", "b"] },
        { meetingId: "m3", actorIds: ["a", "b"] },
      ],
      [],
      new Set(),
      [meeting("m1", "talks", "2024-03-01", "2024-03-02"), meeting("m2", "call", null), meeting("m3", "talks", "2023-12-30", "2024-01-01")],
    );
    expect(recompute).toEqual([]);
    // The undated meeting first, as Cypher's `ORDER BY dateFrom DESC` puts null first.
    expect(gains).toEqual([{ lo: "a", hi: "b", count: 3, first: "2023-12-30", last: "2024-03-02", kinds: ["call", "talks"], meetings: ["m2", "m1", "m3"] }]);
  });

  it("recomputes every pair of a meeting the graph already had, even if the pair also shares a new one", () => {
    const { recompute, gains } = coAttendanceChanges(
      [
        { meetingId: "old", actorIds: ["a", "b"] },
        { meetingId: "new", actorIds: ["a", "b", "c"] },
      ],
      [],
      new Set(["old"]),
      [meeting("old", "talks", "2024-01-01"), meeting("new", "talks", "2024-02-01")],
    );
    expect(recompute).toEqual([{ lo: "a", hi: "b" }]);
    expect(gains.map((g) => `${g.lo}|${g.hi}`).sort()).toEqual(["a|c", "b|c"]);
  });

  it("recomputes the pairs of removed meetings and of attendance at meetings the plan does not write", () => {
    const { recompute, gains } = coAttendanceChanges(
      [{ meetingId: "elsewhere", actorIds: ["c", "d"] }],
      [{ meetingId: "gone", actorIds: ["a", "b"] }],
      new Set(),
      [],
    );
    expect(recompute).toEqual([
      { lo: "a", hi: "b" },
      { lo: "c", hi: "d" },
    ]);
    expect(gains).toEqual([]);
  });

  const dates = ["2024-01-03", null, "2024-01-03", "2023-05-01", "2025-02-02"];
  const tally = (n: number) => {
    const met = new Map<string, CoAttendance>();
    const all = Array.from({ length: n }, (_, i) => meeting(`m${String(i).padStart(3, "0")}`, "talks", dates[i % dates.length]!));
    for (const m of [...all].reverse()) tallyMeeting(met, ["a", "b"], m);
    return { all, kept: [...met.values()][0]! };
  };

  it("keeps every meeting of a pair that shares up to ALL_KEPT_UP_TO, in Contact.meetings' order (undated, later start, id)", () => {
    for (const n of [NEWEST_KEPT + 5, ALL_KEPT_UP_TO]) {
      const { all, kept } = tally(n);
      expect(kept.count).toBe(n);
      expect(kept.newest.map((m) => m.id)).toEqual([...all].sort(newerFirst).map((m) => m.id));
    }
    const { kept } = tally(NEWEST_KEPT + 5);
    expect(kept.newest.map((m) => m.dateFrom).slice(0, 4)).toEqual([null, null, null, "2025-02-02"]);
    expect(kept.newest.slice(0, 3).map((m) => m.id)).toEqual(["m001", "m006", "m011"]);
  });

  it("keeps only the newest NEWEST_KEPT of a pair that shares more than ALL_KEPT_UP_TO", () => {
    const { all, kept } = tally(ALL_KEPT_UP_TO + 1);
    expect(keptOf(all.length)).toBe(NEWEST_KEPT);
    expect(kept.newest.map((m) => m.id)).toEqual([...all].sort(newerFirst).slice(0, NEWEST_KEPT).map((m) => m.id));
  });
});
