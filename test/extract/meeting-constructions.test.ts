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
  it("reads a dialogue between named people, with a quote and a time before 'between', but not 'the dialogue process' or 'they don't dialogue with'", () => {
    expect(meetings(extract("Talks resumed with “frank dialogue” on Thursday between Dockers President Caspian Marrable and Harbour President Delphine Quennell."))).toEqual([
      "Caspian Marrable + Delphine Quennell",
    ]);
    expect(meetings(extract("Minister Greer Pellow met Minister Hollis Dunmore in Tallinn on Friday. They praised the dialogue process begun last spring."))).toEqual(["Greer Pellow + Hollis Dunmore"]);
    expect(meetings(extract("Greer Pellow complained that the rebels simply don’t dialogue with President Hollis Dunmore."))).toEqual([]);
    expect(meetings(extract("Greer Pellow held talks on Thursday with President Hollis Dunmore."))).toEqual(["Greer Pellow + Hollis Dunmore"]);
  });

  it("reads a slash between two offices before the name ('Chief Executive/Country Manager of X, Y')", () => {
    const x = extract("Governor Nerys Jessop spoke on Tuesday while hosting the outgoing Chief Executive/Country Manager of Brightwater Cables Limited, Perpetua Mottram, and her staff.");
    expect(meetings(x)).toEqual(["Nerys Jessop + Perpetua Mottram"]);
  });

  it("reads 'conferred individually with A, B and C' as one meeting each, and a bare 'the Prime Minister' as the story's own, named first", () => {
    const x = extract(
      "At the summit, Prime Minister Quillon Nettleship met with several visiting heads of government. Later he conferred individually with Chancellor Rosalind Ormerod of Austria, " +
        "President Saoirse Pendry of the Philippines, and Prime Minister Wystan Varley of Canada. At the session between Chancellor Ormerod and the Prime Minister, both sides pledged closer shipping links.",
    );
    expect(meetings(x)).toEqual(["Quillon Nettleship + Rosalind Ormerod", "Quillon Nettleship + Saoirse Pendry", "Quillon Nettleship + Wystan Varley"]);
    const y = extract("Prime Minister Quillon Nettleship welcomed Prime Minister Wystan Varley on Tuesday. That evening, the Prime Minister met Trade Minister Zephyr Yelland.");
    expect(meetings(y)).toEqual(["Quillon Nettleship + Wystan Varley", "Quillon Nettleship + Zephyr Yelland"]);
  });

  it("reads 'had a conversation by telephone with X' as a call, and an untitled name with a quoted nickname inside it", () => {
    const x = extract("Corwin “Corky” Fothergill had a lengthy conversation by telephone with Chilean President Anselm Brackwell on Thursday.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Anselm Brackwell", "Corwin “Corky” Fothergill"]);
    expect(x.meetings.map((m) => `${m.participants.map((p) => p.name).sort().join(" + ")} ${m.kind}`)).toEqual(["Anselm Brackwell + Corwin “Corky” Fothergill call"]);
    expect(x.meetings.map((m) => m.kind)).toEqual(["call"]);
    expect(extract("Berenice Cordingley held talks by video link with President Dorcas Gascoigne.").meetings.map((m) => m.kind)).toEqual(["call"]);
  });

  it("reads 'A and B hosted separate receptions … for a delegation led by C' as one meeting each with C", () => {
    const x = extract(
      "President Elspeth Hartigan and Prime Minister Fintan Inchbald hosted separate receptions in Windhoek on March 9 for a visiting parliamentary delegation led by Deputy Speaker Gwilym Lumsden.",
    );
    expect(meetings(x)).toEqual(["Elspeth Hartigan + Gwilym Lumsden", "Fintan Inchbald + Gwilym Lumsden"]);
    expect(meetings(extract("President Elspeth Hartigan hosted a luncheon in Accra on Friday for a trade delegation led by Hesper Mossop."))).toEqual(["Elspeth Hartigan + Hesper Mossop"]);
  });

  it("names a group that welcomed someone ('ministers of the cabinet welcomed X') by 'Those officials are A, B and C'", () => {
    const x = extract(
      "President Jocasta Wragg hosted Prime Minister Lorcan Ibbotson on Tuesday. Once inside the main hall of the residence, ministers of the coalition cabinet welcomed Ibbotson and his party. " +
        "Those officials are Trade Minister Ottoline Harbottle, Education Minister Peregrine Cheshunt, and Cabinet Secretary Cressida Vantongeren.",
    );
    expect(meetings(x)).toEqual(["Cressida Vantongeren + Lorcan Ibbotson + Ottoline Harbottle + Peregrine Cheshunt", "Jocasta Wragg + Lorcan Ibbotson"]);
  });

  it("reads a leading phrase that 'and' continues past its first comma ('After talks with A, and weekend meetings with B in <city>, X held …')", () => {
    const x = extract(
      "Opposition leader Barnaby Quilter wrapped up his trip by meeting President Marisol Feverel in Lisbon. " +
        "After briefings in Geneva with diplomats, and weekend meetings with Imogen Scarisbrick and others in Toronto, the opposition leader returned home.",
    );
    expect(meetings(x)).toEqual(["Barnaby Quilter + Imogen Scarisbrick", "Barnaby Quilter + Marisol Feverel"]);
  });

  it("reads 'meetings with governors of X region A, Y region B and mayors of Z C' as one meeting with each", () => {
    const x = extract(
      "President Rufus Pettigrew held separate meetings with governors of Samara region Honoria Blakiston, Tula region Ignatius Pumphrey and mayors of Kazan Araminta Cowdrey on Tuesday.",
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(["Araminta Cowdrey", "Honoria Blakiston", "Ignatius Pumphrey", "Rufus Pettigrew"]);
    expect(meetings(x)).toEqual(["Araminta Cowdrey + Rufus Pettigrew", "Honoria Blakiston + Rufus Pettigrew", "Ignatius Pumphrey + Rufus Pettigrew"]);
  });

  it("takes 'he' in 'the visit of X to <place>, where he was welcomed by Y' for the visitor, not the sentence's subject", () => {
    const x = extract(
      "Ex-premier Wilhelmina Oakenfold met on Thursday with President Benedikt Strood. " +
        "Oakenfold also praised the official visit of President Benedikt Strood to Malaysia, where he was welcomed by President Leocadia Burrage.",
    );
    expect(meetings(x)).toEqual(["Benedikt Strood + Leocadia Burrage", "Benedikt Strood + Wilhelmina Oakenfold"]);
  });

  it("reads 'as well as' inside a list of those met", () => {
    expect(meetings(extract("On Thursday, President Octavian Mellish met Vice President Tiberius Fennimore, Minister Calliope Westerby, as well as Senator Godfrey Ravensworth."))).toEqual([
      "Calliope Westerby + Godfrey Ravensworth + Octavian Mellish + Tiberius Fennimore",
    ]);
    expect(meetings(extract("President Octavian Mellish met Prime Minister Tiberius Fennimore as well as Senate Speaker Godfrey Ravensworth."))).toEqual([
      "Godfrey Ravensworth + Octavian Mellish + Tiberius Fennimore",
    ]);
  });

  it("gives a leading 'In a telephone conversation, A and his counterpart B talked' to A and B, and reads 'did meet with' as told", () => {
    const x = extract("In a lengthy telephone conversation on Tuesday, Trade Minister Ambrose Kittredge and his Omani counterpart Sheikh Tawfiq Belhadri talked about shipping routes.");
    expect(x.meetings.map((m) => `${m.participants.map((p) => p.name).sort().join(" + ")} ${m.kind}`)).toEqual(["Ambrose Kittredge + Tawfiq Belhadri call"]);
    expect(meetings(extract("In a brief telephone conversation on Wednesday, Trade Minister Ambrose Kittredge praised the accord."))).toEqual([]);
    expect(meetings(extract("Mayor Jolyon Trevithick gave a speech. She did meet with Minister Marguerite Stannard, as well as other cabinet members."))).toEqual([
      "Jolyon Trevithick + Marguerite Stannard",
    ]);
    expect(meetings(extract("Jolyon Trevithick did not meet with Marguerite Stannard."))).toEqual([]);
  });

  it("adds those who 'also attended' with no object to the meeting just told, and names the party leaders met by 'This includes …'", () => {
    const x = extract(
      "President Horatio Bellchamber hosted President-elect Ysolde Penwarden at the palace on Wednesday. " +
        "The banker Bartholomew Inskip, and the country's former Trade Minister, Roswitha Ellerby, also attended for Uruguay.",
    );
    expect(meetings(x)).toEqual(["Bartholomew Inskip + Horatio Bellchamber + Roswitha Ellerby + Ysolde Penwarden"]);
    const y = extract(
      "Last week, President Horatio Bellchamber met with leaders of six opposition parties. This includes Reform Party Leader Cuthbert Lanyon and Farmers Party chief Tristram Hebblethwaite.",
    );
    expect(meetings(y)).toEqual(["Cuthbert Lanyon + Horatio Bellchamber + Tristram Hebblethwaite"]);
  });

  it("names 'heads of mission' received by a host in a 'They are …' after a sentence about 'the envoys', one meeting each, 'Others are' too", () => {
    const x = extract(
      "President Zenobia Castellane on Tuesday received three newly accredited heads of mission. The ceremony signals closer ties abroad. " +
        "The envoys, representing Chile, Oman and Ghana, handed over their letters of credence at the palace on Tuesday. " +
        "They are Ignatia Trelawny (Chile) and Oman’s Phineas Goodbody. Others are ambassador Amparo del Pilar Zubiaurre Lasarte (Ghana).",
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(["Amparo del Pilar Zubiaurre Lasarte", "Ignatia Trelawny", "Phineas Goodbody", "Zenobia Castellane"]);
    expect(meetings(x)).toEqual([
      "Amparo del Pilar Zubiaurre Lasarte + Zenobia Castellane", "Ignatia Trelawny + Zenobia Castellane", "Phineas Goodbody + Zenobia Castellane",
    ]);
  });

  it("names a delegation met through a meeting noun ('held a lengthy meeting with a visiting delegation') by 'The delegation was headed by X'", () => {
    const x = extract("President Rupert Wickenden on Friday held a lengthy meeting with a visiting delegation of Turkish industrialists. The delegation was headed by Seraphina Callow.");
    expect(meetings(x)).toEqual(["Rupert Wickenden + Seraphina Callow"]);
  });

  it("reads 'A and B discussed …' as their meeting, but not 'Both sides discussed' or what two people already told to meet discussed", () => {
    expect(meetings(extract("Namibian Prime Minister, Dr Valentin Oberhauser and President Wenceslas Draycott discussed ways to deepen trade."))).toEqual([
      "Valentin Oberhauser + Wenceslas Draycott",
    ]);
    expect(meetings(extract("President Wenceslas Draycott discussed the budget."))).toEqual([]);
    expect(meetings(extract("Valentin Oberhauser and Wenceslas Draycott will discuss trade."))).toEqual([]);
    const told = extract(
      "President Wenceslas Draycott hosted Emir Murtadha Belhadri in Doha on Friday. A day earlier, Draycott took a phone call from Sultan Aurelio Quintavalle. Draycott and Belhadri discussed energy.",
    );
    expect(told.meetings.map((m) => `${m.participants.map((p) => p.name).sort().join(" + ")} ${m.kind}`).sort()).toEqual([
      "Aurelio Quintavalle + Wenceslas Draycott call", "Murtadha Belhadri + Wenceslas Draycott in_person",
    ]);
    expect(meetings(extract("Minister Bettina Mauersberg met Minister Casimir Lindqvist and Minister Florizel Ashby in Vienna. Both sides discussed fisheries."))).toEqual([
      "Bettina Mauersberg + Casimir Lindqvist + Florizel Ashby",
    ]);
  });

  it("adds those by whom X 'was accompanied to the talks' to a meeting told sentences before, and reads 'CS'/'PS' as titles", () => {
    const x = extract(
      "President Griselda Honeyford held talks with Secretary of State Hildegard Pennefather on Wednesday. The two covered energy. They also covered security. " +
        "Both mentioned drought. Honeyford welcomed the outcome. President Honeyford was accompanied to the talks by Foreign Affairs CS Ivo Strangward and Interior PS Jessamy Pardoe.",
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(["Griselda Honeyford", "Hildegard Pennefather", "Ivo Strangward", "Jessamy Pardoe"]);
    expect(x.organisations).toEqual([]);
    expect(meetings(x)).toEqual(["Griselda Honeyford + Hildegard Pennefather + Ivo Strangward + Jessamy Pardoe"]);
  });

  it("gives 'X said after meeting with Y' the speaker as the one who met", () => {
    const x = extract("Reform cannot wait, President Lavinia Ruddock said after meeting with Czech Prime Minister Niobe Cattermole in Riga on Monday.");
    expect(meetings(x)).toEqual(["Lavinia Ruddock + Niobe Cattermole"]);
  });

  it("reads a clause of time after a future main clause as future ('will be greeted by X, before he has meetings with Y'), unless it has a past verb of its own", () => {
    expect(
      meetings(extract("Chancellor Piers Wadsworth will be officially received at the legislature by Speaker Sigrid Haverstock, before he has private meetings with party leader Tancred Bulstrode.")),
    ).toEqual([]);
    expect(meetings(extract("Chancellor Piers Wadsworth will land in Dublin on Thursday before meeting Prime Minister Ursula Pennywhistle."))).toEqual([]);
    expect(meetings(extract("Chancellor Piers Wadsworth will inspect the shipyard and then hold talks with Prime Minister Ursula Pennywhistle."))).toEqual([]);
    expect(meetings(extract("Chancellor Piers Wadsworth landed in Dublin on Thursday before meeting Prime Minister Ursula Pennywhistle."))).toEqual(["Piers Wadsworth + Ursula Pennywhistle"]);
    expect(meetings(extract("Chancellor Piers Wadsworth will visit Dublin next month, a year after he held talks with Prime Minister Ursula Pennywhistle in Rome."))).toEqual([
      "Piers Wadsworth + Ursula Pennywhistle",
    ]);
  });

  it("reads 'was (then) met on arrival by A and B' and 'greeted upon her arrival by X' as a welcome in person", () => {
    const x = extract("Prime Minister Vashti Crumbleholme arrived in Harare on Thursday. She was then met on arrival by Foreign Minister Yevgenia Brightwell and Deputy Prime Minister Wendeline Ashcombe.");
    expect(meetings(x)).toEqual(["Vashti Crumbleholme + Wendeline Ashcombe + Yevgenia Brightwell"]);
    expect(meetings(extract("Prime Minister Vashti Crumbleholme arrived on Thursday. She was greeted upon her arrival by Foreign Minister Yevgenia Brightwell."))).toEqual([
      "Vashti Crumbleholme + Yevgenia Brightwell",
    ]);
  });

  it("gives 'before paying a brief courtesy call on X' the sentence's subject", () => {
    const x = extract("Mr Zoltan Merriman inspected the dockyard before paying a brief courtesy call on Chief Justice Dame Persephone Wardle at her official residence.");
    expect(meetings(x)).toEqual(["Persephone Wardle + Zoltan Merriman"]);
  });

  it("adds 'Ambassador to the Kingdom X' to the meeting he attended, and finds 'the Chinese Commerce Minister' in 'Commerce Minister of the People's Republic of China X'", () => {
    const x = extract(
      "Crown Prince Eustace Thornbury discussed with Commerce Minister of the People’s Republic of China Duanmu Shaoqing prospects for cooperation during talks held in Oslo on Thursday. " +
        "The Crown Prince thanked the Chinese Commerce Minister for the visit. Ambassador to the Kingdom Murong Qiuping also attended the talks.",
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(["Duanmu Shaoqing", "Eustace Thornbury", "Murong Qiuping"]);
    expect(meetings(x)).toEqual(["Duanmu Shaoqing + Eustace Thornbury + Murong Qiuping"]);
  });

  it("reads 'bid farewell to' as a call in person", () => {
    const x = extract("On Tuesday, outgoing EU Ambassador to Sierra Leone, Hans Berger, bid farewell to President Dr. Ivo Kant at State House in Freetown.");
    expect(meetings(x)).toEqual(["Hans Berger + Ivo Kant"]);
    expect(meetings(extract("Ambassador Hans Berger will bid farewell to President Ivo Kant next week."))).toEqual([]);
  });

  it("adds everyone of a list of long titles before 'attended the meeting', though the titles hold 'to' and 'of'", () => {
    const x = extract(
      "King Omar received Representative Adam Sted on Thursday. Foreign Minister Ali Safa, Adviser to His Majesty for Media Kamal Nasr, " +
        "and Chairman of the Joint Chiefs of Staff Maj. Gen. Yusuf Hani attended the meeting.",
    );
    expect(meetings(x)).toEqual(["Adam Sted + Ali Safa + Kamal Nasr + Omar + Yusuf Hani"]);
  });

  it("takes 'he' for the envoy named after 'President X's Special Envoy,', not for the president", () => {
    const x = extract("PRESIDENT Dan Roe's Special Envoy, Ambassador Simon Ka Molo continued his regional tour yesterday, which took him to Lusaka, Zambia where he met President Edgar Lunde.");
    expect(meetings(x)).toEqual(["Edgar Lunde + Simon Ka Molo"]);
  });

  it("finds the head of a delegation 'led by head of the X of Y Z'", () => {
    const x = extract("President of Azerbaijan Ivo Kant has received a delegation led by head of the Presidential Administration of Ukraine Boris Lozin.");
    expect(meetings(x)).toEqual(["Boris Lozin + Ivo Kant"]);
  });

  it("reads a subject list joined by 'as well as'", () => {
    const x = extract("Minister Ivo Kant met Minister Jon Lavel. Lavel, Kant as well as Defense Minister Ana Lowe and her counterpart, Omar Sadik, held talks earlier in the day.");
    expect(meetings(x)).toEqual(["Ana Lowe + Ivo Kant + Jon Lavel + Omar Sadik"]);
  });

  it("keeps a meeting whose proposal was rejected, and adds no trip companions or rally speakers to it", () => {
    expect(meetings(extract("Premier Ivo Kant met President Dan Roe in Oslo, but Roe rejected the proposal."))).toEqual(["Dan Roe + Ivo Kant"]);
    const x = extract(
      "Premier Ivo Kant met President Dan Roe in Oslo on Monday. Accompanying Roe on the three-nation tour were Minister Ana Lowe and Minister Bo Lind. " +
        "Representing the opposition at the rally were Senator Eva Holm and Senator Per Dahl.",
    );
    expect(meetings(x)).toEqual(["Dan Roe + Ivo Kant"]);
  });

  it("reads talk as in person in a story that only 'called for' closer ties", () => {
    const x = extract("President Dan Roe received Ambassador Ana Lowe on Monday. The president talked with Ambassador Ana Lowe about trade. He called for closer ties.");
    expect(x.meetings.map((m) => m.kind)).toEqual(["in_person"]);
  });

  it("reads 'gave an audience … to X' and 'He and his accompanying delegation were received by Y'", () => {
    const x = extract(
      "Sultan Omar Rashed gave an audience at Noor Palace on Wednesday to Prince Samir Adel. Samir Adel arrived here on Wednesday. " +
        "He and his accompanying delegation were received by Minister Yusuf Hamdan and Ambassador Tariq Lami.",
    );
    expect(meetings(x)).toEqual(["Omar Rashed + Samir Adel", "Samir Adel + Tariq Lami + Yusuf Hamdan"]);
  });

  it("reads calls from a list of leaders as one call each, also when the list names callers of calls told before", () => {
    const x = extract("Prime Minister Ana Lowe took calls from Prime Minister Pond of New Zealand, Prime Minister Ito of Japan and King Zaid of Jordan.");
    expect(meetings(x)).toEqual(["Ana Lowe + Ito", "Ana Lowe + Pond", "Ana Lowe + Zaid"]);
    expect(x.meetings.map((m) => m.kind)).toEqual(["call", "call", "call"]);
    const y = extract(
      "Prime Minister Ana Lowe has taken a number of congratulatory calls from foreign leaders. " +
        "A theme emerged in the phone calls from Prime Minister Pond of New Zealand, Prime Minister Ito of Japan and King Zaid of Jordan.",
    );
    expect(meetings(y)).toEqual(["Ana Lowe + Ito", "Ana Lowe + Pond", "Ana Lowe + Zaid"]);
  });

  it("reads 'both men proceeded for an indoor meeting' as a meeting of the two just named", () => {
    const x = extract("Senator Dayo Okon arrived at the residence. Okon was welcomed by aides, who led him to meet Senator Ebi Nwosa. After exchanging pleasantries, both men proceeded for an indoor meeting.");
    expect(meetings(x)).toEqual(["Dayo Okon + Ebi Nwosa"]);
    expect(x.meetings[0]!.evidence.quote).toBe("both men proceeded for an indoor meeting");
  });

  it("adds 'Accompanying the two leaders at the meeting were' and reads 'the meeting between the two leaders' as the meeting of those two", () => {
    const x = extract(
      "Party Chairman Omar Kader held discussions with Chief Patron Rina Shah on Saturday. This was disclosed in a press release. " +
        "Kader visited Shah's residence at 8 pm. The leaders engaged in a family meeting. " +
        "Accompanying the two leaders at the meeting were the secretary, Tarun Bose, the spokesperson, Rafi Alam, and Saad Noor. " +
        "The meeting between the two leaders lasted for more than an hour.",
    );
    expect(meetings(x)).toEqual(["Omar Kader + Rafi Alam + Rina Shah + Saad Noor + Tarun Bose"]);
  });

  it("meets 'his counterparts from X, A; Y, B; and Z C' one by one", () => {
    const x = extract("Minister Ali Bora held talks in Cairo. He also met with his counterparts from the UAE, Faris Odeh; Bahrain, Nabil Hamra; Libya Rima Haddad; and Somalia Ilyas Farah.");
    expect(meetings(x)).toEqual(["Ali Bora + Faris Odeh", "Ali Bora + Ilyas Farah", "Ali Bora + Nabil Hamra", "Ali Bora + Rima Haddad"]);
  });

  it("reads 'led a delegation that included' and 'Joining the meeting was', and keeps 'Hasan Al Fadil' apart from 'Karim Al Hasan Al Fadil'", () => {
    const x = extract(
      "On Tuesday, Crown Prince Sheikh Karim Al Hasan Al Fadil travelled to Riyadh to meet with Crown Prince Turki Bin Saad. " +
        "Sheikh Karim led a delegation that included the Minister of Oil, Omar Al Rawi, and the Minister of Foreign Affairs, Dr Hasan Al Fadil. " +
        "Joining the meeting was the Minister of Energy, Aziz Al Salem.",
      "2021-06-02",
    );
    expect(meetings(x)).toEqual(["Aziz Al Salem + Hasan Al Fadil + Karim Al Hasan Al Fadil + Omar Al Rawi + Turki Bin Saad"]);
  });

  it("adds those 'among those attending the meeting' to the meeting told", () => {
    const x = extract(
      "President Yu Lan met with US executives and academics in Beijing on Wednesday. The meeting began at 11 am, the report said. " +
        "The chief executive of insurer Norsure, Carl Winther, Paul Ashby, president of the National Committee, and Mark Tolley are among those attending the meeting, Nordwire reported.",
    );
    expect(meetings(x)).toEqual(["Carl Winther + Mark Tolley + Paul Ashby + Yu Lan"]);
  });

  it("reads 'huddled with' as a meeting", () => {
    const x = extract("President Dan Roe huddled Friday with Governor Neil Farrow and Governor Ross Kimber at Elm House.");
    expect(meetings(x)).toEqual(["Dan Roe + Neil Farrow + Ross Kimber"]);
  });

  it("reads 'They were greeted by Y' after a delegation led by X arrived, and names the delegation from 'The delegation also includes'", () => {
    const x = extract(
      "A delegation of four lawmakers led by Senator Rob Mendel arrived at the airport on Thursday. They were greeted by Foreign Minister Jon Wei at the airport. " +
        "The delegation will meet with President Mei Lan Ho. The delegation also includes Lin Gray; Ray Burrow; and Leo Vance.",
    );
    expect(meetings(x)).toEqual(["Jon Wei + Leo Vance + Lin Gray + Ray Burrow + Rob Mendel"]);
    expect(x.meetings[0]!.evidence.quote).toBe("They were greeted by Foreign Minister Jon Wei");
  });

  it("reads guests 'of' distinct countries received as calls in turn, and a name in brackets as the one the host goes by", () => {
    const x = extract(
      "President Budi Santoso (Budsan) receives guests of states, among them are the Prime Minister of Australia Tom Reid, Prime Minister of Malaysia Aziz Omar, " +
        "and the Minister of Foreign Affairs of Chile Ana Soto, at the palace. PM Tom Reid meets President Budsan for 30 minutes.",
    );
    expect(meetings(x)).toEqual(["Ana Soto + Budi Santoso", "Aziz Omar + Budi Santoso", "Budi Santoso + Tom Reid"]);
    expect(x.people.find((p) => p.name === "Budi Santoso")?.aliases).toContain("Budsan");
  });

  it("takes no caption marker in brackets for a name", () => {
    const x = extract("President Yun Ha-jin (L) and Prime Minister Ken Sato pose before their talks in Seoul. The two held talks on Monday.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Ken Sato", "Yun Ha-jin"]);
  });

  it("adds those who 'attended the meeting' paragraphs after it was told", () => {
    const x = extract(
      "King Omar received Foreign Minister Ali Hadi at the palace on Sunday. The King affirmed close ties, a statement said. " +
        "Talks covered trade. The King also stressed support for reform. The King asked Hadi to convey his greetings to the President. " +
        "Adviser Lina Dabas and Ambassador Safa Noor attended the meeting, the statement added.",
    );
    expect(meetings(x)).toEqual(["Ali Hadi + Lina Dabas + Omar + Safa Noor"]);
  });

  it("reads 'Those leaders meeting with X were: A; B' with 'Representing Y was C' and 'Also present was Amb. D' after it", () => {
    const x = extract(
      "Leaders of the region gathered in the capital for a meeting with President Dan Roe. " +
        "Those heads of state meeting with the US President were: Prime Minister of Norland, Ana Berg; President of Chile Ivo Kant; Prime Minister of Fiji Omar Lind. " +
        "Representing Peru was Minister of Foreign Affairs Tom Reyes. Also present was Amb. Lea Stroud, the Secretary-General.",
    );
    expect(meetings(x)).toEqual(["Ana Berg + Dan Roe + Ivo Kant + Lea Stroud + Omar Lind + Tom Reyes"]);
  });

  it("names a dozen leaders met by 'The group was headed by A and B'", () => {
    const x = extract(
      "President Ana Ruiz met on Wednesday with a dozen business leaders at the palace to discuss investment. " +
        "The group was headed by the magnate Carlos Vidal, president of the conglomerate Grupo Norte, and Bernardo Lima, president of Grupo Sol.",
    );
    expect(meetings(x)).toEqual(["Ana Ruiz + Bernardo Lima + Carlos Vidal"]);
    expect(x.organisations.map((o) => o.name).sort()).toEqual(["Grupo Norte", "Grupo Sol"]);
  });

  it("finds 'The Prime Minister' in a 'Prime Minister Datuk Seri X' whose honorifics follow the office", () => {
    const x = extract("Prime Minister Datuk Seri Anwar Kamal today met Dr Yasin Qadri. The Prime Minister also received a courtesy call from Tan Sri Idris Halim.");
    expect(meetings(x)).toEqual(["Anwar Kamal + Idris Halim", "Anwar Kamal + Yasin Qadri"]);
  });

  it("reads 'A and B separately called on C' as two meetings", () => {
    const x = extract("Secretary of State Mike Olsen and China's Foreign Minister Zhou Min separately called on Prime Minister Park Han at the palace yesterday.");
    expect(meetings(x)).toEqual(["Mike Olsen + Park Han", "Park Han + Zhou Min"]);
  });

  it("takes 'meets B today' for the day's programme and a call claimed then rejected for none", () => {
    expect(meetings(extract("Secretary Mike Olsen meets Foreign Minister Selma Ng today."))).toEqual([]);
    expect(meetings(extract("Some outlets claimed that Premier Sok Dara had called Minister Ivo Kant to apologise, but Kant rejected this as false information."))).toEqual([]);
  });

  it("reads 'his meeting' for the clause's subject, not the object named between", () => {
    const x = extract(
      "Premier Ivo Kant and President Dan Roe held phone talks on Saturday. The premier gave Roe an account of his meeting with President Ali Nouri in Oslo on Friday.",
      "2024-03-10",
    );
    expect(meetings(x)).toEqual(["Ali Nouri + Ivo Kant", "Dan Roe + Ivo Kant"]);
  });

  it("takes a bare surname shared with a first lady for the other bearer", () => {
    const x = extract(
      "Senator Ana Ruiz hosted President Ramon Castel and First Lady Lena Castel at a dinner. The dinner was on the day that Castel met former President Hugo Benz.",
    );
    expect(meetings(x)).toEqual(["Ana Ruiz + Lena Castel + Ramon Castel", "Hugo Benz + Ramon Castel"]);
  });

  it("meets envoys named each by their own title one by one, and reads talk in a story of no phone as in person", () => {
    const x = extract(
      "On Monday, President Ts.Bold received credentials. The president talked with Ambassador of Peru Ana Ruiz, Ambassador of Chad Idriss Kane, " +
        "and Ambassador of Fiji Jone Vula about trade. Ts.Bold also talked to Ambassador of Malta Karl Borg.",
      "2024-03-06",
    );
    expect(meetings(x)).toEqual(["Ana Ruiz + Ts.Bold", "Idriss Kane + Ts.Bold", "Jone Vula + Ts.Bold", "Karl Borg + Ts.Bold"]);
    expect(x.meetings.map((m) => m.kind)).toEqual(["in_person", "in_person", "in_person", "in_person"]);
  });

  it("names the delegation that met someone when a later sentence lists who the delegation included", () => {
    const x = extract(
      "Foreign Minister Lena Voss and a delegation of MPs have met with Prime Minister Tomas Brek in the capital. " +
        "Brek was sworn in last week. Voss said the talks were warm. The visit reflects close ties, she said. " +
        "Voss was leading a delegation of MPs, including Health Minister Ana Kell and opposition spokesperson Rui Dorn.",
    );
    expect(meetings(x)).toEqual(["Ana Kell + Lena Voss + Rui Dorn + Tomas Brek"]);
  });

  it("takes 'she' in a 'where' clause for the subject after an opener without a comma", () => {
    const x = extract("President Mei Lan Ho welcomed Premier Ivo Kant. Earlier in the day Sarah Lind also made a visit to the ministry, where she met Minister Jonas Wen.");
    expect(meetings(x)).toEqual(["Ivo Kant + Mei Lan Ho", "Jonas Wen + Sarah Lind"]);
  });

  it("reads 'The meeting took place' after an invitation to meet as the invited meeting, held", () => {
    const x = extract("Premier Ivo Kant was invited to meet with Vice President Pavel Orsk in Washington. The meeting took place on Monday at Elm House.");
    expect(meetings(x)).toEqual(["Ivo Kant + Pavel Orsk"]);
    const y = extract("Premier Ivo Kant was invited to meet with Vice President Pavel Orsk in Washington. The meeting will take place on Monday at Elm House.");
    expect(meetings(y)).toEqual([]);
    const z = extract(
      "During the visit, Prime Minister John Kay will meet with all four premiers; he will also meet King George Tonu of Tonga. The visits last until Friday. " +
        "The meeting (in fact meetings, plural) with the King took place on the 7th.",
    );
    expect(meetings(z)).toEqual(["George Tonu + John Kay"]);
    const w = extract("Prime Minister John Kay will also meet King George Tonu of Tonga. The meeting with Governor Ana Lowe took place on the 7th.");
    expect(meetings(w)).toEqual([]);
  });

  it("reads guests received in a list, each from a country of their own, as calls in turn", () => {
    const x = extract(
      "On Friday, President Ivo Marr received Vietnamese Vice President Tan Hoa, Lao Deputy Foreign Minister Bounmy Keo, " +
        "Brunei's Second Minister of Foreign Affairs Aziz Jamal, and the United Kingdom's Trade Envoy Robert Clare at the palace.",
    );
    expect(meetings(x)).toEqual(["Aziz Jamal + Ivo Marr", "Bounmy Keo + Ivo Marr", "Ivo Marr + Robert Clare", "Ivo Marr + Tan Hoa"]);
    expect(x.organisations).toEqual([]);
  });

  it("keeps guests of one country received together in one meeting", () => {
    const x = extract("President Ivo Marr received Vietnamese Vice President Tan Hoa, Vietnamese Minister Le Quang and Vietnamese envoy Vu Lan.");
    expect(meetings(x)).toEqual(["Ivo Marr + Le Quang + Tan Hoa + Vu Lan"]);
  });

  it("names the people of a meeting told paragraphs before by 'The meeting included', and those 'Also present' after them", () => {
    const x = extract(
      "President Arlo Benn hosted a gathering with leaders of his coalition's parties at the palace on Friday. " +
        "The talks were informal, an aide said. Lunch was served. The aide said more gatherings would follow. " +
        "Reporters waited outside. Elections are due in May. " +
        "The meeting included Labour Chairman Ivo Kant and Union Chairman Pavel Orsk. Also present was Farmers Chairman Ola Berg.",
    );
    expect(meetings(x)).toEqual(["Arlo Benn + Ivo Kant + Ola Berg + Pavel Orsk"]);
  });

  it("takes discussions someone wanted an opportunity to have for no meeting", () => {
    const x = extract("Premier Ivo Kant wanted an opportunity to exchange views and have casual discussions with Senator Pavel Orsk.");
    expect(meetings(x)).toEqual([]);
  });

  it("ends a relative clause whose closing comma was left out at the main verb of meeting", () => {
    const x = extract("Premier Ivo Kant, who is on his first overseas visit since assuming office met Adviser Pavel Orsk on Wednesday.");
    expect(meetings(x)).toEqual(["Ivo Kant + Pavel Orsk"]);
    const y = extract("Premier Ivo Kant, who assumed office in May met Adviser Pavel Orsk on Wednesday.");
    expect(meetings(y)).toEqual(["Ivo Kant + Pavel Orsk"]);
  });

  it("keeps a meeting inside a relative clause with its closing comma to its own subject", () => {
    const x = extract("Premier Ivo Kant, who was received by Adviser Pavel Orsk on Wednesday, spoke to reporters.");
    expect(meetings(x)).toEqual(["Ivo Kant + Pavel Orsk"]);
  });

  it("reads 'received a warm welcome from' as a welcome by the one named after it", () => {
    const x = extract("Premier Ivo Kant arrived in Oslo on Wednesday. Upon arrival, he received a warm welcome from Minister Pavel Orsk.");
    expect(meetings(x)).toEqual(["Ivo Kant + Pavel Orsk"]);
  });

  it("keeps the companions of a trip still to come out of the meeting told before", () => {
    const x = extract(
      "Envoy Tomas Reyl met Finance Minister Ida Vorn on Monday. " +
        "Accompanied by Trade Minister Otto Lask and Chief of Staff Ben Arve, Vorn is expected to hold talks with Premier Rolf Danner.",
    );
    expect(meetings(x)).toEqual(["Ida Vorn + Tomas Reyl"]);
  });

  it("reads a bare weekday between the verb and its object", () => {
    const x = extract("President Oskar Velmont received Tuesday the Deputy Speaker of the Senate, Dr. Arvid Kestrel.", "2024-03-08");
    expect(meetings(x)).toEqual(["Arvid Kestrel + Oskar Velmont"]);
    expect(x.meetings[0]!.date).toBe("2024-03-05");
  });

  it("reads a passive meeting verb with a common-noun venue before 'by'", () => {
    const x = extract("Senator Lorna Quist arrived in the capital. She was met at the terminal by Governor Pieter Vandam.");
    expect(meetings(x)).toEqual(["Lorna Quist + Pieter Vandam"]);
  });

  it("takes the name restated after a capitalised title and a comma", () => {
    const x = extract("The Prime Minister of Norland, Andrew Tallis, welcomed the Vardic Ambassador, Ines Forsberg, on a courtesy visit.");
    expect(meetings(x)).toEqual(["Andrew Tallis + Ines Forsberg"]);
  });

  it("resolves 'the Head of State' after a leading phrase without a comma", () => {
    const x = extract(
      "President Marek Hollis received two ambassadors on Monday. " +
        "During the meeting with Ambassador Tomas Rilke the Head of State stressed the value of trade.",
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
        "This meeting which was attended by Deputy Leader Karl\nMentz, Information Minister Olga Weiss and Secretary\nUdo Franke reviewed the political\nsituation of the country.\n",
    );
    expect(x.people.map((p) => p.name)).toContain("Karl Mentz");
    expect(meetings(x)).toEqual(["Anton Brauer + Karl Mentz + Olga Weiss + Udo Franke"]);
  });
});

describe("groups named in a later sentence", () => {
  it("gives one meeting per envoy when a head of state receives new ambassadors named later", () => {
    const x = extract(
      "President Hanna Ostrova today received four new ambassadors at State House who came to present their credentials. " +
        "The envoys then spoke with the head of state about trade. " +
        "The spokesman, Piet Jansen, said the new envoys are Karl Ober from Norland, Lise Amund from Vardia and Dr Omer Tandy from Estmark.",
      "2022-06-14",
    );
    expect(meetings(x)).toEqual(["Hanna Ostrova + Karl Ober", "Hanna Ostrova + Lise Amund", "Hanna Ostrova + Omer Tandy"]);
    expect(x.meetings.every((m) => m.date === "2022-06-14")).toBe(true);
  });

  it("reads a numbered list of envoys after a colon, one name a line", () => {
    const x = extract(
      "JAKARTA – President Arno Widjaja received the credentials of three Ambassadors from friendly countries.\n" +
        "The Ambassadors received by the President are:\n1.\nKarl Ober, Ambassador of Norland to the Republic;\n" +
        "2.\nLise Amund, Ambassador of Vardia to the Republic; and\n3.\nOmer Tandy, Ambassador of Estmark to the Republic\n" +
        "Health protocols were observed throughout.",
    );
    expect(meetings(x)).toEqual(["Arno Widjaja + Karl Ober", "Arno Widjaja + Lise Amund", "Arno Widjaja + Omer Tandy"]);
  });

  it("gives one meeting with a delegation whose members are named later", () => {
    const x = extract(
      "Chancellor Rolf Amsel met a business delegation from Vardia on Monday. The delegation included Tomas Berg, Eva Lind and Ola Stam.",
    );
    expect(meetings(x)).toEqual(["Eva Lind + Ola Stam + Rolf Amsel + Tomas Berg"]);
  });
});

describe("the host of a group met in turn", () => {
  it("gives 'the sides' at the meeting with one envoy to the head of state who received the envoys", () => {
    const x = extract(
      "President Dana Korr received the ambassadors of Chile and Peru. " +
        "At the meeting with Chilean ambassador Eli Sand, the sides discussed trade. " +
        "At the meeting with Peruvian ambassador Oto Lamm, the sides discussed energy.",
    );
    expect(meetings(x)).toEqual(["Dana Korr + Eli Sand", "Dana Korr + Oto Lamm"]);
  });
});

describe("people who attended", () => {
  it("adds everyone of a semicolon list 'were also in attendance'", () => {
    const x = extract(
      "President Ruben Mallory met a trade delegation in the capital this afternoon. " +
        "Vice President Anton Kale; Energy Minister Bea Rossi; and Central Bank Governor Dr Otto Veen were also in attendance.",
    );
    expect(meetings(x)).toEqual(["Anton Kale + Bea Rossi + Otto Veen + Ruben Mallory"]);
  });

  it("adds the officials 'in the presence of' whom an audience took place", () => {
    const x = extract(
      "President Leon Dracul received on Tuesday the Speaker of the Senate, Ivo Marsh. " +
        "The audience was held at the palace, in the presence of the Chief of Staff, Mila Horn, and Prime Minister Aldo Ferro.",
    );
    expect(meetings(x)).toEqual(["Aldo Ferro + Ivo Marsh + Leon Dracul + Mila Horn"]);
  });

  it("adds the people of 'Present there were …'", () => {
    const x = extract(
      "Chairman Ki Sung met a visiting delegation from the Vardic Labour Party led by Li Wen on Friday. " +
        "Present there were Li Wen, Tao Ming, deputy head of the party's liaison office, and Hu Dan.",
    );
    expect(meetings(x)).toEqual(["Hu Dan + Ki Sung + Li Wen + Tao Ming"]);
  });

  it("reads the members of a delegation 'that included' them", () => {
    const x = extract(
      "Speaker Omar Haddad later met a delegation that included the chair of the grocers' guild, former Minister Sami Aoun, and union leader Rita Nassar.",
    );
    expect(meetings(x)).toEqual(["Omar Haddad + Rita Nassar + Sami Aoun"]);
  });

  it("splits talks with several envoys when the text says 'in separate meetings with each'", () => {
    const x = extract(
      "Foreign Minister Ivan Petrak had talks with Ambassador Rada Kos, Ambassador Milo Brn and Ambassador Zora Lis. " +
        "In separate meetings with each ambassador, the minister set out the priorities.",
    );
    expect(meetings(x)).toEqual(["Ivan Petrak + Milo Brn", "Ivan Petrak + Rada Kos", "Ivan Petrak + Zora Lis"]);
  });
});

describe("more ways of telling a meeting", () => {
  it("takes the possessor as the subject of 'X's first order of business: a meeting with Y'", () => {
    const x = extract("Prime Minister Lena Hart's first order of business on landing was a private meeting with Governor Ben Ochs.");
    expect(meetings(x)).toEqual(["Ben Ochs + Lena Hart"]);
  });

  it("reads 'was sitting down with'", () => {
    const x = extract("President Alma Roy, meanwhile, was sitting down with President Kei Tanaka in an effort to ease tensions.");
    expect(meetings(x)).toEqual(["Alma Roy + Kei Tanaka"]);
  });

  it("reads 'joined X on a boat ride' with the subject of a gerund after 'by'", () => {
    const x = extract(
      "President Carl Brandt arrived on Monday. Chancellor Otto Lind was satisfied. " +
        "As if to make the point, the President ended his visit by joining Mr Lind on a boat ride on the river.",
    );
    expect(meetings(x)).toEqual(["Carl Brandt + Otto Lind"]);
  });

  it("reads a meal together and the people an event 'brought together'", () => {
    const x = extract(
      "Former president Tomas Vega and former governor Rui Lopes had lunch on Tuesday with a group of businessmen. " +
        "The event brought together guests such as Ana Prado (Banco Sul), Caio Reis (Agro Sul) and Duda Melo (Vento). " +
        "Alongside Vega and Lopes were Ivo Nunes and Lia Castro.",
    );
    expect(meetings(x)).toEqual(["Ana Prado + Caio Reis + Duda Melo + Ivo Nunes + Lia Castro + Rui Lopes + Tomas Vega"]);
  });

  it("leaves out 'X's meeting with Y' that refers back to a meeting told as planned", () => {
    const x = extract(
      "President Tom Brandt, ending a tour of the Baltic, is due to have talks this evening with Premier Ada Kerr, and tour the harbour. " +
        "Officials said Mr Brandt's meeting with Mrs Kerr was designed to keep the offensive rolling.",
    );
    expect(meetings(x)).toEqual([]);
  });

  it("leaves out an occasion someone 'was to' attend", () => {
    const x = extract(
      "From there, Prime Minister Jan Koss was to attend a roundtable with farmers, then appear at a reception hosted by President Eva Lund.",
    );
    expect(meetings(x)).toEqual([]);
  });
});

describe("attendees in long lists", () => {
  it("adds everyone of 'The meeting was attended by A, title; B, title; and C'", () => {
    const x = extract(
      "Crown Prince Saad Rahim today received Vice President Omar Qasim at the palace. " +
        "The meeting was attended by Sheikh Ali Nasser, National Security Adviser; Sheikh Hamad Faris, Minister of Foreign Affairs; and Sheikh Zaid Karim.",
    );
    expect(meetings(x)).toEqual(["Ali Nasser + Hamad Faris + Omar Qasim + Saad Rahim + Zaid Karim"]);
  });

  it("adds a list with long appositions that opens 'also attended the reception'", () => {
    const x = extract(
      "President Ali Demir hosted businessman Tom Reyes at a hotel in New York. " +
        "Foreign Minister Hakan Demirel, the Chairman of the Committee on Transport, Tourism and Energy, Mustafa Yilmaz, and Trade Minister Ece Tan also attended the reception.",
    );
    expect(meetings(x)).toEqual(["Ali Demir + Ece Tan + Hakan Demirel + Mustafa Yilmaz + Tom Reyes"]);
  });
});

describe("what is not a meeting", () => {
  it("leaves out a meeting between two people that 'has not been planned'", () => {
    const x = extract(
      "The ministry on Thursday said a bilateral meeting between Prime Minister Ravi Menon and his counterpart Karim Shah has not been planned during the forum.",
    );
    expect(meetings(x)).toEqual([]);
  });

  it("leaves out an alleged meeting and a meeting someone went 'to hold'", () => {
    const x = extract(
      "A new book by journalist Mira Das alleges Prime Minister Ravi Menon and Prime Minister Karim Shah slipped away for two hours to hold a private meeting.",
    );
    expect(meetings(x)).toEqual([]);
  });

  it("does not make the speaker a participant of the talks a quote tells", () => {
    const x = extract('Party leader Nora Pike made the claims on a radio show, "You know that Omar Bey was in talks with President Tom Ruhl."');
    expect(meetings(x).filter((m) => m.includes("Nora Pike"))).toEqual([]);
  });

  it("reads 'called on X's company to' as a demand, not a visit", () => {
    const x = extract("President Ali Demir hosted Tom Reyes in New York. During the reception, President Demir called on Reyes's company to open a factory.");
    expect(meetings(x)).toEqual(["Ali Demir + Tom Reyes"]);
  });
});

describe("participants named through titles and appositions", () => {
  it("reads a capitalised title that runs into the name: 'received Chairman of the City Council Omar Haddad'", () => {
    const x = extract("The Emir Sheikh Jaber Al-Ahmad received Chairman of the City Council Omar Haddad at the palace yesterday.");
    expect(meetings(x)).toEqual(["Jaber Al-Ahmad + Omar Haddad"]);
  });

  it("reads 'welcomed her Papua New Guinean counterpart X'", () => {
    const x = extract("Prime Minister Lena Carter has welcomed her Papua New Guinean counterpart Peter Kalo, today.", "2024-02-14");
    expect(meetings(x)).toEqual(["Lena Carter + Peter Kalo"]);
  });

  it("takes the person an apposition describes as the subject, not the one inside it", () => {
    const x = extract(
      "On March 18, Mira Tanaka, the youngest daughter of former Prime Minister Hiro Tanaka, had private meetings with Senate President Sovann Keo and Speaker Chea Sim.",
    );
    expect(meetings(x)).toEqual(["Chea Sim + Mira Tanaka", "Mira Tanaka + Sovann Keo"]);
  });

  it("finds 'Minister of Foreign Affairs of the Republic of X' again as 'the <demonym> Foreign Minister'", () => {
    const x = extract(
      "Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Chile Jan Kowal opened the conference of the Foreign Ministry on Monday.\n\n" +
        "The Chilean Foreign Minister had talks with Ambassador to Peru Adam Nowak.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal"]);
  });

  it("reads a retired rank between an office and the name: 'Health Minister Retired Brigadier General X'", () => {
    const x = extract(
      "President Adam Nowak met Health Minister Retired Brigadier General Jan Kowal and Ambassador to Peru Retired Major Piotr Zielinski on Monday.",
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(["Adam Nowak", "Jan Kowal", "Piotr Zielinski"]);
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal + Piotr Zielinski"]);
  });

  it("takes a place between an office and a full name as the office's: 'Governor Kano X Y Z', but 'Defense Minister Israel Katz' whole", () => {
    const x = extract("President Adam Nowak met Governor Kano Abdullahi Umar Ganda on Monday. Defense Minister Israel Kowal was there.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Abdullahi Umar Ganda", "Adam Nowak", "Israel Kowal"]);
  });

  it("reads 'a meeting of X and Y with a delegation headed by Z', titles with 'and' included, and not 'a meeting of a council with X'", () => {
    const x = extract(
      "The meeting of trade and industry commissioner Jan Kowal and the special adviser for the coastal talks Adam Nowak with a delegation headed by President Piotr Zielinski ended in Oslo on Monday.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal + Piotr Zielinski"]);
    expect(meetings(extract("A meeting of the Security Council with President Piotr Zielinski was held on Monday."))).toEqual([]);
    expect(meetings(extract("A meeting of Jan Kowal with President Piotr Zielinski is scheduled for next week."))).toEqual([]);
  });

  it("keeps a subject joined by 'and' across a description: 'X, and Canadian investor, Y paid a visit to Z'", () => {
    expect(meetings(extract("Jan Kowal, and Canadian investor, Adam Nowak on Monday paid a visit to President Piotr Zielinski at the palace."))).toEqual([
      "Adam Nowak + Jan Kowal + Piotr Zielinski",
    ]);
    expect(meetings(extract("Jan Kowal and investor Adam Nowak met President Piotr Zielinski at the palace."))).toEqual(["Adam Nowak + Jan Kowal + Piotr Zielinski"]);
  });

  it("reads a lower-case title whose portfolio holds 'and': 'a meeting with Peru's energy and mines minister, X'", () => {
    const x = extract(
      "Acme chairman Piotr Zielinski said the plant would open next year.\n\nThe Acme chairman's remarks followed a meeting with Peru's energy and mines minister, Jan Kowal, in Lima on Monday.",
    );
    expect(meetings(x)).toEqual(["Jan Kowal + Piotr Zielinski"]);
  });

  it("keeps a list going when 'and' repeats its preposition: 'talks with A and with the Head of the Trade Office, Consul B'", () => {
    const x = extract("President Piotr Zielinski had talks with Ambassador Jan Kowal and with the Head of the Trade Office, Consul Adam Nowak.");
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal + Piotr Zielinski"]);
  });

  it("reads a caption's 'X talking to Y during the session' as an in-person meeting, but not 'will be talking to'", () => {
    const x = extract("Jan Kowal talking to Prime Minister Adam Nowak at a reception in Lima on Friday.");
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal"]);
    expect(x.meetings[0]!.kind).toBe("in_person");
    expect(meetings(extract("Jan Kowal will be talking to Prime Minister Adam Nowak next week."))).toEqual([]);
  });

  it("keeps a father apart from the son whose name holds his: 'Jan bin Kowal' is not 'Adam bin Jan bin Kowal'", () => {
    const x = extract("Sheikh Jan bin Kowal Al Nowak today received Piotr Zielinski. The meeting was attended by Sheikh Adam bin Jan bin Kowal Al Nowak.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Adam bin Jan bin Kowal Al Nowak", "Jan bin Kowal Al Nowak", "Piotr Zielinski"]);
    expect(meetings(x)).toEqual(["Adam bin Jan bin Kowal Al Nowak + Jan bin Kowal Al Nowak + Piotr Zielinski"]);
  });

  it("reads 'made a visit to <place> and met X' as told, and 'will visit <place> and meet X' as planned", () => {
    expect(meetings(extract("Prime Minister Jan Kowal made a courtesy visit to Government House and met with Governor Adam Nowak on Monday."))).toEqual([
      "Adam Nowak + Jan Kowal",
    ]);
    expect(meetings(extract("Prime Minister Jan Kowal will visit the museum and meet Governor Adam Nowak on Monday."))).toEqual([]);
    expect(meetings(extract("Prime Minister Jan Kowal is expected to visit the museum and meet Governor Adam Nowak."))).toEqual([]);
  });

  it("takes 'his' in a leading 'In his meeting with X,' for the main clause's subject, not the person named before", () => {
    const x = extract(
      "President Marek Wolny received the envoys on Monday. He also talked to Ambassador Adam Nowak about trade.\nIn his meeting with Ambassador Piotr Zielinski, the president discussed relations.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Marek Wolny", "Marek Wolny + Piotr Zielinski"]);
  });

  it("reads 'Y attended a dinner hosted by X' as a meeting of guest and host, but not 'will attend a dinner hosted by X'", () => {
    const x = extract("As part of his visit, Minister Jan Kowal attended a dinner hosted by Chilean Foreign Minister Adam Nowak.");
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal"]);
    expect(x.meetings[0]!.participants.map((p) => p.role).sort()).toEqual(["guest", "host"]);
    expect(meetings(extract("Minister Jan Kowal will attend a dinner hosted by Foreign Minister Adam Nowak on Monday."))).toEqual([]);
  });

  it("takes the portfolio of 'Minister for Trade' as its title: 'the trade minister' is not the Minister of State named last", () => {
    const x = extract(
      "Minister for Trade Jan Kowal arrived on Monday with Minister of State Piotr Zielinski.\n\nThe trade minister met Governor Adam Nowak in the afternoon.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal"]);
  });
});

