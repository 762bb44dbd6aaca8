import { describe, expect, it } from "vitest";
import { statement } from "../../src/database/cypher.js";
import { LOAD_STATEMENTS, planHazards } from "./load-plans.js";

// Neo4j caches a statement's plan from the statistics of the moment it first runs, and a load first runs on an
// empty or small graph. A plan that starts from a label scan is cheap then and ruinous at 100k meetings (one
// such name-forms plan took 4–10 s a statement). So the load's statements leave the planner no such start.
describe("the load's statements, as written, leave the planner no scan to start from", () => {
  it.each(LOAD_STATEMENTS)("%s walks from bound or looked-up nodes and hints every lookup that is not by id", (name) => {
    expect(planHazards(statement(name).text)).toEqual([]);
  });

  it("finds a labelled end without a key in a walk, a lookup not by id without a hint, and a lone label without one", () => {
    expect(planHazards("MATCH (f)-[old:NAME_OF]->(a:Actor) WHERE a.id <> r.actorId DELETE old")).toEqual(["(a:Actor) in (f)-[old:NAME_OF]->(a:Actor)"]);
    expect(planHazards("MATCH (:Actor {id: x})-[:ATTENDED]->(m:Meeting) RETURN m")).toEqual(["(m:Meeting) in (:Actor {id: x})-[:ATTENDED]->(m:Meeting)"]);
    expect(planHazards("MATCH (m:Meeting {groupKey: g})-[:EVIDENCED_BY]->(e) RETURN e")).toEqual(["(m:Meeting {groupKey: g}) without USING INDEX m:Meeting(groupKey)"]);
    expect(planHazards("MATCH (m:Meeting {groupKey: g})-[:EVIDENCED_BY]->(e) USING INDEX m:Meeting(groupKey) RETURN e")).toEqual([]);
    expect(planHazards("COLLECT { MATCH (m:Meeting) WHERE m.id IN $ids RETURN m }")).toEqual(["(m:Meeting) alone without USING INDEX m:Meeting(…)"]);
    expect(planHazards("MATCH (a:Actor {id: r.lo}), (b:Actor {id: r.hi}) MERGE (a)-[:MET_WITH]->(b)")).toEqual([]);
  });
});
