import { describe, expect, it } from "vitest";
import { extractArticle, type Extraction } from "../../src/extract/index.js";
import { parseTextArticle } from "../../src/read/parse-text.js";
import { tokenize } from "../../src/extract/text/tokens.js";
import { articleFromText } from "./helpers.js";

// People and organisations in constructions of real news pages, on invented names.
function extract(text: string, published: string | null = "2024-05-10"): Extraction {
  return extractArticle(articleFromText(text, { published, title: null }));
}
const people = (x: Extraction): string[] => x.people.map((p) => p.name).sort();
const orgs = (x: Extraction): string[] => x.organisations.map((o) => o.name).sort();

describe("damaged pages", () => {
  it("keeps a bare father's name named between two 'Al' particles off the son", () => {
    const x = extract("Crown Prince Sheikh Karim Al Hasan Al Fadil met Prince Turki Bin Saad. Hasan arrived later.");
    expect(x.people.find((p) => p.name === "Karim Al Hasan Al Fadil")?.aliases ?? []).not.toContain("Hasan");
  });

  it("ends a headline's name before a participle ('Holm Invited to …'), and knows a nickname with the surname as the same person", () => {
    const x = extract("Prime Minister Holm Invited to Meeting with Vice President Dorn\nPrime Minister Ana Holm was invited to meet Vice President Ed Dorn.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Ana Holm", "Ed Dorn"]);
    const y = extract("President Ramon “Bongo” Castel Jr. met Premier Ivo Kant. Senate chief Lito Reyes later dined with Bongo Castel.");
    expect(y.people.map((p) => p.name).sort()).toEqual(["Ivo Kant", "Lito Reyes", "Ramon “Bongo” Castel Jr."]);
  });

  it("reads a country whose capital comes second ('eSwatini') as a place that ends a list item", () => {
    const x = extract("Envoy Simon Ka Molo met with His Majesty, King Zwane II of eSwatini, Lesotho Prime Minister Dr Tom Thaba and Malawi President Ken Chera.");
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort().join(" + ")).sort()).toEqual([
      "Ken Chera + Simon Ka Molo", "Simon Ka Molo + Tom Thaba", "Simon Ka Molo + Zwane II",
    ]);
  });

  it("keeps a name that opens a sentence with a word like a participle", () => {
    const x = extract("Manning Marable said the talks went well.");
    expect(x.people.map((p) => p.name)).toEqual(["Manning Marable"]);
  });

  it("reads 'Jane May' and 'Prime Minister Pond of New Zealand' as names though 'may' and 'key' are common words", () => {
    const x = extract("Prime Minister Jane May spoke with Prime Minister Pond of New Zealand today. May said it went well.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Jane May", "Pond"]);
  });

  it("reads an office, a given name and a surname that is also a body's word as a person, not an organisation", () => {
    const x = extract("Premier Ana Lowe was accompanied by Commerce Minister William Council and Finance Minister Tomas Pekka.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Ana Lowe", "Tomas Pekka", "William Council"]);
    expect(x.organisations).toEqual([]);
  });

  it("ends a sentence after a regnal number when a function word follows, and keeps middle initials", () => {
    const x = extract("Prime Minister John Kay will also meet King George Tonu V. The visit ends on Friday. Secretary Anna J. Berg met Minister Ana Lowe.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Ana Lowe", "Anna J. Berg", "George Tonu V", "John Kay"]);
  });

  it("reads 'St' for 'Saint' in a country's name, which names no person", () => {
    const x = extract("Premier Ana Lowe met Prime Minister Ralph Gunn and Prime Minister Colin Pratt of St Vincent and the Grenadines and St. Lucia respectively.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Ana Lowe", "Colin Pratt", "Ralph Gunn"]);
  });

  it("starts no name with a participle that opens a sentence", () => {
    const x = extract("Minister Zhou Min met Premier Sok Dara on Sunday. Dubbing Zhou's visit as timely, Sok said ties were strong.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Sok Dara", "Zhou Min"]);
  });

  it("reads a portfolio with a people in the plural, and a two-letter initial glued to a name", () => {
    const x = extract("Federal Minister for Overseas Kenyans and Human Resource Development Aziz Tarin Omar called on President Ts.Bold. Ts.Bold thanked him.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Aziz Tarin Omar", "Ts.Bold"]);
  });

  it("splits a body's name between a title and a full name: 'President <Party> X Y Z', 'Speaker <Assembly> X Y Z'", () => {
    const x = extract("President Norland Peoples Party Parliamentarians Arif Ali Darani called on PM Ivo Kant. Speaker Norland Assembly Malik Idris Haroon was present.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Arif Ali Darani", "Ivo Kant", "Malik Idris Haroon"]);
    expect(x.organisations.map((o) => o.name).sort()).toEqual(["Norland Assembly", "Norland Peoples Party Parliamentarians"]);
  });

  it("reads a nickname in quotes inside a name as part of it, and keeps a father of the same name apart", () => {
    const x = extract("President Ramon “Bongo” Castel Jr. met Premier Ivo Kant on Friday. Castel said it was useful. His father, former president Ramon Castel Sr., ruled for years.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Ivo Kant", "Ramon Castel Sr.", "Ramon “Bongo” Castel Jr."]);
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([["Ivo Kant", "Ramon “Bongo” Castel Jr."]]);
  });

  it("takes portfolio words ending on an office with its acronym for a title, not an organisation", () => {
    const x = extract("He met National Security Advisor (NSA) Pavel Orsk and Finance Secretary (FS) Ola Berg at the Norland Defence Council (NDC).");
    expect(x.organisations.map((o) => o.name)).toEqual(["Norland Defence Council"]);
    expect(x.people.map((p) => p.name).sort()).toEqual(["Ola Berg", "Pavel Orsk"]);
  });

  it("reads an HTML entity that lost its '&' as the mark it stood for, glued to a word or not", () => {
    const text = "received ldquo;Green Gatheringrdquo; MP Adam Nowak";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["received", "“", "Green", "Gathering", "”", "MP", "Adam", "Nowak"]);
    // Offsets stay the text's: the closing mark covers "rdquo;".
    expect(text.slice(tokens[4]!.start, tokens[4]!.end)).toBe("rdquo;");
    expect(people(extract(`The chairman, Jan Kowal, ${text} on Friday.`))).toEqual(["Adam Nowak", "Jan Kowal"]);
  });
});