describe("one occasion per meeting", () => {
  it("keeps one meeting when a quote dates it 'today (Wednesday)' and the article, published the next day, 'on Wednesday night'", () => {
    const x = extract(
      "The meeting between President Cyril Banda and opposition leader John Mweru took place, the Presidency said on Wednesday night. " +
        'A spokesperson said: "President Banda today (Wednesday) had lunch with Mr Mweru, only the two of them."',
      "2025-02-06",
    );
    expect(meetings(x)).toEqual(["Cyril Banda + John Mweru"]);
  });
});

describe("a meeting told by who attended it", () => {
  it("makes one meeting of the people who 'attended the meeting, along with' others", () => {
    const x = extract(
      "All the parties met yesterday at the speaker's request in an attempt to restart negotiations. " +
        "The Labour Party's Tom Reddy and the Green Party's Anna Voss attended the meeting, along with independent MP Carl Nyström and councillor Mia Lehto.",
      "2018-10-09",
    );
    expect(meetings(x)).toEqual(["Anna Voss + Carl Nyström + Mia Lehto + Tom Reddy"]);
    expect(x.meetings[0]!.date).toBe("2018-10-08");
  });

  it("takes the kind and date of a conference call told before its participants", () => {
    const x = extract(
      "The four ministers held a conference call yesterday in which they agreed to coordinate. " +
        '"Borders are closing," says Lars Holm, Minister for Foreign Affairs, who participated in the meeting together with Foreign Ministers Eva Berg of Norland and Piet Lund of Vardia.',
      "2020-04-21",
    );
    expect(meetings(x)).toEqual(["Eva Berg + Lars Holm + Piet Lund"]);
    expect(x.meetings[0]).toMatchObject({ kind: "call", date: "2020-04-20" });
  });
});

