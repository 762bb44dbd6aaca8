import { describe, expect, it } from "vitest";
import { extractArticle, type Extraction } from "../../src/extract/index.js";
import { articleFromText } from "./helpers.js";

// Real-news constructions from several regions, on invented names (none of the seed articles' people or organisations).
function extract(text: string, published: string | null = "2024-05-10", title: string | null = null): Extraction {
  return extractArticle(articleFromText(text, { published, title }));
}

function pairs(x: Extraction): string[] {
  return x.meetings.map((m) => m.participants.map((p) => p.name).sort().join(" + ")).sort();
}

function only(x: Extraction): Extraction["meetings"][number] {
  expect(x.meetings).toHaveLength(1);
  return x.meetings[0]!;
}

const people = (x: Extraction): string[] => x.people.map((p) => p.name).sort();
const orgs = (x: Extraction): string[] => x.organisations.map((o) => o.name).sort();

describe("calls", () => {
  it("reads a reciprocal call: 'A and B spoke by telephone in April'", () => {
    const m = only(extract("Japanese Prime Minister Kenji Morita and Chinese Premier Zhou Anping spoke by telephone in April, officials said."));
    expect(m.participants.map((p) => p.name)).toEqual(["Kenji Morita", "Zhou Anping"]);
    expect(m).toMatchObject({ kind: "call", date: "2024-04", place: null });
  });

  it("reads 'held a phone call on Monday' without 'with', and 'dialled'", () => {
    const x = extract(
      "Mexican President Lucia Barrientos and Canadian Prime Minister Owen Talbot held a phone call on Monday to discuss trade. " +
        "Prime Minister Arjun Mehta on Tuesday dialled his Greek counterpart Nikos Andreou.",
    );
    expect(pairs(x)).toEqual(["Arjun Mehta + Nikos Andreou", "Lucia Barrientos + Owen Talbot"]);
    expect(x.meetings.map((m) => [m.kind, m.date])).toEqual([["call", "2024-05-06"], ["call", "2024-05-07"]]);
  });

  it("keeps a call a call when a place is its topic: 'spoke by phone … about the crisis in Sudan'", () => {
    const m = only(extract("Last month, President Daniel Kiprono spoke by phone with Egyptian President Omar Farouk about the crisis in Sudan."));
    expect(m).toMatchObject({ kind: "call", date: "2024-04", place: null });
  });

  it("counts video calls, virtual meetings and video conferences as calls", () => {
    const x = extract(
      "Foreign Minister Nadia Karimi held a virtual meeting with her Austrian counterpart Lukas Gruber on Friday. " +
        "Earlier this month, Defence Minister Ravi Menon held a video conference with Swedish Defence Minister Erik Lund.",
    );
    expect(x.meetings.map((m) => m.kind)).toEqual(["call", "call"]);
    expect(x.meetings.map((m) => m.date)).toEqual(["2024-05-10", "2024-05"]);
  });

  it("reads 'paid a courtesy call on' and 'called on' as visits, not calls", () => {
    const x = extract(
      "Foreign Minister Park Min-jun also paid a courtesy call on Prime Minister Haruto Sato on Tuesday. " +
        "Chief minister Vikram Rathore on Wednesday called on Prime Minister Anil Desai at his residence.",
    );
    expect(pairs(x)).toEqual(["Anil Desai + Vikram Rathore", "Haruto Sato + Park Min-jun"]);
    expect(x.meetings.every((m) => m.kind === "in_person")).toBe(true);
  });
});

