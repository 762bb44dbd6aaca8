import { describe, expect, it } from "vitest";
import { graphqlStatus } from "../../src/serve/graphql-status.js";
import { chooseEncoding } from "../../src/serve/http-response.js";
import { checkArgument } from "../../src/serve/limits.js";

const errors = (...codes: string[]) => JSON.stringify({ errors: codes.map((code) => ({ message: "m", extensions: { code } })) });

describe("the status of a GraphQL answer", () => {
  it("turns Apollo's 400 for a request error into 200 for clients that accept only application/json", () => {
    expect(graphqlStatus(400, "application/json; charset=utf-8", errors("GRAPHQL_PARSE_FAILED"))).toBe(200);
    expect(graphqlStatus(400, "application/json", errors("GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"))).toBe(200);
    expect(graphqlStatus(400, "application/json", errors("INPUT_INVALID"))).toBe(200);
  });

  it("keeps 400 for application/graphql-response+json and for malformed HTTP requests", () => {
    expect(graphqlStatus(400, "application/graphql-response+json; charset=utf-8", errors("GRAPHQL_PARSE_FAILED"))).toBe(400);
    expect(graphqlStatus(400, "application/json", errors("BAD_REQUEST"))).toBe(400);
    expect(graphqlStatus(400, "application/json", errors("GRAPHQL_PARSE_FAILED", "BAD_REQUEST"))).toBe(400);
    expect(graphqlStatus(400, "application/json", "not json")).toBe(400);
  });

  it("leaves other statuses alone", () => {
    expect(graphqlStatus(200, "application/json", errors("INPUT_INVALID"))).toBe(200);
    expect(graphqlStatus(405, "application/json", errors("BAD_REQUEST"))).toBe(405);
    expect(graphqlStatus(500, "application/json", errors("INTERNAL_SERVER_ERROR"))).toBe(500);
  });
});

describe("argument range checks", () => {
  const limits = { maxPageSize: 1000, maxTextLength: 200 };

  it("refuses negative page arguments with INPUT_INVALID naming them", () => {
    for (const name of ["limit", "first", "offset"]) {
      expect(checkArgument(name, -1, limits)).toMatchObject({ code: "INPUT_INVALID", argument: name });
    }
  });

  it("refuses pages over the page size with BAD_USER_INPUT and the limit", () => {
    expect(checkArgument("first", 1001, limits)).toMatchObject({ code: "BAD_USER_INPUT", argument: "first", limit: 1000 });
    expect(checkArgument("offset", 5000, limits)).toBeUndefined();
  });

  it("refuses name and search text over the length limit", () => {
    expect(checkArgument("query", "a".repeat(201), limits)).toMatchObject({ code: "INPUT_INVALID", argument: "query", limit: 200 });
    expect(checkArgument("actor", "Ana Lima", limits)).toBeUndefined();
  });

  it("accepts values in range and leaves wrong types to GraphQL's coercion", () => {
    expect(checkArgument("limit", 0, limits)).toBeUndefined();
    expect(checkArgument("limit", 1000, limits)).toBeUndefined();
    expect(checkArgument("limit", "ten", limits)).toBeUndefined();
    expect(checkArgument("depth", -1, limits)).toBeUndefined();
  });
});

describe("content encoding", () => {
  it("prefers brotli, then gzip, honouring q=0 and defaulting to none", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("identity")).toBe("identity");
  });
});
