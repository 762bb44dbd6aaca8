import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { statement } from "../../src/database/cypher.js";
import { testDatabase } from "../support/db.js";
import { LOAD_STATEMENTS } from "./load-plans.js";

const db = testDatabase();
afterAll(() => db.close());

// Every parameter a load statement takes, with a value of its type: EXPLAIN plans without running.
const PARAMS = { rows: [], ids: [], families: [], groups: [], moves: [], newest: neo4j.int(10), allKept: neo4j.int(128) };

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}
const operators = (p: PlanNode): string[] => [p.operatorType.replace(/@.*$/, ""), ...p.children.flatMap(operators)];

describe("the load's statements as Neo4j plans them", () => {
  // Pins with the server's own planner what test/load/load-plans.test.ts checks on the text: no plan a
  // load caches on a small graph starts from a scan of a label, an index or all nodes.
  it.each(LOAD_STATEMENTS)("%s scans nothing", async (name) => {
    const { summary } = await db.driver.executeQuery(`EXPLAIN ${statement(name).text}`, PARAMS, { database: db.databaseName });
    expect(operators(summary.plan as unknown as PlanNode).filter((op) => /Scan/.test(op))).toEqual([]);
  });
});
