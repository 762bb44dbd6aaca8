import { describe, expect, it } from "vitest";
import { extractArticle, type Extraction } from "../../src/extract/index.js";
import { articleFromText } from "./helpers.js";

// Sentences written for these tests; the names are invented.
function extract(text: string, published: string | null = null): Extraction {
  return extractArticle(articleFromText(text, { published, title: null }));
}

function meetings(x: Extraction): string[] {
  return x.meetings.map((m) => m.participants.map((p) => p.name).sort().join(" + ")).sort();
}

describe("meeting predicates and their objects", () => {
  it("reads a bare weekday between the verb and its object", () => {
    const x = extract("President Oskar Velmont received Tuesday the Speaker of the Senate, Dr. Arvid Kestrel.", "2024-03-08");
    expect(meetings(x)).toEqual(["Arvid Kestrel + Oskar Velmont"]);
    expect(x.meetings[0]!.date).toBe("2024-03-05");
  });

  it("reads a passive meeting verb with a common-noun venue before 'by'", () => {
    const x = extract("Senator Lorna Quist arrived in the capital. She was met at the airport by Governor Pieter Vandam.");
    expect(meetings(x)).toEqual(["Lorna Quist + Pieter Vandam"]);
  });

  it("takes the name restated after a capitalised title and a comma", () => {
    const x = extract("The Prime Minister of Norland, Andrew Tallis, welcomed the Vardic Ambassador, Ines Forsberg, on a courtesy visit.");
    expect(meetings(x)).toEqual(["Andrew Tallis + Ines Forsberg"]);
  });

  it("resolves 'the Head of State' after a leading phrase without a comma", () => {
    const x = extract(
      "President Marek Hollis received two ambassadors on Monday. " +
        "During the meeting with Ambassador Tomas Rilke the Head of State noted the importance of trade.",
    );
    expect(meetings(x)).toEqual(["Marek Hollis + Tomas Rilke"]);
  });

  it("keeps people listed after a lower-case description", () => {
    const x = extract("Chairman Ivo Brandt met Governor Pia Lund, federal ministers Kaj Holm, Rune Falk and Nils Orr on Monday.");
    expect(meetings(x)).toEqual(["Ivo Brandt + Kaj Holm + Nils Orr + Pia Lund + Rune Falk"]);
  });
});

describe("page layout", () => {
  it("joins the lines of hard-wrapped wire copy, names broken across lines included", () => {
    const x = extract(
      "LUXBURG, May 3: Party chief Anton\nBrauer chaired a consultation meeting at the party office\nhere on Monday.\n" +
        "The meeting which was attended by Deputy Leader Karl\nMentz, Information Minister Olga Weiss and Secretary\nUdo Franke reviewed the political\nsituation of the country.\n",
    );
    expect(x.people.map((p) => p.name)).toContain("Karl Mentz");
    expect(meetings(x)).toEqual(["Anton Brauer + Karl Mentz + Olga Weiss + Udo Franke"]);
  });
});