describe("names from other regions", () => {
  it("keeps multi-word demonyms out of names and in the span", () => {
    const x = extract(
      "Kenyan President Daniel Kiprono spoke by phone with South African President Thabo Nkosi on Tuesday. " +
        "New Zealand Prime Minister Aroha Parata met North Korean envoy Ri Chol-su.",
    );
    expect(people(x)).toEqual(["Aroha Parata", "Daniel Kiprono", "Ri Chol-su", "Thabo Nkosi"]);
    expect(pairs(x)).toEqual(["Aroha Parata + Ri Chol-su", "Daniel Kiprono + Thabo Nkosi"]);
  });

  it("reads family names that are also English words: 'To Duc Anh', 'He Jianguo', later just 'He'", () => {
    const x = extract(
      "Chinese President Wen Baoshan held talks with To Duc Anh, general secretary of the party, in Beijing on Monday. " +
        "Treasury Secretary Claire Holt and Vice Premier He Jianguo held a video call on Friday, their first since a meeting between Holt and He in Beijing in April.",
    );
    expect(people(x)).toEqual(["Claire Holt", "He Jianguo", "To Duc Anh", "Wen Baoshan"]);
    expect(pairs(x)).toEqual(["Claire Holt + He Jianguo", "Claire Holt + He Jianguo", "To Duc Anh + Wen Baoshan"]);
    expect(x.meetings.find((m) => m.kind === "in_person" && m.date === "2024-04")?.place?.name).toBe("Beijing");
  });

  it("reads particles and double surnames, and an alias after 'also known as'", () => {
    const x = extract(
      "Foreign Minister Juan Pablo de la Rosa met Ambassador Pieter van der Berg in Mexico City last Thursday. " +
        "Yusuf al-Tamimi, also known as Abu Hamza al-Shami, met Turkish Foreign Minister Kemal Aydin in Damascus.",
    );
    expect(people(x)).toEqual(["Juan Pablo de la Rosa", "Kemal Aydin", "Pieter van der Berg", "Yusuf al-Tamimi"]);
    expect(pairs(x)).toEqual(["Juan Pablo de la Rosa + Pieter van der Berg", "Kemal Aydin + Yusuf al-Tamimi"]);
    expect(x.meetings[0]!.date).toBe("2024-05-02");
  });

  it("reads a title after 'Emir of <country>' and a compound title 'Crown Prince and Prime Minister'", () => {
    const x = extract(
      "President Omar Farouk received on Monday in Cairo the visiting Emir of Qatar Sheikh Hamad bin Nasser Al Kuwari. " +
        "Prime Minister Imran Qureshi held a telephone conversation with Saudi Crown Prince and Prime Minister Faisal bin Turki on Tuesday.",
    );
    expect(pairs(x)).toEqual(["Faisal bin Turki + Imran Qureshi", "Hamad bin Nasser Al Kuwari + Omar Farouk"]);
    expect(x.meetings[0]).toMatchObject({ kind: "in_person", date: "2024-05-06", place: { name: "Cairo" } });
  });
});

describe("meetings told in other ways", () => {
  it("reads the passive 'was received by' and 'a ceremony hosted by'", () => {
    const x = extract(
      "Rebel commander Idris Haroun was received by Kenyan President Daniel Kiprono in Nairobi in January. " +
        "The foreign ministers Amara Diallo and Jonas Meyer met in Geneva in April at a ceremony hosted by Secretary of State Ellen Park.",
    );
    expect(pairs(x)).toEqual(["Amara Diallo + Ellen Park + Jonas Meyer", "Daniel Kiprono + Idris Haroun"]);
    expect(x.meetings[0]!.participants).toContainEqual({ name: "Daniel Kiprono", role: "host" });
  });

  it("reads 'A and B shook hands', 'exchanged pleasantries at a dinner hosted by C' and joint press conferences", () => {
    const x = extract(
      "On Monday, President Tomas Lindqvist and President Ana Beltrão shook hands at the summit in Lima. " +
        "Minister Ravi Menon and Deputy Prime Minister Bilal Siddiqui exchanged pleasantries at a dinner hosted by Prime Minister Imran Qureshi.",
    );
    expect(pairs(x)).toEqual(["Ana Beltrão + Tomas Lindqvist", "Bilal Siddiqui + Imran Qureshi + Ravi Menon"]);
  });

  it("adds people who 'took part in' the meeting, 'were also present', or are listed 'Among those at the meeting'", () => {
    const x = extract(
      "President Lucia Barrientos received Colombian President Mateo Rojas in Bogotá on Thursday. " +
        "Foreign Minister Elena Sosa also took part in the meeting. Vice President Hugo Prado was also present. " +
        "Among those at the meeting were Governor Iván Ruiz and Senator Paula Ortega.",
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.participants.map((p) => p.name).sort()).toEqual(
      ["Elena Sosa", "Hugo Prado", "Iván Ruiz", "Lucia Barrientos", "Mateo Rojas", "Paula Ortega"],
    );
  });

  it("reads a conjoined or participial verb phrase with the sentence's subject", () => {
    const x = extract(
      "Prime Minister Viktor Halasz had visited Kyiv days earlier and held talks with President Oleh Koval. " +
        "President Daniel Kiprono visited Haiti on Saturday, holding talks with Prime Minister Jean Baptiste.",
    );
    expect(pairs(x)).toEqual(["Daniel Kiprono + Jean Baptiste", "Oleh Koval + Viktor Halasz"]);
  });

  it("names the person after a possessive, not the possessor: \"Lo's predecessor, Sam Tui\"", () => {
    const x = extract("Last year, President Wen Baoshan held talks with Prime Minister Peter Lo's predecessor, Sam Tui, in Beijing.");
    expect(pairs(x)).toEqual(["Sam Tui + Wen Baoshan"]);
  });

  it("keeps a trip companion out of the meetings of the one accompanied", () => {
    const x = extract(
      "Prime Minister Haruto Sato held talks with President Wen Baoshan on Friday in Lima. " +
        "Foreign Minister Aiko Mori, who accompanied Sato, met her Chinese counterpart Liu Ping on Thursday.",
    );
    expect(pairs(x)).toEqual(["Aiko Mori + Liu Ping", "Haruto Sato + Wen Baoshan"]);
  });
});

