import { describe, expect, it } from "vitest";
import { meetingTier, startsAt } from "../../src/load/co-attendance-direction.js";

describe("an actor's tier", () => {
  it("is the power of four its meetings reach, and none without meetings", () => {
    expect([0, 1, 3, 4, 15, 16, 63, 64, 1023, 1024, 4 ** 12 - 1, 4 ** 12].map(meetingTier)).toEqual([null, 0, 0, 1, 1, 2, 2, 3, 4, 5, 11, 12]);
  });
});

describe("which way a co-attendance relationship points", () => {
  it("starts at the actor of the lower tier, whatever the ids", () => {
    expect(startsAt({ id: "z", tier: 0 }, { id: "a", tier: 2 })).toBe(true);
    expect(startsAt({ id: "a", tier: 2 }, { id: "z", tier: 0 })).toBe(false);
  });

  it("starts at the lower id between equal tiers", () => {
    expect(startsAt({ id: "a", tier: 1 }, { id: "b", tier: 1 })).toBe(true);
    expect(startsAt({ id: "b", tier: 1 }, { id: "a", tier: 1 })).toBe(false);
  });

  it("starts at an actor without a tier, as Cypher's coalesce(tier, -1) puts it first", () => {
    expect(startsAt({ id: "z", tier: null }, { id: "a", tier: 0 })).toBe(true);
    expect(startsAt({ id: "a", tier: 0 }, { id: "z", tier: null })).toBe(false);
  });
});
