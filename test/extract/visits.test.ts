import { describe, expect, it } from "vitest";
import { extractArticle, type Extraction } from "../../src/extract/index.js";
import { articleFromText } from "./helpers.js";

// Sentences written for these tests; the names are invented.
function extract(text: string, published: string | null = null): Extraction {
  return extractArticle(articleFromText(text, { published, title: null }));
}

function meetings(x: Extraction): string[] {
  return x.meetings.map((m) => `${m.participants.map((p) => p.name).sort().join(" + ")} (${m.kind})`).sort();
}

describe("a visit paid to a person", () => {
  it("is a meeting in person between the visitors and whom they visit", () => {
    const x = extract("Tomas Ferreira and Lena Maro on Friday paid a visit to President Odile Vasquez at the State House.", "2025-02-10");
    expect(meetings(x)).toEqual(["Lena Maro + Odile Vasquez + Tomas Ferreira (in_person)"]);
    expect(x.meetings[0]!.date).toBe("2025-02-07");
  });

  it("keeps a qualified visit ('paid a brief courtesy visit on')", () => {
    const x = extract("Governor Amara Lund paid a brief courtesy visit on Premier Idris Kallen in the capital.");
    expect(meetings(x)).toEqual(["Amara Lund + Idris Kallen (in_person)"]);
  });

  it("is no meeting when the visit is to a place", () => {
    const x = extract("Foreign Minister Petra Aalto paid a visit to Norland last week, her first since taking office.", "2025-02-10");
    expect(x.meetings).toEqual([]);
  });

  it("is no meeting when the visit is travel ('his visit to the capital')", () => {
    const x = extract("During his visit to the capital, Senator Rolf Danner spoke about trade. Minister Clara Oyelaran said the visit to the port was useful.");
    expect(x.meetings).toEqual([]);
  });

  it("is no meeting when it is only planned", () => {
    const x = extract("Senator Rolf Danner will pay a visit to President Odile Vasquez next month.");
    expect(x.meetings).toEqual([]);
  });
});

describe("a venue between the verb and its object", () => {
  it("skips a venue set off by a comma ('received in Port Lemaire, former Minister X')", () => {
    const x = extract("Speaker Anton Reyes also received in Port Lemaire, former Minister Dalia Okonkwo.");
    expect(meetings(x)).toEqual(["Anton Reyes + Dalia Okonkwo (in_person)"]);
  });

  it("reads a venue name with a particle ('at the Cedar Hall in Ain al-Marjan')", () => {
    const x = extract("Speaker Anton Reyes on Friday received at the Cedar Hall in Ain al-Marjan, Senator Dalia Okonkwo.", "2025-03-10");
    expect(meetings(x)).toEqual(["Anton Reyes + Dalia Okonkwo (in_person)"]);
  });

  it("finds no object after the comma when a clause follows ('received in X, where he said')", () => {
    const x = extract("Senator Dalia Okonkwo was received in Port Lemaire, where she said the talks would resume.");
    expect(x.meetings).toEqual([]);
  });
});

describe("talks told by 'conferred / discussed / consulted with'", () => {
  it("reads 'conferred with X' as a meeting in person", () => {
    const x = extract("Chancellor Mira Holt conferred with Prime Minister Jonas Erikssen at the summit venue.");
    expect(meetings(x)).toEqual(["Jonas Erikssen + Mira Holt (in_person)"]);
  });

  it("reads 'discussed with his counterpart, X' with the name after the role", () => {
    const x = extract("Foreign Minister Karim Benali also discussed with his Norlandic counterpart, Sven Aldgren, the situation in the region.");
    expect(meetings(x)).toEqual(["Karim Benali + Sven Aldgren (in_person)"]);
  });

  it("reads 'discussed by phone with X' as a call", () => {
    const x = extract("President Odile Vasquez discussed by phone with Premier Idris Kallen the grain corridor.");
    expect(meetings(x)).toEqual(["Idris Kallen + Odile Vasquez (call)"]);
  });

  it("is no meeting without 'with' a person ('discussed the budget', 'consulted the report')", () => {
    const x = extract("Minister Clara Oyelaran discussed the budget on Monday. Senator Rolf Danner consulted the report before the vote.");
    expect(x.meetings).toEqual([]);
  });
});
