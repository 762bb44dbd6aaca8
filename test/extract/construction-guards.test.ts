import { describe, expect, it } from "vitest";
import { extractArticle, type Extraction } from "../../src/extract/index.js";
import { articleFromText } from "./helpers.js";

// Sentences written for these tests; the names are invented. Each pins a reading that a meeting rule must not take:
// the rule fires on a look-alike that tells no meeting, or a different one.
function extract(text: string): Extraction {
  return extractArticle(articleFromText(text, { published: "2024-03-20", title: null }));
}

function meetings(x: Extraction): string[] {
  return x.meetings.map((m) => m.participants.map((p) => p.name).sort().join(" + ")).sort();
}

describe("'A and B discussed' is their meeting only for two office holders discussing together", () => {
  it("leaves out interviews, papers, television, memoirs and untitled subjects", () => {
    expect(meetings(extract("Hal Ostrow and Mira Dunmore discussed the proposal in separate interviews with reporters."))).toEqual([]);
    expect(meetings(extract("Economists Hal Ostrow and Mira Dunmore discussed the findings in a joint paper published on Monday."))).toEqual([]);
    expect(meetings(extract("Senator Hal Ostrow and Senator Mira Dunmore each discussed the budget on national television on Monday."))).toEqual([]);
    expect(meetings(extract("In their memoirs, President Hal Ostrow and Premier Mira Dunmore discussed the war."))).toEqual([]);
  });
});

describe("a clause of time after a future main clause", () => {
  it("keeps a meeting dated in the past, and one whose future belongs to a relative clause or is followed by an irregular past", () => {
    expect(meetings(extract("The truce will take effect after last week's talks between President Hal Ostrow and Premier Mira Dunmore."))).toEqual([
      "Hal Ostrow + Mira Dunmore",
    ]);
    expect(meetings(extract("Mira Dunmore, who will chair next month's summit, flew to Oslo on Monday before meeting Hal Ostrow."))).toEqual([
      "Hal Ostrow + Mira Dunmore",
    ]);
    expect(meetings(extract("President Hal Ostrow, who will retire in June, agreed on Monday to a deal after talks with Premier Mira Dunmore."))).toEqual([
      "Hal Ostrow + Mira Dunmore",
    ]);
  });
});

describe("people added to a meeting told before", () => {
  it("adds 'also attended' with no object only right after the meeting's sentence", () => {
    const x = extract("Hal Ostrow met Mira Dunmore in Oslo on Monday. Later that day, Ostrow opened a new hospital in Bergen. Health Minister Jonas Pell also attended.");
    expect(meetings(x)).toEqual(["Hal Ostrow + Mira Dunmore"]);
  });

  it("does not add a companion 'accompanied to the meeting' still to come", () => {
    expect(meetings(extract("Hal Ostrow met Mira Dunmore in Oslo on Monday. They will meet again in June, and Ostrow will be accompanied to the meeting by Jonas Pell."))).toEqual([
      "Hal Ostrow + Mira Dunmore",
    ]);
  });

  it("does not name a group by 'This included …' when no person follows it", () => {
    expect(meetings(extract("President Hal Ostrow met with the leaders of the parties on Monday. This included a review of the budget prepared by Mira Dunmore."))).toEqual([]);
  });

  it("does not take a gerund for the one named inside another's description, or for an infinitive's subject", () => {
    expect(meetings(extract("The wife of Hal Ostrow said after meeting Mira Dunmore that she felt hopeful."))).toEqual([]);
    expect(meetings(extract("Hal Ostrow urged Mira Dunmore to tour the port before paying a courtesy call on Jonas Pell."))).toEqual([]);
  });
});

describe("reference", () => {
  it("gives a bare title to the holder who stayed, not to one told to have resigned", () => {
    const x = extract("Prime Minister Hal Ostrow resigned in 2019. He was succeeded by Prime Minister Mira Dunmore. On Monday, the Prime Minister met Jonas Pell in Oslo.");
    expect(meetings(x)).toEqual(["Jonas Pell + Mira Dunmore"]);
  });

  it("keeps 'she' in 'the visit of X to <place>, where she met Y' for the sentence's subject", () => {
    expect(meetings(extract("Mira Dunmore spoke about the visit of President Hal Ostrow to Oslo, where she met Jonas Pell."))).toEqual(["Jonas Pell + Mira Dunmore"]);
  });
});