describe("spellings of one name within an article", () => {
  it("is one person across a hyphenated given name, a middle initial and 'Abou' for 'Abu'", () => {
    const x = extract(
      "General Abdel-Karim Sudani met President Maria R. Dalisay on Monday. President Maria Rosa Dalisay later met " +
        "MP Samir Abu Kassem. Gen. Abdel Karim al-Sudani and MP Abou Kassem spoke to reporters.",
    );
    expect(people(x)).toEqual(["Abdel Karim al-Sudani", "Maria Rosa Dalisay", "Samir Abu Kassem"]);
  });

  it("keeps a middle initial before a surname that is also a city: 'Milo J. Leeds III'", () => {
    expect(people(extract("President Adam Nowak met Secretary of Defense Milo J. Leeds III at the palace."))).toEqual(["Adam Nowak", "Milo J. Leeds III"]);
  });
});

describe("titles and honorifics", () => {
  it("reads 'His Majesty' before a name and a chief's 'X Naa' as titles, not names or organisations", () => {
    const x = extract(
      "Director of the Office of His Majesty Manar Dabbek attended. He also met with chiefs, including Tolon Naa Major Abubakari Salim and Kaasuliyili Naa Yakubu Bakari. Above: the chiefs.",
    );
    expect(people(x)).toEqual(["Abubakari Salim", "Manar Dabbek", "Yakubu Bakari"]);
    expect(orgs(x)).toEqual([]);
  });

  it("takes no organisation from what is left of a title, an honorific, a date or a page's furniture", () => {
    const x = extract(
      "His Highness Sheikh Omar bin Said received the Rt Hon Baroness Ana Beltran and High Commissioner Jan Kowal in July. " +
        "UPDATE: H.H. Sheikh Omar later met Baron Tevita Loma. The High Court ruled.",
    );
    expect(orgs(x)).toEqual(["High Court"]);
    expect(people(x)).toEqual(["Ana Beltran", "Baron Tevita Loma", "Jan Kowal", "Omar bin Said"]);
  });

  it("leaves 'Maulana' and 'Sayyid' out of names, and an occupation opening a sentence", () => {
    expect(people(extract("Maulana Fazl Rahim met Sayyid Khalid bin Hilal al Badri on Monday."))).toEqual(["Fazl Rahim", "Khalid bin Hilal al Badri"]);
    expect(people(extract("Economist Diana Mondesi met Ambassador Carlos Enzo on Monday."))).toEqual(["Carlos Enzo", "Diana Mondesi"]);
  });

  it("takes a province between a territory's office and a full name as the office's, not a given name before two", () => {
    expect(people(extract("Chief Minister Sindh Ahmed Raza Qadir met President Jan Kowal on Monday."))).toEqual(["Ahmed Raza Qadir", "Jan Kowal"]);
    expect(people(extract("Governor Farah Abdi Warsame met President Jan Kowal on Monday."))).toEqual(["Farah Abdi Warsame", "Jan Kowal"]);
    // A royal's name may start with a province's: only a province's own offices take one.
    expect(people(extract("Crown Prince Kerala Adnan Fahd Nasser met President Jan Kowal on Monday."))).toEqual(["Jan Kowal", "Kerala Adnan Fahd Nasser"]);
  });

  it("reads a quoted name before a title as the body the title belongs to: '“Green Gathering” MP X'", () => {
    const x = extract("Speaker Jan Kowal on Friday received at the palace, “Green Gathering” MP Samir Abu Kassem, with whom he discussed the budget.");
    expect(people(x)).toEqual(["Jan Kowal", "Samir Abu Kassem"]);
    expect(orgs(x)).toEqual(["Green Gathering"]);
  });

  it("reads a state before an abbreviated governor's title as a place, not an organisation", () => {
    const x = extract("President Jan Kowal met Nevada Gov. Adam Nowak on Monday.");
    expect(people(x)).toEqual(["Adam Nowak", "Jan Kowal"]);
    expect(orgs(x)).toEqual([]);
  });

  it("leaves Malay honorifics out of names, and keeps a patronymic Tun inside one", () => {
    const x = extract(
      "Datuk Seri Rahim Osman paid a courtesy call on Governor Tun Zainal Abidin Yusof on Monday. " +
        "He was received by Toh Puan Siti Aminah Hashim and Deputy Premier Datuk Amar Lee Kah Wai, representing Premier Tan Sri Awang Karim Tun Bakar.",
    );
    expect(people(x)).toEqual(["Awang Karim Tun Bakar", "Lee Kah Wai", "Rahim Osman", "Siti Aminah Hashim", "Zainal Abidin Yusof"]);
  });

  it("keeps the post after the country in the title: 'Ambassador of Chile to Lima X'", () => {
    expect(people(extract("Ambassador of the Republic of Chile to Lima Jan Kowal met President Adam Nowak on Monday."))).toEqual(["Adam Nowak", "Jan Kowal"]);
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
      "The Emir received Chairman of the Port Authority Faisal Nasser Al-Harbi on Sunday. " +
        "Head of the State Office for Coastal Affairs Kemal Oguz Yildiz also attended.",
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

describe("page furniture", () => {
  it("reads photo credits: '(Photo: Jane Doe/AGENCY)', 'AGENCY Photo/Jane Doe', '(Agency/Jane Doe)', 'Agency/File'", () => {
    const x = extract(
      "Foto: WXP Photo/Henrietta Lowe\n" +
        "The minister speaks in the capital. (Photo: Tarik Benali/NORDPIX)\n" +
        "The leaders shake hands. (Kestrel/Ling Weiqun)\n" +
        "A file photo of the summit.— Portwire/File\n" +
        "The talks ended on Monday.",
    );
    expect(people(x)).toEqual(["Henrietta Lowe", "Ling Weiqun", "Tarik Benali"]);
    expect(orgs(x)).toEqual(["Kestrel", "NORDPIX", "Portwire", "WXP"]);
  });

  it("reads bylines and sign-offs: 'By Jane Doe', 'Agency reporter, Jane Doe', '– Agency', '(AGENCY)'", () => {
    const x = extract(
      "By Wanjiru Otieno\n\nHarbourline reporter, Dimas Pratama\n\n" +
        "The governor opened the bridge on Monday. – Selatnews\n\n" +
        "“We will finish it,” the engineer said. (KPW)\n\n" +
        "NVA – The cabinet met on Tuesday.",
    );
    expect(people(x)).toEqual(["Dimas Pratama", "Wanjiru Otieno"]);
    expect(orgs(x)).toEqual(["Harbourline", "KPW", "NVA", "Selatnews"]);
  });

  it("reads a source line of its own before a place or a date, a role of two words, and a word-like agency before a date", () => {
    const x = extract(
      "Harbourline, Jakarta\n\nSelat Online , Tuesday 13 Jun 2017\n\nSenior Correspondent, kotanews24.com\n\nSUN: 06 March 2024\n\n" +
        "Published December 3, 2015\n\nWednesday, 7 February 2024, 2:37 pm\n\nThe governor opened the bridge on Monday.",
    );
    expect(orgs(x)).toEqual(["Harbourline", "SUN", "Selat Online", "kotanews24.com"]);
    expect(people(x)).toEqual([]);
  });

  it("reads a hard-wrapped page as running text, so a name broken across lines stays whole", () => {
    const x = extract(
      "This meeting which was attended by Senior Minister\nFarooq Ahmed Durrani, Information Minister Saima\nQadir, federal ministers Tariq Mahmood and\nBilal Hussain reviewed the\ncurrent state of the province and took up\nvarious issues.\nThe meeting also\ndevised future strategy.",
    );
    expect(people(x)).toEqual(["Bilal Hussain", "Farooq Ahmed Durrani", "Saima Qadir", "Tariq Mahmood"]);
  });
});

describe("organisations without a head noun", () => {
  it("reads a parenthesis after a person as the party or company: 'Jane Doe (Tidewater)', '(President of Acme)'", () => {
    const x = extract(
      "The lunch brought together Marta Lindqvist (Solvenna), Tomasz Wrona (Nowa Droga 2040), Aldo Ferreira (Chief Executive of Brasimar) " +
        "and President Joko Kusuma (Jokowa).",
    );
    expect(orgs(x)).toEqual(["Brasimar", "Nowa Droga 2040", "Solvenna"]);
    expect(people(x)).toEqual(["Aldo Ferreira", "Joko Kusuma", "Marta Lindqvist", "Tomasz Wrona"]);
  });

  it("reads social platforms: 'wrote on platform Q', 'said on Chirper', 'in a Facegram post'", () => {
    const x = extract("Prime Minister Olek Nowak wrote on platform Q on Saturday. Minister Dara Kim said on Chirper that talks went well, and added in a Facegram post that she was pleased.");
    expect(orgs(x)).toEqual(["Chirper", "Facegram", "Q"]);
  });
});

describe("organisations named by their place in a sentence", () => {
  it("reads the body after '<title> of' as an organisation: 'the Chief Executive of Rio Verde;'", () => {
    const x = extract("I am joined by Marta Kowal, the President of Ferrobras in Australia; Dr Colin Reyes, Executive Chairman of Quarrystone; and Ian Moss, the CEO of Hallett Iron Ore.");
    expect(orgs(x)).toEqual(["Ferrobras", "Hallett Iron Ore", "Quarrystone"]);
    expect(people(x)).toEqual(["Colin Reyes", "Ian Moss", "Marta Kowal"]);
  });

  it("reads acronyms in running text as organisations, not an acronym that spells a place", () => {
    const x = extract("The meeting was shunned by LFK and the PSN. Rival Novak won on a PRK ticket in Papua New Guinea (PNG), and PNG voters cheered.");
    expect(orgs(x)).toEqual(["LFK", "PRK", "PSN"]);
  });

  it("reads a capital inside a word as a brand: 'cooperation with RocketX'", () => {
    const x = extract("President Kemal Aydin announced cooperation with RocketX and praised @JaneDoe for her work.");
    expect(orgs(x)).toEqual(["RocketX"]);
  });
});

describe("agencies and outlets", () => {
  it("reads an agency in a dateline that opens any paragraph: 'MANILA (PNA) –', 'Erbil (Channel 9) –'", () => {
    const x = extract("Photo of the leaders.\n\nMANILA (KPNA) – The two presidents met on Monday.\n\nErbil (Channel 9) – The talks went on.");
    expect(orgs(x)).toEqual(["Channel 9", "KPNA"]);
  });

  it("reads 'X cites the Y press service' and 'the Z House' as organisations", () => {
    const x = extract("President Aldo Nurlan received the envoys, Kazpress cites the Orda press service. Later he spoke from the Amber House.");
    expect(orgs(x)).toEqual(["Amber House", "Kazpress", "Orda"]);
  });

  it("keeps a byline, a credit line and a dateline out of the title, so their names are read", () => {
    const byline = parseTextArticle("date 2024-05-10\nBy Wanjiru Otieno\n\nThe minister met the envoy.", "a.txt", "a.txt");
    expect(byline.title).toBeNull();
    expect(extractArticle(byline).people.map((p) => p.name)).toEqual(["Wanjiru Otieno"]);
    const dateline = parseTextArticle(
      "LAHORE, Aug 21 (KPP): Former prime minister Imran\nAli chaired a high-level meeting at the party\nsecretariat here on Monday and\nreviewed the current\nsituation.",
      "b.txt",
      "b.txt",
    );
    expect(dateline.title).toBeNull();
    expect(extractArticle(dateline).organisations.map((o) => o.name)).toEqual(["KPP"]);
  });
});

describe("no regressions on ordinary names", () => {
  it("keeps a common surname after a title and an unknown given name, but not a headline verb", () => {
    const x = extract("Faye was accompanied by Foreign Minister Yassine Stone. The death of Nguyen Van Hoa was mourned. Leaders met at the Malaysia-Singapore Leaders' Retreat.");
    expect(people(x)).toEqual(["Nguyen Van Hoa", "Yassine Stone"]);
    expect(orgs(x)).toEqual([]);
  });
});

describe("titles that name a portfolio or a territory", () => {
  it("reads a portfolio list after 'Minister of …' as the title, and the name after it", () => {
    const x = extract("The Minister of Foreign Affairs, Regional Integration and Diaspora Relations, Karim Benjelloun, met the Minister of Commerce, Industry and Coastal Fisheries, Paul Mba Ndong.");
    expect(people(x)).toEqual(["Karim Benjelloun", "Paul Mba Ndong"]);
  });

  it("reads the run after 'Ruler of' as a territory and after 'Chief Executive of' as a company, even with a city in it", () => {
    const x = extract("The Emir sent a cable to the Ruler of Umm Zafar, Sheikh Khalid bin Saif. He met Kellie Ward, the Chief Executive of Rio Quarta; and Tom Hale.");
    expect(people(x)).toEqual(["Kellie Ward", "Khalid bin Saif", "Tom Hale"]);
    expect(orgs(x)).toEqual(["Rio Quarta"]);
  });
});

describe("transcripts", () => {
  it("reads a speaker's label in capitals: 'JANE DOE, PRIME MINISTER: Thank you'", () => {
    const x = extract("KEMAL ARSLANOV, PRIME MINISTER: Thanks to all of you, and today I am joined by Dr Ilse Brandt.");
    expect(people(x)).toEqual(["Ilse Brandt", "KEMAL ARSLANOV"]);
  });
});

describe("acronyms", () => {
  it("reads a body's acronym written without brackets between its name and a person's ('Leader of the <Body> <ACRONYM> <person>')", () => {
    const x = extract("She thanked the Leader of the Coastal Renewal Alliance CRA Gervase Tillotson on Tuesday.");
    expect(people(x)).toEqual(["Gervase Tillotson"]);
    expect(orgs(x)).toEqual(["Coastal Renewal Alliance"]);
    expect(x.organisations[0]!.aliases).toContain("CRA");
  });
});

describe("bodies before names", () => {
  it("ends a body's name at its head word ('<Place> Parliament') when a person's name follows it after 'of the'", () => {
    const x = extract("She met the Speaker of the Westmarch Parliament Hyacinth Bramall and the President of Green-Civic Alliance Juniper Halsey.");
    expect(people(x)).toEqual(["Hyacinth Bramall", "Juniper Halsey"]);
    expect(orgs(x)).toEqual(["Green-Civic Alliance", "Westmarch Parliament"]);
  });
});

describe("traditional titles and particles", () => {
  it("reads traditional rulers' titles ('Kgosi', 'Togbe', 'Obrempong') as titles, and a city after a particle closing a longer name as the name's", () => {
    const x = extract(
      "She was joined by Kgosi Ramotshwane III, Obrempong Kwabenaso Atuahene and Togbe Agbeko Dzrekenu. Higinio Baltasar Urquiaga de Burgos, right, greeted Kenelm Ruthven.",
    );
    expect(people(x)).toEqual(["Agbeko Dzrekenu", "Higinio Baltasar Urquiaga de Burgos", "Kenelm Ruthven", "Kwabenaso Atuahene", "Ramotshwane III"]);
  });
});

describe("initials and academic titles", () => {
  it("reads an untitled name with a middle initial ('First M. Last') and 'Professor' as a title", () => {
    const x = extract(
      "Gov. Leontine Abernathy met Marmaduke Fenwick on Thursday. The talks were also attended by Rosamund K. Elsworthy. A new study by Professor Thurstan P. Gillingham was launched.",
    );
    expect(people(x)).toEqual(["Leontine Abernathy", "Marmaduke Fenwick", "Rosamund K. Elsworthy", "Thurstan P. Gillingham"]);
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort().join(" + "))).toEqual(["Leontine Abernathy + Marmaduke Fenwick + Rosamund K. Elsworthy"]);
  });
});

describe("portfolios", () => {
  it("reads a list of portfolios with commas that 'and' closes as one title ('Minister of A, B and C X'), but not 'Minister of Health, X, and'", () => {
    const x = extract("She met Minister of Fisheries, Forestry and Rural Affairs Cordelia Pembrook on Tuesday.");
    expect(people(x)).toEqual(["Cordelia Pembrook"]);
    expect(x.people[0]!.aliases).toContain("Minister of Fisheries, Forestry and Rural Affairs Cordelia Pembrook");
    expect(people(extract("She met the Minister of Energy, Bertrand Lightfoot, and Minister of Transport Ermengarde Pollexfen."))).toEqual(["Bertrand Lightfoot", "Ermengarde Pollexfen"]);
  });

  it("reads a generic service before a title ('Public Service CS X', 'Head of Civil Service Dr X') as the title's portfolio, not a body", () => {
    const x = extract("Fabian Witheridge, who was dismissed as Public Service CS in March, met Head of Civil Service Dr Hortensia Blakemore.");
    expect(people(x)).toEqual(["Fabian Witheridge", "Hortensia Blakemore"]);
    expect(orgs(x)).toEqual([]);
    expect(orgs(extract("She met Zambia Police Service Commissioner Millicent Ravenhill."))).toEqual(["Zambia Police Service"]);
  });
});

describe("formal country names", () => {
  it("keeps 'Republic of …' a place when the gazetteer knows it", () => {
    const x = extract("Jane Roe, who represents the Federal Republic of Germany in the Republic of Chile, presented her credentials.");
    expect(orgs(x)).toEqual([]);
    expect(x.places.map((p) => p.name)).toContain("Germany");
  });

  it("reads a possessive inside a country's formal name ('People's Republic of …') as the place, not 'Republic of …' as a body", () => {
    const x = extract("Theodora Willoughby toured the People's Republic of China and the Lao People’s Democratic Republic last autumn.");
    expect(orgs(x)).toEqual([]);
    expect(x.places.map((p) => p.name).sort()).toEqual(["China", "Laos"]);
  });
});