describe("more ways of meeting", () => {
  it("makes a call of those who 'joined the talks by video link' or 'took part remotely', with the people in the room", () => {
    const x = extract(
      "President Tomas Lindqvist received President Nadim Haddad at the palace in Paris on Friday. " +
        "Interim President Yusuf al-Tamimi joined the talks by video link. Prime Minister Eleni Markou also took part remotely.",
    );
    const room = x.meetings.find((m) => m.kind === "in_person");
    const call = x.meetings.find((m) => m.kind === "call");
    expect(room?.participants.map((p) => p.name).sort()).toEqual(["Nadim Haddad", "Tomas Lindqvist"]);
    expect(call?.participants.map((p) => p.name).sort()).toEqual(["Eleni Markou", "Nadim Haddad", "Tomas Lindqvist", "Yusuf al-Tamimi"]);
    expect(call).toMatchObject({ date: "2024-05-10", place: null });
  });

  it("reads 'A and B witnessed the signing' and 'received a phone call on Monday from'", () => {
    const x = extract(
      "Prime Minister Aziz Rahman and his counterpart Budi Santoso on Tuesday witnessed the signing of an agreement. " +
        "Foreign Minister Khalid bin Saud received a phone call on Monday from his counterpart Omar Bashir.",
    );
    expect(pairs(x)).toEqual(["Aziz Rahman + Budi Santoso", "Khalid bin Saud + Omar Bashir"]);
    expect(x.meetings.map((m) => [m.kind, m.date])).toEqual([["in_person", "2024-05-07"], ["call", "2024-05-06"]]);
  });

  it("never makes a royal of the surname of someone else: 'Sultan Idris' is not Prime Minister Karim Idris", () => {
    const x = extract(
      "Prime Minister Aziz Rahman and his Malaysian counterpart Karim Idris met on Tuesday. " +
        "Rahman had visited Kuala Lumpur in June, where he called on Sultan Idris, the King of Malaysia.",
    );
    expect(people(x)).toEqual(["Aziz Rahman", "Idris", "Karim Idris"]);
    expect(pairs(x)).toEqual(["Aziz Rahman + Idris", "Aziz Rahman + Karim Idris"]);
  });

  it("reads 'the two men' as the two people named just before when no meeting of two was told since", () => {
    const x = extract(
      "President Oleh Koval met President Ana Beltrão in Rome on Monday.\n\n" +
        "Koval has repeatedly called for a meeting with Prime Minister Arjun Mehta. The two men last met in Rome in June.",
    );
    expect(pairs(x)).toEqual(["Ana Beltrão + Oleh Koval", "Arjun Mehta + Oleh Koval"]);
  });
});

describe("what is no meeting", () => {
  it("excludes 'called on X to resign' and 'called X a liar'", () => {
    const x = extract(
      "Opposition leader Grace Atieno called on President Daniel Kiprono to resign. Atieno called President Daniel Kiprono a liar.",
    );
    expect(x.meetings).toEqual([]);
  });

  it("excludes planned, expected, proposed, refused and denied meetings", () => {
    const x = extract(
      "President Daniel Kiprono is expected to meet President Joseph Ssemanda in Kampala next week. " +
        "Minister Ravi Menon will travel to Athens next month to meet Nikos Andreou. " +
        "President Lucia Barrientos plans to call President Mateo Rojas in the coming days. " +
        "President Omar Farouk proposed a meeting with Idris Haroun. " +
        "General Idris Haroun has refused to meet President Omar Farouk. " +
        "Opposition leader Grace Atieno denied meeting President Daniel Kiprono. " +
        "Opposition leader Grace Atieno called for talks with President Daniel Kiprono. " +
        "President Tomas Lindqvist declined to meet union leader Ola Berg. Lindqvist has not met Berg since 2021.",
    );
    expect(x.meetings).toEqual([]);
  });

  it("excludes letters, messages, video messages and congratulations in a message", () => {
    const x = extract(
      "Opposition leader Grace Atieno wrote a letter to President Daniel Kiprono on Saturday. " +
        "President Wen Baoshan sent a message of condolences to To Duc Anh in July. " +
        "President Daniel Kiprono had congratulated President Amara Diallo in a message after his victory. " +
        "In a video message on Sunday, President Oleh Koval thanked Prime Minister Claire Holt.",
    );
    expect(x.meetings).toEqual([]);
  });
});

