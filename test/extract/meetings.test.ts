import { describe, expect, it } from "vitest";
import { extractArticle, type Extraction } from "../../src/extract/index.js";
import { articleFromText } from "./helpers.js";

// Names are invented or of people who are not in the seed articles.
function extract(text: string, published: string | null = null, title: string | null = null): Extraction {
  return extractArticle(articleFromText(text, { published, title }));
}

function pairs(x: Extraction): string[] {
  return x.meetings.map((m) => m.participants.map((p) => p.name).sort().join(" + "));
}

function only(x: Extraction): Extraction["meetings"][number] {
  expect(x.meetings).toHaveLength(1);
  return x.meetings[0]!;
}

describe("meetings in person", () => {
  it("reads 'met' with titled names, place and weekday", () => {
    const m = only(extract("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday.", "2024-05-10"));
    expect(m.participants.map((p) => p.name)).toEqual(["Emmanuel Macron", "Olaf Scholz"]);
    expect(m).toMatchObject({ kind: "in_person", date: "2024-05-07", dateFrom: "2024-05-07", dateTo: "2024-05-07" });
    expect(m.place).toMatchObject({ name: "Berlin", kind: "city", countryCode: "DE" });
  });

  it("gives host and guest for 'hosted' and 'received'", () => {
    const m = only(extract("Kenyan President William Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan at State House in Nairobi."));
    expect(m.participants).toEqual([
      { name: "William Ruto", role: "host" },
      { name: "Samia Suluhu Hassan", role: "guest" },
    ]);
    expect(m.place?.name).toBe("Nairobi");
  });

  it("reads 'held talks with' and 'in a separate meeting with X, the Y …'", () => {
    const x = extract(
      "Tanzanian President Samia Suluhu Hassan met with Kenyan President William Ruto and Ugandan President Yoweri Museveni in Arusha. " +
        "In a separate meeting with Hassan, the Ugandan president discussed the pipeline.",
    );
    expect(pairs(x).sort()).toEqual(["Samia Suluhu Hassan + William Ruto", "Samia Suluhu Hassan + Yoweri Museveni"]);
    expect(x.meetings.every((m) => m.place?.name === "Arusha")).toBe(true);
  });

  it("counts one audience with each leader met on a trip, but one meeting with a minister and his deputy", () => {
    const x = extract(
      "In May, the Kenyan president travelled to the Gulf, during which he met Qatar's emir Sheikh Tamim bin Hamad Al Thani " +
        "and Kuwait's crown prince Sheikh Sabah Khalid Al Sabah. Kenyan President William Ruto was there. " +
        "Ruto's envoy Jane Wanjiru also met with Qatari Foreign Minister Khalifa Al Thani and his deputy Mohammed Al Khulaifi.",
    );
    expect(pairs(x)).toEqual([
      "Tamim bin Hamad Al Thani + William Ruto",
      "Sabah Khalid Al Sabah + William Ruto",
      "Jane Wanjiru + Khalifa Al Thani + Mohammed Al Khulaifi",
    ]);
  });

  it("adds the delegation named as present", () => {
    const x = extract(
      "Nigerian President Bola Tinubu hosted Ghanaian President Nana Akufo-Addo in Abuja. " +
        "The Ghanaian delegation included Foreign Minister Shirley Ayorkor Botchwey; Finance Minister Ken Ofori-Atta; and National Security Minister Albert Kan-Dapaah.",
    );
    const m = only(x);
    expect(m.participants.map((p) => p.name)).toEqual([
      "Bola Tinubu", "Nana Akufo-Addo", "Shirley Ayorkor Botchwey", "Ken Ofori-Atta", "Albert Kan-Dapaah",
    ]);
    expect(m.participants.slice(2).every((p) => p.role === "delegation")).toBe(true);
  });

  it("adds people who 'accompanied' a participant or 'attended' the talks", () => {
    const x = extract(
      "Ruto met Ugandan President Yoweri Museveni in Kampala on Sunday. Ruto was accompanied by Foreign Minister Musalia Mudavadi. " +
        "Trade Minister Rebecca Miano attended the talks.",
      "2024-03-06",
    );
    const m = only(x);
    expect(m.participants.map((p) => p.name)).toEqual(["Ruto", "Yoweri Museveni", "Musalia Mudavadi", "Rebecca Miano"]);
    expect(m.date).toBe("2024-03-03");
  });

  it("resolves role nouns and pronouns to the people they stand for", () => {
    const x = extract(
      "Jordan's King Abdullah II met U.S. President Joe Biden at the White House. The king also met Vice President Kamala Harris. " +
        "Olaf Scholz arrived in Warsaw on Wednesday. He met Polish Prime Minister Donald Tusk.",
      "2024-03-08",
    );
    expect(pairs(x)).toEqual(["Abdullah II + Joe Biden", "Abdullah II + Kamala Harris", "Donald Tusk + Olaf Scholz"]);
    expect(x.meetings[2]).toMatchObject({ date: "2024-03-06", place: { name: "Warsaw" } });
  });

  it("resolves 'the two men' to the last pair", () => {
    const x = extract("Macron hosted Scholz in Paris on Monday. The two men met again in Berlin on Friday.", "2024-03-10");
    expect(pairs(x)).toEqual(["Macron + Scholz", "Macron + Scholz"]);
    expect(x.meetings.map((m) => [m.date, m.place?.name])).toEqual([["2024-03-04", "Paris"], ["2024-03-08", "Berlin"]]);
  });

  it("reads a relative clause: 'X, who met Y in Z last week, …'", () => {
    const m = only(extract("Hungarian Prime Minister Viktor Orban, who met Russian leader Vladimir Putin in Moscow last week, defended the trip.", "2024-07-12"));
    expect(m.participants.map((p) => p.name)).toEqual(["Viktor Orban", "Vladimir Putin"]);
    expect(m).toMatchObject({ date: "2024-07", place: { name: "Moscow" } });
  });
});

