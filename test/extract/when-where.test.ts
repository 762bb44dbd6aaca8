import { describe, expect, it } from "vitest";
import { extractArticle, type Extraction } from "../../src/extract/index.js";
import { articleFromText } from "./helpers.js";

// Articles written for these tests; names are invented.
function extract(text: string, published: string | null = null, title: string | null = null): Extraction {
  return extractArticle(articleFromText(text, { published, title }));
}

/** Date and place of the meeting whose participants include `name`. */
function whenWhere(x: Extraction, name: string): [string | null, string | null] {
  const m = x.meetings.find((k) => k.participants.some((p) => p.name === name));
  expect(m, `a meeting with ${name}`).toBeDefined();
  return [m!.date, m!.place?.name ?? null];
}

describe("places from the sentence", () => {
  it("takes the town, not its country, from 'in Doha, Qatar'", () => {
    const x = extract("Foreign Minister Arno Velt met his counterpart Dario Lusk in Doha, Qatar, on Monday.", "2024-05-08");
    expect(whenWhere(x, "Dario Lusk")).toEqual(["2024-05-06", "Doha"]);
  });

  it("takes the town after a named building without a comma: 'at State House Nairobi'", () => {
    const x = extract("President Tomas Brenn received envoy Karel Vosk at State House Nairobi on Tuesday, a statement said.", "2024-05-08");
    expect(whenWhere(x, "Karel Vosk")[1]).toBe("Nairobi");
  });

  it("takes the country a guest is visiting from a relative clause: 'who is on a visit to Australia'", () => {
    const x = extract("Prime Minister Lena Marsh has welcomed her counterpart Pieter Holm, who is on an official visit to Australia.", "2024-02-14");
    expect(whenWhere(x, "Pieter Holm")[1]).toBe("Australia");
  });

  it("does not date a meeting that happened with 'next week' said of another one", () => {
    const x = extract(
      "President Tomas Brenn spoke by phone with opposition leader Karel Vosk, the presidential office said Friday.\n\n" +
        "In the phone call between the two, Brenn asked Vosk to meet him next week.",
      "2024-05-24",
    );
    for (const m of x.meetings) expect(m.date).not.toBe("2024-05");
    expect(whenWhere(x, "Karel Vosk")[0]).toBe("2024-05-24");
  });

  it("does not take the date or place of an upcoming event named in the same sentence", () => {
    const x = extract("President Anna Rook met ambassador Jon Vale to discuss the upcoming summit in Madrid in May 2025.", "2024-03-14");
    const [date, place] = whenWhere(x, "Jon Vale");
    expect(date).not.toBe("2025-05");
    expect(place).not.toBe("Madrid");
  });
});

describe("places from seats of government and named buildings", () => {
  it("reads 'at the Kremlin' as the capital it stands in", () => {
    const x = extract("President Tomas Brenn held talks with Prime Minister Karel Vosk at the Kremlin on Tuesday.", "2024-05-08");
    expect(whenWhere(x, "Karel Vosk")[1]).toBe("Moscow");
  });

  it("reads a bare 'in the capital' as the capital of the dateline's country", () => {
    const x = extract("ALGERIA – President Tomas Brenn received envoy Karel Vosk in the capital on Tuesday.", "2024-05-08");
    expect(whenWhere(x, "Karel Vosk")[1]).toBe("Algiers");
  });

  it("places a named building where the article placed it before", () => {
    const x = extract(
      "On Monday, President Tomas Brenn swore in the new chief justice at State House, Nairobi.\n\n" +
        "Minister Ada Lind said the ceremony was short.\n\n" +
        "Brenn later met envoy Karel Vosk at the State House.",
      "2023-11-05",
    );
    expect(whenWhere(x, "Karel Vosk")).toEqual(["2023-10-30", "Nairobi"]);
  });
});