describe("lists and names", () => {
  it("does not add the object of a verb after 'as well as'", () => {
    expect(meetings(extract("Hal Ostrow met Mira Dunmore, as well as criticising Jonas Pell."))).toEqual(["Hal Ostrow + Mira Dunmore"]);
  });

  it("reads a traditional title after a given name as the family name ('Tebogo Kgosi')", () => {
    const x = extract("Hal Ostrow met Mira Dunmore and Tebogo Kgosi in Gaborone on Monday.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Hal Ostrow", "Mira Dunmore", "Tebogo Kgosi"]);
    expect(meetings(extract("Japanese Foreign Minister Haruki Oba met Mira Dunmore on Monday."))).toEqual(["Haruki Oba + Mira Dunmore"]);
  });

  it("keeps a body after 'Ambassador to the Federation …', and 'Police Service' and 'CAS' bodies", () => {
    expect(extract("Hal Ostrow met the Ambassador to the Federation Council Mira Dunmore on Monday.").organisations.map((o) => o.name)).toEqual(["Federation Council"]);
    expect(extract("Hal Ostrow met Police Service Commissioner Mira Dunmore on Monday.").organisations.map((o) => o.name)).toEqual(["Police Service"]);
    expect(extract("Hal Ostrow met the CAS President Mira Dunmore on Monday.").organisations.map((o) => o.name)).toEqual(["CAS"]);
  });

  it("does not name a group that greeted someone with boos", () => {
    expect(meetings(extract("Protesting officials greeted Hal Ostrow with boos in Oslo on Monday. Those officials are Mira Dunmore and Jonas Pell, according to local media."))).toEqual([]);
  });
});

describe("views exchanged", () => {
  it("reads 'A and B exchanged views' for two office holders and 'exchanged views with X' as talks, not views exchanged in interviews", () => {
    expect(meetings(extract("Premier Hal Ostrow and Kenyan President, Mira Dunmore have exchanged views on the peace agreement."))).toEqual(["Hal Ostrow + Mira Dunmore"]);
    expect(meetings(extract("Hal Ostrow met the press. Later Ostrow exchanged views with President Mira Dunmore on Monday."))).toEqual(["Hal Ostrow + Mira Dunmore"]);
    expect(meetings(extract("Senator Hal Ostrow and Senator Mira Dunmore exchanged views in separate interviews."))).toEqual([]);
  });

  it("reads 'Commodore' as a rank before a name", () => {
    const x = extract("Prime Minister Hal Ostrow paid a courtesy visit to his counterpart Commodore Jonas Pell this morning.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Hal Ostrow", "Jonas Pell"]);
  });
});

describe("meeting nouns with their partners further on", () => {
  it("reads 'negotiations carried out between A and B', 'a meeting he held with X', and 'his counterpart from that country, X'", () => {
    expect(meetings(extract("Negotiations carried out between the leaders of the two ruling parties, Hal Ostrow (UP) and Mira Dunmore (GP), broke down on Monday."))).toEqual([
      "Hal Ostrow + Mira Dunmore",
    ]);
    expect(meetings(extract("President Hal Ostrow praised trade ties in a meeting he held with his counterpart from that country, Jonas Pell, in Quito."))).toEqual([
      "Hal Ostrow + Jonas Pell",
    ]);
  });

  it("keeps 'the meeting held with X' that a sentence recalls to whoever it names, and 'counterparts from A, X; B, Y' one each", () => {
    const x = extract("Minister Hal Ostrow met Minister Jonas Pell in Oslo. He also met with his counterparts from Peru, Mira Dunmore; and Chile, Tove Lund.");
    expect(meetings(x)).toEqual(["Hal Ostrow + Jonas Pell", "Hal Ostrow + Mira Dunmore", "Hal Ostrow + Tove Lund"]);
  });
});

describe("a style for a title holder", () => {
  it("reads 'His Highness also received X' as the story's subject, not the one he received", () => {
    expect(meetings(extract("Emir Sheikh Hal Ostrow received Crown Prince Jonas Pell yesterday. His Highness also received Speaker Mira Dunmore."))).toEqual([
      "Hal Ostrow + Jonas Pell",
      "Hal Ostrow + Mira Dunmore",
    ]);
  });
});