describe("calls", () => {
  it("reads 'spoke by phone with'", () => {
    const m = only(extract("Indian Prime Minister Narendra Modi spoke by phone with Japanese Prime Minister Fumio Kishida on Monday.", "2024-05-10"));
    expect(m).toMatchObject({ kind: "call", date: "2024-05-06", place: null });
  });

  it("reads 'a phone call between X and Y'", () => {
    const m = only(extract("Officials described a phone call between Brazilian President Luiz Inácio Lula da Silva and Argentine President Javier Milei.", null));
    expect(m.kind).toBe("call");
    expect(m.participants.map((p) => p.name)).toEqual(["Luiz Inácio Lula da Silva", "Javier Milei"]);
  });

  it("reads 'received a phone call from', 'held a video conference with' and 'During a call with X, Y …'", () => {
    const x = extract(
      "Australian Prime Minister Anthony Albanese received a phone call from New Zealand Prime Minister Christopher Luxon. " +
        "Turkish Foreign Minister Hakan Fidan held a video conference with his Iranian counterpart Abbas Araghchi. " +
        "During a call with Canadian Prime Minister Justin Trudeau, Mexican President Claudia Sheinbaum discussed tariffs.",
    );
    expect(x.meetings.map((m) => m.kind)).toEqual(["call", "call", "call"]);
    expect(pairs(x)).toEqual(["Anthony Albanese + Christopher Luxon", "Abbas Araghchi + Hakan Fidan", "Claudia Sheinbaum + Justin Trudeau"]);
  });
});

