import { describe, expect, it } from "vitest";
import { extractArticle, type Extraction } from "../../src/extract/index.js";
import { articleFromText } from "./helpers.js";

// People and organisations in constructions of real news pages, on invented names.
function extract(text: string, published: string | null = "2024-05-10"): Extraction {
  return extractArticle(articleFromText(text, { published, title: null }));
}
const people = (x: Extraction): string[] => x.people.map((p) => p.name).sort();
const orgs = (x: Extraction): string[] => x.organisations.map((o) => o.name).sort();

describe("titles and honorifics", () => {
  it("leaves Malay honorifics out of names, and keeps a patronymic Tun inside one", () => {
    const x = extract(
      "Datuk Seri Rahim Osman paid a courtesy call on Governor Tun Zainal Abidin Yusof on Monday. " +
        "He was received by Toh Puan Siti Aminah Hashim and Deputy Premier Datuk Amar Lee Kah Wai, representing Premier Tan Sri Awang Karim Tun Bakar.",
    );
    expect(people(x)).toEqual(["Awang Karim Tun Bakar", "Lee Kah Wai", "Rahim Osman", "Siti Aminah Hashim", "Zainal Abidin Yusof"]);
  });

  it("reads legislators' acronyms and 'PM' as titles", () => {
    const x = extract("Prime Minister Tomas Lindqvist met MEP Karol Wisniak and Green MLA Orla Kinsella. Later, the region's PM Arben Doli spoke.");
    expect(people(x)).toEqual(["Arben Doli", "Karol Wisniak", "Orla Kinsella", "Tomas Lindqvist"]);
  });

  it("reads a list item ending in a semicolon as a sentence, not a heading", () => {
    const x = extract(
      "The ambassadors received by the President are:\n\n1. Oskar Brandvold Hauge, Ambassador of the Kingdom of Norway to the Republic of Indonesia;\n2. Teodora Vasquez Lumbreras, Ambassador of the Republic of Peru;\n",
    );
    expect(people(x)).toEqual(["Oskar Brandvold Hauge", "Teodora Vasquez Lumbreras"]);
  });
});

describe("owners before names", () => {
  it("splits an organisation off a name that follows it: 'Chairman of the Harbour Board Jane Doe'", () => {
    const x = extract(
      "The Emir received Chairman of the Municipal Council Faisal Nasser Al-Harbi on Sunday. " +
        "Head of the Presidential Office for Digital Transformation Kemal Oguz Yildiz also attended.",
    );
    expect(people(x)).toEqual(["Faisal Nasser Al-Harbi", "Kemal Oguz Yildiz"]);
  });

  it("reads 'Party's Jane Doe' and 'Unionist MLA Jane Doe' as a party and a person", () => {
    const x = extract("Also present were Tidewater’s Moira Keenan and Ulster Reform MLA Declan Rooney.");
    expect(people(x)).toEqual(["Declan Rooney", "Moira Keenan"]);
    expect(orgs(x)).toContain("Tidewater");
  });
});

describe("what is no person", () => {
  it("keeps constituency and region names out of people", () => {
    const x = extract("The outstanding constituencies – Asante Kofi East, Bono Mensah North and Northern Volta – have 400,000 voters, Ms Adjoa Mensima said.");
    expect(people(x)).toEqual(["Adjoa Mensima"]);
  });

  it("accepts a first name no word list knows before a common surname: 'Zarek Lantern'", () => {
    const x = extract("President Kemal Aydin hosted Zarek Lantern at the residence on Monday.");
    expect(people(x)).toEqual(["Kemal Aydin", "Zarek Lantern"]);
  });
});
