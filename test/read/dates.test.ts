import { describe, expect, it } from "vitest";
import { parseHeaderDate } from "../../src/read/dates.js";

describe("parseHeaderDate", () => {
  it.each([
    ["2024-07-23", "2024-07-23"],
    ["2024-03-05T10:00:00Z", "2024-03-05"],
    ["July 24, 2024", "2024-07-24"],
    ["24 July 2024", "2024-07-24"],
  ])("reads %s as %s", (input, expected) => expect(parseHeaderDate(input)).toBe(expected));

  it.each(["2024-02-30", "next week", "July 2024", ""])("gives null for %j, which is not a full date", (input) => {
    expect(parseHeaderDate(input)).toBeNull();
  });
});