describe("what is not a meeting", () => {
  it("excludes planned, hypothetical and denied meetings", () => {
    const x = extract(
      "Secretary of State Antony Blinken is expected to meet Chinese Foreign Minister Wang Yi next week. Blinken will meet Wang in Beijing. " +
        "Officials are planning a meeting between Antony Blinken and Wang Yi. Blinken said he was open to a meeting with Wang. " +
        "The ministry denied reports that Pieter Smit met Johan Jansen in Geneva. Smit could meet Jansen in May. " +
        "Egypt is pursuing a meeting between Smit and Jansen. A meeting between Smit and Jansen was cancelled.",
    );
    expect(x.meetings).toEqual([]);
    expect(x.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Antony Blinken", "Wang Yi", "Pieter Smit", "Johan Jansen"]));
  });

  it("excludes telegrams, letters and messages", () => {
    const x = extract(
      "William Ruto sent a telegram to Samia Suluhu Hassan congratulating her. Ruto also wrote a letter to Hassan. " +
        "Hassan's reply came in response to a message from President Ruto.",
    );
    expect(x.meetings).toEqual([]);
  });

  it("needs two named people", () => {
    const x = extract("From Sunday to Tuesday, China hosted 14 Palestinian factions. The initial meetings between Chile and Peru were held in Lima.");
    expect(x.meetings).toEqual([]);
  });
});

describe("people and aliases", () => {
  it("makes one person of all the forms of a name, the fullest one canonical", () => {
    const x = extract(
      "Ukrainian President Volodymyr Zelensky met Olaf Scholz. President Zelensky thanked him. Zelensky later left. " +
        "Recep Tayyip Erdogan spoke to reporters. President Recep Tayyip Erdoğan of Turkey then met Scholz. Erdoğan smiled.",
    );
    const zel = x.people.find((p) => p.name === "Volodymyr Zelensky")!;
    expect(zel.aliases).toEqual(expect.arrayContaining(["Zelensky", "President Zelensky"]));
    expect(x.people.filter((p) => /Erdo/.test(p.name))).toHaveLength(1);
    expect(x.people.map((p) => p.name)).not.toContain("Zelensky");
  });

  it("prefers the form with the particle", () => {
    const x = extract("Ahmed al-Sharaa met Hakan Fidan. Ahmed Sharaa thanked Fidan. Sharaa left.");
    expect(x.people.map((p) => p.name)).toEqual(["Ahmed al-Sharaa", "Hakan Fidan"]);
  });

  it("never merges people who share only a given name", () => {
    const x = extract(
      "Mohammed bin Salman met Mohammed bin Zayed in Riyadh. John Kerry met John Kirby in Washington. Kerry thanked Kirby. " +
        "Bashir Gemayel Khoury spoke to Bashir Haddad by phone.",
    );
    const names = x.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Mohammed bin Salman", "Mohammed bin Zayed", "John Kerry", "John Kirby", "Bashir Gemayel Khoury", "Bashir Haddad"]));
    expect(pairs(x)).toEqual(["Mohammed bin Salman + Mohammed bin Zayed", "John Kerry + John Kirby", "Bashir Gemayel Khoury + Bashir Haddad"]);
  });

  it("takes full names from the title for surnames in the body", () => {
    const x = extract("Tinubu met Mahama in Abuja.", null, "Nigerian President Bola Tinubu welcomes Ghana's John Mahama");
    expect(pairs(x)).toEqual(["Bola Tinubu + John Mahama"]);
  });
});

describe("organisations and affiliations", () => {
  it("finds ministries, agencies, media outlets and acronyms", () => {
    const x = extract(
      "NATO Secretary General Jens Stoltenberg met European Commission President Ursula von der Leyen at the World Health Organization (WHO), Reuters reported. " +
        "Sheikh Tamim bin Hamad Al Thani received Egyptian Foreign Minister Sameh Shoukry, the official Qatar News Agency (QNA) said. " +
        "Indian Prime Minister Narendra Modi spoke by phone with him, the Ministry of External Affairs said, according to state broadcaster Doordarshan.",
    );
    const orgs = x.organisations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining([
      "NATO", "European Commission", "World Health Organization", "Reuters", "Qatar News Agency", "Ministry of External Affairs", "Doordarshan",
    ]));
    expect(x.organisations.find((o) => o.name === "World Health Organization")!.aliases).toContain("WHO");
    expect(x.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Jens Stoltenberg", "Ursula von der Leyen", "Tamim bin Hamad Al Thani"]));
  });

  it("links titles to countries and organisations", () => {
    const x = extract(
      "Kremlin-style spokesman aside, Foreign Ministry spokeswoman Maria Kovac said on Monday that Croatian Foreign Minister Gordan Grlic Radman " +
        "had met Luka Horvat, Secretary of the National Security Council.",
    );
    expect(x.affiliations).toEqual(expect.arrayContaining([
      expect.objectContaining({ person: "Gordan Grlic Radman", organisation: "Croatia", title: "Foreign Minister" }),
      expect.objectContaining({ person: "Luka Horvat", organisation: "National Security Council", title: "Secretary" }),
    ]));
    for (const a of x.affiliations) expect(x.people.map((p) => p.name)).toContain(a.person);
  });
});
