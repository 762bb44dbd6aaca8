import { describe, expect, it } from "vitest";
import { dateRange, findDates, referenceDate } from "../../src/extract/when-where/dates.js";

const resolve = (text: string, ref: string | null): (string | null)[] => findDates(text, 0, text.length, ref).filter((d) => !d.bound).map((d) => d.date);

describe("dates", () => {
  it("resolves weekdays to the latest such day on or before the reference date", () => {
    expect(resolve("He spoke on Sunday.", "2024-07-23")).toEqual(["2024-07-21"]);
    expect(resolve("They met this Wednesday.", "2024-07-24")).toEqual(["2024-07-24"]);
    expect(resolve("During Sunday's meeting", "2024-07-23")).toEqual(["2024-07-21"]);
    expect(resolve("They met last Wednesday.", "2024-07-24")).toEqual(["2024-07-17"]);
  });

  it("keeps the precision of the text", () => {
    expect(resolve("during the signing, last year", "2024-07-23")).toEqual(["2023"]);
    expect(resolve("back in April, the two sides met", "2024-07-23")).toEqual(["2024-04"]);
    expect(resolve("in September, they met", "2024-07-23")).toEqual(["2023-09"]);
    expect(resolve("Days later, he hosted them", "2024-07-23")).toEqual(["2024-07"]);
    expect(resolve("on July 21 they met", "2024-07-23")).toEqual(["2024-07-21"]);
    expect(resolve("yesterday", "2024-03-01")).toEqual(["2024-02-29"]);
  });

  it("resolves absolute dates without a reference date, and relative ones to null", () => {
    expect(resolve("last met in Moscow in March 2023", null)).toEqual(["2023-03"]);
    expect(resolve("previously met him in February 2019", null)).toEqual(["2019-02"]);
    expect(resolve("on 5 May 2021", null)).toEqual(["2021-05-05"]);
    expect(resolve("on Wednesday", null)).toEqual([null]);
    expect(resolve("last year", null)).toEqual([null]);
  });

  it("marks bounds: 'since 2011' is no event date", () => {
    const d = findDates("propped up since 2011, in Moscow on Wednesday", 0, 46, "2024-07-24");
    expect(d.map((x) => [x.date, x.bound])).toEqual([["2011", true], ["2024-07-24", false]]);
  });

  it("does not read the modal 'may' as a month", () => {
    expect(resolve("They may meet again.", "2024-07-23")).toEqual([]);
  });

  it("infers the reference date from a full date in the title or first line", () => {
    expect(referenceDate(null, "Syria’s leader with Russia’s in Moscow, Russia, July 24, 2024", "Body.")).toBe("2024-07-24");
    expect(referenceDate(null, null, "LONDON, 3 March 2022 — Text.")).toBe("2022-03-03");
    expect(referenceDate("2024-01-02", "July 24, 2024", "")).toBe("2024-01-02");
    expect(referenceDate(null, "No date here", "Nor here.")).toBeNull();
  });

  it("reads numeric dates in either order when one part cannot be a month, else only their year", () => {
    expect(resolve("on Thursday, 10/21/2021.", null)).toEqual([null, "2021-10-21"]);
    expect(resolve("signed on 21/10/2021", null)).toEqual(["2021-10-21"]);
    expect(resolve("signed on 21.10.2021", null)).toEqual(["2021-10-21"]);
    expect(resolve("signed on 03/04/2021", null)).toEqual(["2021"]);
  });

  it("reads 'at the end of August' and 'the beginning of March' as months", () => {
    expect(resolve("their second talks at the end of August", "2023-12-12")).toEqual(["2023-08"]);
    expect(resolve("since the beginning of March", "2023-12-12")).toEqual([]);
    expect(resolve("at the beginning of May they met", "2023-12-12")).toEqual(["2023-05"]);
  });

  it("takes the latest full date of the opening when there is no published date (captions, bylines, datelines)", () => {
    expect(referenceDate(null, "A headline", "A caption, Oct. 3, 2022. (Photo)\n\nA file photo from March 1, 2019.\n\nCITY – Text.")).toBe("2022-10-03");
    expect(referenceDate(null, "A headline", "CITY – The ceremony took place on Thursday, 10/21/2021.")).toBe("2021-10-21");
  });

  it("gives inclusive ranges for each precision", () => {
    expect(dateRange("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(dateRange("2023")).toEqual({ from: "2023-01-01", to: "2023-12-31" });
    expect(dateRange("2024-07-21")).toEqual({ from: "2024-07-21", to: "2024-07-21" });
    expect(dateRange(null)).toEqual({ from: null, to: null });
  });
});
