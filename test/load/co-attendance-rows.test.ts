import { describe, expect, it } from "vitest";
import { coAttendanceChanges } from "../../src/load/co-attendance-rows.js";

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
    expect(gains).toEqual([{ lo: "a", hi: "b", count: 3, first: "2023-12-30", last: "2024-03-02", kinds: ["call", "talks"] }]);
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
});