describe("datelines", () => {
  it("reads a wire dateline after a caption: 'CITY, Month D (Agency) –'", () => {
    const x = extract(
      "Minister Arno Velt and Minister Dario Lusk shake hands, May 2, 2024. (Photo: agency)\n\n" +
        "LYON, May 2 (Agency) – Minister Arno Velt met Minister Dario Lusk on Thursday to discuss trade.",
      "2024-05-03",
    );
    expect(whenWhere(x, "Dario Lusk")).toEqual(["2024-05-02", "Lyon"]);
  });

  it("reads an outlet before the dateline: 'OUTLET.COM, NAIROBI –'", () => {
    const x = extract("NEWSDESK. COM, NAIROBI – President Tomas Brenn received ambassador Karel Vosk on Monday.", "2024-05-08");
    expect(whenWhere(x, "Karel Vosk")[1]).toBe("Nairobi");
  });

  it("reads a town and a full stop as a dateline: 'Dar es Salaam. President X today received Y'", () => {
    const x = extract("Dar es Salaam. President Tomas Brenn today received ambassador Karel Vosk.", "2021-06-14");
    expect(whenWhere(x, "Karel Vosk")).toEqual(["2021-06-14", "Dar es Salaam"]);
  });

  it("reads 'here' as the dateline's town", () => {
    const x = extract("LYON: Prime Minister Lena Marsh paid a courtesy call on Governor Pieter Holm at his residence here on Tuesday.", "2024-09-18");
    expect(whenWhere(x, "Pieter Holm")).toEqual(["2024-09-17", "Lyon"]);
  });

  it("prefers the dateline's town to its country", () => {
    const x = extract("Phnom Penh (Agency) – Prime Minister Lena Marsh and party leader Pieter Holm praised ties at a meeting in Cambodia on Monday.", "2024-03-20");
    expect(whenWhere(x, "Pieter Holm")[1]).toBe("Phnom Penh");
  });

  it("does not put an old meeting at the dateline's town", () => {
    const x = extract("LYON – Minister Arno Velt said he had met Minister Dario Lusk in March 2019.", "2024-05-03");
    expect(whenWhere(x, "Dario Lusk")[1]).toBeNull();
  });
});

describe("dates and places from the story around a meeting", () => {
  it("gives the meetings after a lead the lead's date and town", () => {
    const x = extract(
      "Foreign Minister Arno Velt held, on Wednesday in Cairo, a round of talks with his counterparts.\n\n" +
        "Velt met with Foreign Minister Dario Lusk to discuss trade.\n\n" +
        "Velt also held talks with Trade Minister Karel Vosk.",
      "2024-04-10",
    );
    expect(whenWhere(x, "Dario Lusk")).toEqual(["2024-04-10", "Cairo"]);
    expect(whenWhere(x, "Karel Vosk")).toEqual(["2024-04-10", "Cairo"]);
  });

  it("does not give a meeting the scene of a sentence about other people", () => {
    const x = extract(
      "Envoy Arno Velt visited Lyon on Monday. Earlier talks between two other countries were held in Madrid in 2021.\n\n" +
        "The discussions between Velt and Dario Lusk touched on trade.",
      "2024-04-10",
    );
    expect(whenWhere(x, "Dario Lusk")[1]).not.toBe("Madrid");
  });

  it("keeps the day for 'later met'", () => {
    const x = extract("On Friday, Speaker Arno Velt received lawmaker Dario Lusk. Velt later met with envoy Karel Vosk.", "2023-12-15");
    expect(whenWhere(x, "Karel Vosk")[0]).toBe("2023-12-15");
  });

  it("keeps only the month for 'Earlier, X held talks with Y', another occasion than the one told before", () => {
    const x = extract(
      "President Tomas Brenn received Foreign Minister Arno Velt and his counterpart Karel Vosk on Wednesday.\n\n" +
        "Earlier, Velt held talks with Vosk on trade.",
      "2024-10-03",
    );
    const dates = x.meetings.map((m) => m.date).sort();
    expect(dates).toEqual(["2024-10", "2024-10-02"]);
  });

  it("takes the date of a sentence after the meeting that says when it took place", () => {
    const x = extract(
      "JAKARTA – President Tomas Brenn received ambassador Karel Vosk, who presented his credentials.\n\n" +
        "The ceremony took place at the Merdeka Palace, Jakarta on Thursday, 10/21/2021.",
    );
    expect(whenWhere(x, "Karel Vosk")).toEqual(["2021-10-21", "Jakarta"]);
  });

  it("takes the day a heading names for what follows it", () => {
    const x = extract("Monday\n\nOn Monday, the President opened a fair. President Tomas Brenn later met envoy Karel Vosk at the State House.", "2023-11-05");
    expect(whenWhere(x, "Karel Vosk")[0]).toBe("2023-10-30");
  });

  it("gives a meeting nothing dates the month of publication", () => {
    const x = extract("President Tomas Brenn met with ambassador Karel Vosk to discuss trade.", "2018-02-19");
    expect(whenWhere(x, "Karel Vosk")[0]).toBe("2018-02");
  });

  it("reads 'here in X' as where a transcript is told from", () => {
    const x = extract("We are pleased to be here in China. Prime Minister Lena Marsh met with Governor Pieter Holm today.", "2024-11-05");
    expect(whenWhere(x, "Pieter Holm")).toEqual(["2024-11-05", "China"]);
  });
});