describe("the two people just named", () => {
  it("reads 'The two held their first talks' as the two people of the sentence before", () => {
    const x = extract(
      "President Han Ji-soo and Prime Minister Kenji Sato are expected to discuss missiles. " +
        "The two held their first face-to-face talks at the margins of a summit in Geneva last month.",
      "2022-11-10",
    );
    expect(meetings(x)).toEqual(["Han Ji-soo + Kenji Sato"]);
  });

  it("reads 'a phone call between the two'", () => {
    const x = extract(
      "President Han Ji-soo has invited opposition leader Jeon Min-seok to a meeting. " +
        "In a surprise phone call between the two, Han asked Jeon to meet him next week.",
      "2024-05-24",
    );
    expect(meetings(x)).toEqual(["Han Ji-soo + Jeon Min-seok"]);
    expect(x.meetings[0]!.kind).toBe("call");
  });

  it("does not add those who 'will be joined by' others, nor a party named as a possessor", () => {
    const x = extract(
      "Prime Minister Tavita Lome was greeted by Deputy Prime Minister John Rasa. " +
        '"PM Lome will be joined by other leaders, including Prime Minister Chris Hale," Rasa said.',
    );
    expect(meetings(x)).toEqual(["John Rasa + Tavita Lome"]);
  });

  it("takes the main clause's subject for a verb after 'and' when a leading phrase names other people", () => {
    const x = extract(
      "Prime Minister Tavita Seru arrived on Monday. " +
        "After a welcome from the young Kelu Rava drummers, PM Seru inspected the guard of honour and met with Governor-General Sir Amos Tarai.",
    );
    expect(meetings(x)).toEqual(["Amos Tarai + Tavita Seru"]);
  });

  it("reads 'has since been hosted by X' as a passive meeting", () => {
    const x = extract("Prime Minister Tavita Lome arrived on Monday. He has since been hosted by President Amos Tarai for dinner.");
    expect(meetings(x)).toEqual(["Amos Tarai + Tavita Lome"]);
  });

  it("keeps an abbreviation-like last name word: 'Chairman Lo Sen met', '… met Lo Sen. The talks'", () => {
    expect(meetings(extract("Chairman Vo Sen met President Amos Tarai on Monday."))).toEqual(["Amos Tarai + Vo Sen"]);
    const x = extract("President Amos Tarai met Vo Sen. The two men discussed trade. Sen. Mara Quill met Gov. Ivo Brant on Tuesday.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Amos Tarai", "Ivo Brant", "Mara Quill", "Vo Sen"]);
    expect(meetings(x)).toEqual(["Amos Tarai + Vo Sen", "Ivo Brant + Mara Quill"]);
  });

  it("reads a one-word city after a title as the surname of a person already named: 'PM Lome', not the city", () => {
    const x = extract("Prime Minister Tavita Lome arrived on Monday. PM Lome later met President Amos Tarai.");
    expect(meetings(x)).toEqual(["Amos Tarai + Tavita Lome"]);
    expect(meetings(extract("President Amos Tarai arrived on Monday. The Governor of Lome later met President Tarai."))).toEqual([]);
  });

  it("reads a common-noun or named venue before the object: 'received at the old mill in X, MP Y', 'at the Blue Hall in X, “Party” MP Y'", () => {
    expect(meetings(extract("Mayor Jan Kowal on Tuesday received at the old mill in Ain al-Nuri, MP Samir Abu Kassem."))).toEqual(["Jan Kowal + Samir Abu Kassem"]);
    const x = extract("Mayor Jan Kowal on Tuesday received at the Blue Hall in Ain al-Nuri, “Green Gathering” MP Samir Abu Kassem, and they talked about the budget.");
    expect(meetings(x)).toEqual(["Jan Kowal + Samir Abu Kassem"]);
  });

  it("does not pair the people met when no one is found to meet them, nor hosts who received only a message", () => {
    const x = extract(
      "Kowal chairs budget session, meets MP Abou Kassem, former Minister Piotr Zielinski, farmers delegation, receives thank-you letter\n\n" +
        "Speaker Jan Kowal on Friday received MP Samir Abu Kassem.",
    );
    expect(meetings(x)).toEqual(["Jan Kowal + Samir Abu Kassem"]);
  });

  it("reads envoys presenting their credentials to a head of state, each in turn, and a titled name running into its verb", () => {
    const x = extract(
      "The Ambassador of Peru to Kenya, Jan Kowal and the Chilean Ambassador to Kenya, Adam Nowak also presented their letters of credence " +
        "to President Piotr Zielinski on Monday. Ambassador Ivo Brant will present his credentials to President Zielinski next week.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Piotr Zielinski", "Jan Kowal + Piotr Zielinski"]);
  });

  it("names a group met by 'They include …', by '<group> at the meeting included …', and adds 'Others were …'", () => {
    const envoys = extract(
      "President Jan Kowal has received the letters of credence of new envoys from three countries.\n\n" +
        "They include the Ambassador of Peru to Kenya, Adam Nowak, and the High Commissioner of Canada to Kenya, Ivo Brant.",
    );
    expect(meetings(envoys)).toEqual(["Adam Nowak + Jan Kowal", "Ivo Brant + Jan Kowal"]);
    const governors = extract(
      "President Jan Kowal today met with a delegation of the Governors Forum at the palace.\n\n" +
        "Led by its Chairman, Adam Nowak, the delegation arrived at noon.\n\n" +
        "Governors at the meeting included, Nowak, the Lakeside governor, Ivo Brant, and Governor Piotr Lis of River State.\n\n" +
        "Others were Governor Sam Tui of Hill State and the Director-General of the Forum, Ana Beltran.",
    );
    expect(meetings(governors)).toEqual(["Adam Nowak + Ana Beltran + Ivo Brant + Jan Kowal + Piotr Lis + Sam Tui"]);
  });

  it("reads a series of past predicates: 'met and had a talk with A, attended separate meetings with B, C and D'", () => {
    const x = extract(
      "President Jan Kowal arrived on Sunday. Under the program, he met and had a talk with Party Secretary Adam Nowak, " +
        "attended separate meetings with President Ivo Brant, Premier Sam Tui, and Chairman Ana Beltran, and visited a school.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal", "Ana Beltran + Jan Kowal", "Ivo Brant + Jan Kowal", "Jan Kowal + Sam Tui"]);
  });

  it("reads 'had a talk with' but not 'gave a talk', and a bare 'The two met'", () => {
    expect(meetings(extract("President Jan Kowal and Adam Nowak gave a talk at the university on Monday."))).toEqual([]);
    expect(meetings(extract("Foreign Minister Jan Kowal criticised Foreign Minister Adam Nowak on Tuesday. The two met in Helsinki on Monday."))).toEqual([
      "Adam Nowak + Jan Kowal",
    ]);
  });

  it("reads a passive across 'with open arms last March', and a present progressive with a later time as planned", () => {
    expect(meetings(extract("Prime Minister Jan Kowal arrived on Monday. He was welcomed with open arms last March by President Adam Nowak."))).toEqual([
      "Adam Nowak + Jan Kowal",
    ]);
    expect(meetings(extract("President Jan Kowal is hosting a lunch for Prime Minister Adam Nowak later this afternoon."))).toEqual([]);
  });

  it("reads a group before a dash or colon as the list after it, and envoys listed with their countries as one audience each", () => {
    const x = extract("Prime Minister Jan Kowal arrived in Suva. He met with two influential members of the island family - Forum Secretary General Adam Nowak and Fiji's PM Ivo Brant.");
    expect(meetings(x)).toEqual(["Adam Nowak + Ivo Brant + Jan Kowal"]);
    const y = extract("President Jan Kowal met with Italian ambassador Marco Lenti, and ambassadors Adam Nowak of Brunei, Ivo Brant of Cambodia, and Sam Tui of Laos on Monday.");
    expect(meetings(y)).toEqual(["Adam Nowak + Jan Kowal", "Ivo Brant + Jan Kowal", "Jan Kowal + Marco Lenti", "Jan Kowal + Sam Tui"]);
  });

  it("reads 'a telephone conversation was held between A and B' and 'Talks were held between A, …, and B'", () => {
    const x = extract("On Monday, a telephone conversation was held between the President of Turkmenistan Jan Kowal and the President of Tajikistan Adam Nowak.");
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal"]);
    expect(x.meetings[0]!.kind).toBe("call");
    expect(meetings(extract("Talks were held between Jan Kowal, the head of the delegation, and Adam Nowak on Monday."))).toEqual(["Adam Nowak + Jan Kowal"]);
  });

  it("reads 'received a number of leaders including A, B' (not a call) and 'received in audience' as one audience each", () => {
    expect(meetings(extract("President Jan Kowal received a delegation led by Adam Nowak."))).toEqual(["Adam Nowak + Jan Kowal"]);
    expect(meetings(extract("President Jan Kowal received a letter from Adam Nowak."))).toEqual([]);
    const x = extract("President Jan Kowal received in audience a number of foreign leaders including Ghanaian President, Adam Nowak, U.S. Ambassador Ivo Brant.");
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal", "Ivo Brant + Jan Kowal"]);
  });

  it("does not take a lone given name for a son whose father bears it: 'Sheikh Omar' is not 'Hamdan bin Omar'", () => {
    const x = extract(
      "Sheikh Omar bin Zayed Al Rashed received Adam Nowak on Friday. Sheikh Hamdan bin Omar bin Zayed Al Rashed attended the meeting. " +
        "Earlier, Sheikh Omar received a delegation led by Senator Ivo Brant.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Hamdan bin Omar bin Zayed Al Rashed + Omar bin Zayed Al Rashed", "Ivo Brant + Omar bin Zayed Al Rashed"]);
  });

  it("takes 'he' after 'X acknowledged' for X, not the person the paragraph is about", () => {
    const x = extract("Diana Mondesi met Ambassador Carlos Enzo on Monday. Mondesi said that Jan Kowal acknowledged he had talked on the telephone with President Adam Nowak.");
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal", "Carlos Enzo + Diana Mondesi"]);
  });

  it("joins those who attended 'the meeting' paragraphs later, 'from the other side by', and a venue before 'this evening'", () => {
    const x = extract(
      "Sultan Omar bin Said received at Bait Al Noor this evening President Adam Nowak of Ruritania, who is visiting.\n\n" +
        "The talks covered trade. They also discussed regional peace. He stressed the need for cooperation. Nowak thanked the Sultan.\n\n" +
        "The meeting was attended by Sayyid Khalid bin Hilal al Badri, Minister of the Court, and Gen Sultan bin Mohammed al Nuri, Minister of the Royal Office.\n\n" +
        "It was attended from the Ruritanian side by Jan Kowal, Secretary of the Committee, and Dr Ivo Brant, Ambassador.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Ivo Brant + Jan Kowal + Khalid bin Hilal al Badri + Omar bin Said + Sultan bin Mohammed al Nuri"]);
  });

  it("reads a Treasurer's title, and talks between one side with its team and a team headed by another", () => {
    expect(meetings(extract("Minister Adam Nowak arrived last night. Nowak met with Treasurer Ian Ling Brant after dinner."))).toEqual(["Adam Nowak + Ian Ling Brant"]);
    const x = extract("Bilateral talks between Prime Minister Jan Kowal and his team and a visiting team headed by Foreign Minister Adam Nowak began in Oslo on Monday.");
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal"]);
  });

  it("reads 'India's newly-appointed Minister X', and does not add those 'accompanying' a trip to its last meeting", () => {
    expect(meetings(extract("Prime Minister Jan Kowal paid a courtesy call on India’s newly-appointed Minister S Adamkar on Monday."))).toEqual(["Jan Kowal + S Adamkar"]);
    const x = extract(
      "Prime Minister Jan Kowal attended a dinner hosted by President Adam Nowak on Sunday evening. " +
        "He is accompanied by his daughter Ana Kowal, Minister for Law Ivo Brant and other officials.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal"]);
  });

  it("names a group met by 'Those present in the meeting were …', and reads an envoy's full rank as a title", () => {
    const x = extract(
      "Elsewhere, President Jan Kowal held a consultative meeting with a cross-section of political party leaders.\n\n" +
        "In a statement, spokesperson Ana Beltran said the consultative meeting discussed several subjects.\n\n" +
        "Those present in the meeting were Green leader Adam Nowak, the Unity Party's Ivo Brant and Sam Tui of the Farmers Party.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Ivo Brant + Jan Kowal + Sam Tui"]);
    const y = extract("President Adam Nowak received the Ambassador Extraordinary and Plenipotentiary of Peru to Kenya, Jean Dorel, on Monday. Laws go to Extraordinary Session.");
    expect(y.people.map((p) => p.name).sort()).toEqual(["Adam Nowak", "Jean Dorel"]);
    expect(meetings(y)).toEqual(["Adam Nowak + Jean Dorel"]);
  });

  it("takes 'the former leader' for one who held an office before, not one who holds another", () => {
    const x = extract(
      "Norway's former premier Adam Nowak spoke to reporters on Wednesday. Norwegian King Ivo Brant opened a bridge on Thursday. " +
        "On Friday the former Norwegian leader hosted a dinner for Prime Minister Jan Kowal.",
    );
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal"]);
  });

  it("reads 'received a courtesy call / a visit from X' as in person, and envoys listed after the countries they represent", () => {
    const x = extract("Prime Minister Jan Kowal received a courtesy call from Tan Sri Adam Nowak on Monday.");
    expect(meetings(x)).toEqual(["Adam Nowak + Jan Kowal"]);
    expect(x.meetings[0]!.kind).toBe("in_person");
    const y = extract(
      "President Jan Kowal received the credentials of the new ambassadors of Uruguay, Adam Nowak, Chile, Ivo Brant, and Australia, Sam Tui. " +
        "On Wednesday, President Kowal also accredited the ambassadors of Uganda, Ana Beltran, as well as the ambassadors of Turkey, Omar Sadik, and Peru, Luis Vera.",
    );
    expect(meetings(y)).toEqual([
      "Adam Nowak + Jan Kowal", "Ana Beltran + Jan Kowal", "Ivo Brant + Jan Kowal", "Jan Kowal + Luis Vera", "Jan Kowal + Omar Sadik", "Jan Kowal + Sam Tui",
    ]);
  });

  it("reads 'X of <party>' after a person and 'X is a party' as organisations", () => {
    const x = extract("Kalonzo Musoni of Tembo and Moses Wetu of Umoja Kenya attended the meeting with President Ivo Brant. Tir Vale is a party of dialogue, Musoni said.");
    expect(x.organisations.map((o) => o.name).sort()).toEqual(["Tembo", "Tir Vale", "Umoja Kenya"]);
  });

  it("leaves honours after a name out of it and out of the way of its verb, and reads 'the Governor-General and Mr X' as two people", () => {
    const x = extract(
      "At Government House, the Governor-General Ms Jane Doyle AC CVO received Mr Adam Nowak MP. " +
        "Later the Governor-General and Mr Peter Doyle AM AE received Ambassador Ivo Brant. Twelve Union heads of state met President Sam Tui.",
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(["Adam Nowak", "Ivo Brant", "Jane Doyle", "Peter Doyle", "Sam Tui"]);
    expect(meetings(x)).toEqual(["Adam Nowak + Jane Doyle", "Ivo Brant + Jane Doyle + Peter Doyle"]);
  });

  it("reads 'received the visiting Presidents of A and B, X and Y', 'Mallam', and 'X and his delegation were accorded a warm welcome by Y'", () => {
    const x = extract("Mallam Adam Nowak, on Monday received the visiting Presidents of Benin and Chad, Mr. Jan Kowal and Mr. Ivo Brant.");
    expect(x.people.map((p) => p.name).sort()).toEqual(["Adam Nowak", "Ivo Brant", "Jan Kowal"]);
    expect(meetings(x)).toEqual(["Adam Nowak + Ivo Brant + Jan Kowal"]);
    const y = extract("President Jan Kowal and his delegation were accorded a warm welcome by Prime Minister Adam Nowak and Foreign Minister Ivo Brant on arrival.");
    expect(meetings(y)).toEqual(["Adam Nowak + Ivo Brant + Jan Kowal"]);
  });

  it("reads 'X travelled to <place> to meet Y' as told, 'talks between the two presidents, A of X and B of Y', and Ratu/Afioga as honorifics", () => {
    expect(meetings(extract("Crown Prince Jan Kowal travelled to Riyadh to meet with Crown Prince Adam Nowak on Tuesday."))).toEqual(["Adam Nowak + Jan Kowal"]);
    expect(meetings(extract("Crown Prince Jan Kowal will travel to Riyadh to meet with Crown Prince Adam Nowak."))).toEqual([]);
    expect(meetings(extract("The visit follows talks between the two countries’ presidents, Jan Kowal of Tajikistan and Adam Nowak of Russia, in Dushanbe."))).toEqual([
      "Adam Nowak + Jan Kowal",
    ]);
    // A group word before more words and then the comma: read to the comma, and on.
    expect(meetings(extract("Talks between the leaders of both countries, Jan Kowal and Adam Nowak, ended in Oslo."))).toEqual(["Adam Nowak + Jan Kowal"]);
    const x = extract("President Ratu Sevu Taleni received a courtesy visit from the Head of State of Samoa Afioga Lemalu Tusi on Monday.");
    expect(meetings(x)).toEqual(["Lemalu Tusi + Sevu Taleni"]);
  });
});
