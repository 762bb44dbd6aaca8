import { describe, expect, it } from "vitest";
import { BulkGraph } from "../../src/load/bulk-tables.js";
import type { CoAttendance } from "../../src/load/co-attendance-rows.js";
import type { ActorRow, EntityRow, LoadPlan, MeetingRow } from "../../src/plan/plan.js";

const entity = (id: string, name: string, aliases: string[] = [], kind: string | null = null): EntityRow => ({ id, name, aliases, nameKeys: [name.toLowerCase()], kind });
const actor = (id: string, name: string): ActorRow => ({ id, name, aliases: [], nameKeys: [name.toLowerCase()], aliasText: "" });
const meeting = (id: string, kind: "in_person" | "call", date: string | null): MeetingRow => ({ id, groupKey: `g-${id}`, kind, date, dateFrom: date, dateTo: date, placeId: null });

function plan(parts: Partial<LoadPlan>): LoadPlan {
  const empty: LoadPlan = {
    articles: [], actors: [], staleActors: [], nameForms: [], nameSeen: [], moves: [], organisations: [], places: [], meetings: [], staleMeetings: [],
    attendance: [], affiliations: [], evidence: [], actorEvidence: [], organisationEvidence: [], meetingEvidence: [],
  };
  return { ...empty, ...parts };
}

describe("the bulk load's fold of load plans", () => {
  it("takes an organisation's fuller name and keeps every other form as an alias, as load/organisations does", () => {
    const g = new BulkGraph();
    g.add(plan({ organisations: [entity("org:k", "Foreign Ministry")] }));
    g.add(plan({ organisations: [entity("org:k", "Ghana Foreign Ministry", ["GFM"])] }));
    expect(g.organisations.get("org:k")).toMatchObject({ name: "Ghana Foreign Ministry", aliases: ["Foreign Ministry", "GFM"], aliasText: "Foreign Ministry | GFM | " });
  });

  it("refuses a plan that re-settles an earlier graph (the bulk load plans a corpus at once)", () => {
    expect(() => new BulkGraph().add(plan({ staleMeetings: ["m1"] }))).toThrow(/planned at once/);
  });

  it("keeps an organisation's first kind, and sets a meeting and its place as last planned", () => {
    const g = new BulkGraph();
    const places = [{ id: "city:a", name: "A", kind: "city", countryCode: null }, { id: "city:b", name: "B", kind: "city", countryCode: null }];
    g.add(plan({ organisations: [entity("org:x", "X", [], "ministry")], places, meetings: [{ ...meeting("m1", "call", "2024-01-02"), placeId: "city:a" }] }));
    g.add(plan({ organisations: [entity("org:x", "X", [], "party")], places, meetings: [{ ...meeting("m1", "in_person", "2024"), placeId: "city:b" }] }));
    expect(g.organisations.get("org:x")!.kind).toBe("ministry");
    expect(g.meetings.get("m1")).toMatchObject({ kind: "in_person", date: "2024" });
    expect(g.heldIn.get("m1")).toBe("city:b");
  });

  it("counts each pair's shared meetings once, with first and last dates and sorted kinds, however often a plan comes", () => {
    const g = new BulkGraph();
    const actors = [actor("actor:a", "A"), actor("actor:b", "B"), actor("actor:c", "C")];
    const p = plan({
      actors,
      meetings: [meeting("m1", "in_person", "2024-03-01"), meeting("m2", "call", "2023-01-05"), meeting("m3", "in_person", null)],
      attendance: [
        { actorId: "actor:b", meetingId: "m1", role: null },
        { actorId: "actor:a", meetingId: "m1", role: "host" },
        { actorId: "actor:c", meetingId: "m1", role: null },
        { actorId: "actor:a", meetingId: "m2", role: null },
        { actorId: "actor:b", meetingId: "m2", role: null },
        { actorId: "actor:a", meetingId: "m3", role: null },
        { actorId: "actor:b", meetingId: "m3", role: null },
      ],
    });
    g.add(p);
    g.add(p);
    const met = g.coAttendance();
    const ids = (c: CoAttendance | undefined) => c && { ...c, newest: c.newest.map((m) => m.id) };
    expect(ids(met.get("actor:a\u0000actor:b"))).toEqual({ count: 3, first: "2023-01-05", last: "2024-03-01", kinds: ["call", "in_person"], newest: ["m3", "m1", "m2"] });
    expect(ids(met.get("actor:a\u0000actor:c"))).toEqual({ count: 1, first: "2024-03-01", last: "2024-03-01", kinds: ["in_person"], newest: ["m1"] });
    expect(met.has("actor:b\u0000actor:a")).toBe(false);
    expect(g.attendance.get("m1")!.get("actor:a")).toBe("host");
    // Tiers from each actor's meetings, counted once however often a plan repeats them.
    expect(Object.fromEntries(g.tiers())).toEqual({ "actor:a": 0, "actor:b": 0, "actor:c": 0 });
  });

  it("gives an actor in four meetings or more a higher tier than one in fewer", () => {
    const g = new BulkGraph();
    const ms = ["m1", "m2", "m3", "m4"].map((id) => meeting(id, "in_person", "2024-01-01"));
    g.add(plan({
      actors: [actor("actor:busy", "Busy"), actor("actor:once", "Once"), actor("actor:idle", "Idle")],
      meetings: ms,
      attendance: [...ms.map((m) => ({ actorId: "actor:busy", meetingId: m.id, role: null })), { actorId: "actor:once", meetingId: "m1", role: null }],
    }));
    expect(Object.fromEntries(g.tiers())).toEqual({ "actor:busy": 1, "actor:once": 0 });
  });
});