describe("organisations from other regions", () => {
  it("finds agencies after 'according to', in datelines, after 'told', and parties by their acronym", () => {
    const x = extract(
      "ISLAMABAD, May 9 (Reuters) - The Pakistan Tehreek-e-Insaf (PTI) said its founder was in jail, according to the Press Trust of India. " +
        "A party official told Al Jazeera that the People's Bank of China Governor Pan Wei had resigned.",
    );
    expect(orgs(x)).toEqual(["Al Jazeera", "Pakistan Tehreek-e-Insaf", "People's Bank of China", "Press Trust of India", "Reuters"]);
    expect(people(x)).toEqual(["Pan Wei"]);
  });

  it("takes the organisation an acronym spells out of a longer body, and organisations behind '-led' and '-backed'", () => {
    const x = extract(
      "Li Wen, director of the General Office of the Communist Party of Vietnam (CPV) Central Committee, attended. " +
        "Sources said a Hamas-led group and a U.N.-backed mission were present.",
    );
    expect(orgs(x)).toEqual(["Communist Party of Vietnam", "Hamas", "U.N."]);
  });

  it("reads a party in parentheses after a name, and no organisation from a territory's head or a sentence's opening adjective", () => {
    const x = extract(
      "President Ana Beltrão (PT) met Uttar Pradesh chief minister Vikram Rathore on Monday. " +
        "Opposition Congress party president Ramesh Kumar criticised the talks.",
    );
    expect(orgs(x)).toEqual(["Congress", "PT"]);
    expect(people(x)).toEqual(["Ana Beltrão", "Ramesh Kumar", "Vikram Rathore"]);
  });
});

describe("dates and places", () => {
  it("resolves 'last Thursday', 'on 11 March', 'earlier this month' and 'last November' against the article's date", () => {
    const x = extract(
      "Foreign Minister Juan Pablo de la Rosa met Ambassador Pieter van der Berg in Mexico City last Thursday. " +
        "President Tomas Lindqvist had met President Ana Beltrão in Kigali on 11 March. " +
        "Earlier this month, Minister Ravi Menon held talks with Nikos Andreou. " +
        "Foreign Minister Aiko Mori met her counterpart Liu Ping in Busan last November.",
    );
    expect(x.meetings.map((m) => m.date)).toEqual(["2024-05-02", "2024-03-11", "2024-05", "2023-11"]);
  });

  it("dates 'The meeting on Monday …' told after the meeting, and 'earlier in the day' from the meeting before", () => {
    const x = extract(
      "General Idris Haroun has met President Omar Farouk in Cairo. The meeting on Monday focused on aid, the presidency said.\n\n" +
        "President Lucia Barrientos hosted President Mateo Rojas for a working dinner in Rome on Wednesday evening. " +
        "Earlier in the day, Rojas held talks with Foreign Minister Elena Sosa.",
    );
    expect(x.meetings.map((m) => m.date)).toEqual(["2024-05-06", "2024-05-08", "2024-05-08"]);
  });

  it("takes the place from a dateline, from 'where', from a venue followed by its town, and a country's capital", () => {
    const x = extract(
      "JAKARTA – President Budi Santoso and Prime Minister Aziz Rahman held bilateral talks at the Merdeka Palace on Monday.\n\n" +
        "In May, President Amara Diallo travelled to Bamako, where he met junta leader Colonel Moussa Keita. " +
        "President Joseph Ssemanda received President Daniel Kiprono at the Presidential Villa, Abuja. " +
        "Foreign Minister Nadia Karimi held talks with her counterpart, Prince Khalid bin Saud, in the Saudi capital.",
    );
    expect(x.meetings.map((m) => m.place?.name)).toEqual(["Jakarta", "Bamako", "Abuja", "Riyadh"]);
  });
});
