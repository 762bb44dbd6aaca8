/**
 * Within-article identity: name forms of one person ("Ahmed Sharaa", "President al-Sharaa", "Sharaa"), organisations and
 * their acronyms, role phrases ("the Kenyan president") and pronouns resolved to the people they stand for.
 */
import { claimRange, claimedBy, newMention, surface, type Doc, type Mention } from "../text/document.js";
import { HEAD_OF_STATE, HONORIFIC_WORDS, MONTHS, PERSONAL_OFFICES, STOPWORDS, TITLE_CORE, TITLE_PRE, WEEKDAYS } from "../text/lexicon.js";
import { aliasAntecedent, unclaimPlaces } from "./chunks.js";
import { atSentenceStart, nameChunk, type Analysis } from "./mentions.js";
import { fold, nameCompatible, nameKey, namesAFather, wordRole } from "../entities/names.js";

export interface PersonEntity {
  readonly index: number;
  /** Surface forms with how often each was seen. */
  readonly forms: Map<string, number>;
  readonly keys: string[][];
  readonly mentions: number[];
  readonly titles: { key: string; former: boolean }[];
  readonly countries: Set<string>;
  /** A person described but not named ("a senior adviser to ..."), waiting for a name. */
  placeholder: boolean;
  /** Merged into another entity (placeholder bound to a name). */
  mergedInto: number;
  /** Full forms known from outside the body (the title); they may name the entity but are no evidence. */
  readonly knownForms: string[];
}

export interface OrgEntity {
  readonly index: number;
  readonly forms: Map<string, number>;
  readonly mentions: number[];
  acronym: string | null;
}

export interface Entities {
  readonly persons: PersonEntity[];
  readonly orgs: OrgEntity[];
  /** Sentence index -> person entity that is the sentence's subject, or -1. */
  readonly subjects: Int32Array;
  /** Token is inside quotation marks. */
  readonly inQuote: Uint8Array;
}

const HONORIFICS = new Set(["ayatollah", "hojatoleslam", "sheikh", "shaikh", "sheik", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "his", "her", "excellency", "highness", "majesty"]);
const LEADING_PREPOSITIONS = new Set([
  "in", "during", "at", "after", "before", "following", "on", "for", "with", "according", "despite", "amid", "while", "since", "as",
  "from", "back", "days", "weeks", "later", "earlier", "last", "this", "recently", "meanwhile", "separately", "additionally",
  "however", "also", "then", "today", "yesterday", "under", "over", "by", "when", "once", "unlike", "like", "throughout", "within", "at",
]);

/** A person named outside the body (in the title), with the title and country stated there. */
export interface KnownName {
  readonly text: string;
  readonly titleKey: string | null;
  readonly former: boolean;
  readonly countryCode: string | null;
}

/** `knownNames`: full names found elsewhere in the article (its title), so that body surnames attach to them. */
export function resolveEntities(a: Analysis, knownNames: readonly KnownName[] = []): Entities {
  const { doc } = a;
  const inQuote = quoteMask(doc);
  const persons = buildPersons(a, knownNames);
  const orgs = buildOrganisations(a, persons);
  const subjects = new Int32Array(doc.sentences.length).fill(-1);
  resolveReferences(a, persons, subjects, inQuote);
  return { persons, orgs, subjects, inQuote };
}

function quoteMask(doc: Doc): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  let open = false;
  let para = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const p = doc.sentences[doc.sentenceOf[i]!]!.paragraph;
    if (p !== para) {
      para = p;
      open = false;
    }
    if (t.text === "“") open = true;
    else if (t.text === "”") open = false;
    else if (t.text === "\"") open = !open;
    else if (open) mask[i] = 1;
  }
  return mask;
}

function personKey(m: Mention): string[] {
  return nameKey(m.text);
}

function buildPersons(a: Analysis, knownNames: readonly KnownName[]): PersonEntity[] {
  const { doc } = a;
  const persons: PersonEntity[] = [];
  const make = (): PersonEntity => {
    const e: PersonEntity = {
      index: persons.length, forms: new Map(), keys: [], mentions: [], titles: [], countries: new Set(), placeholder: false, mergedInto: -1,
      knownForms: [],
    };
    persons.push(e);
    return e;
  };
  for (const n of knownNames) {
    const k = nameKey(n.text);
    if (k.length < 2) continue;
    const e = persons.find((p) => p.keys.some((x) => x.join(" ") === k.join(" "))) ?? make();
    if (e.keys.length === 0) e.keys.push(k);
    e.knownForms.push(n.text);
    if (n.titleKey) e.titles.push({ key: n.titleKey, former: n.former });
    if (n.countryCode) e.countries.add(n.countryCode);
  }
  const attach = (e: PersonEntity, m: Mention): void => {
    m.entity = e.index;
    e.mentions.push(m.id);
    // A form in capitals ("JANE DOE" in a credit) is kept too: the output prefers any other form, but a person named only so is named.
    e.forms.set(m.text, (e.forms.get(m.text) ?? 0) + 1);
    const k = personKey(m);
    if (!e.keys.some((x) => x.join(" ") === k.join(" "))) e.keys.push(k);
  };
  const named = doc.mentions.filter((m) => m.kind === "person");
  // "Khalid bin Saif" inside "Omar bin Khalid bin Saif" is the father, not a shorter form of the son.
  const fathers = (short: readonly string[], forms: Iterable<string>): boolean => {
    for (const f of forms) if (wordRole(short[0]!, f) === "father") return true;
    return false;
  };
  // Full names first, so that surnames attach to the right person whatever the order of mention.
  for (const m of named) {
    const k = personKey(m);
    if (k.length < 2) continue;
    let best: PersonEntity | null = null;
    for (const e of persons) {
      if (e.keys.some((x) => x.length >= 2 && x.join(" ") === k.join(" "))) {
        best = e;
        break;
      }
      if (!best && e.keys.some((x) => x.length >= 2 && nameCompatible(x, k) && !(x.length < k.length ? fathers(x, [m.text]) : fathers(k, e.forms.keys())))) best = e;
    }
    const e = best ?? make();
    attach(e, m);
    // "Ferdinand “Bongbong” Marcos Jr." is also "Bongbong Marcos".
    const nick = /["“‘']([^"”’']+)["”’']\s+(.+)$/u.exec(m.text);
    if (nick) {
      const k2 = nameKey(`${nick[1]} ${nick[2]}`);
      if (k2.length >= 2 && !e.keys.some((x) => x.join(" ") === k2.join(" "))) e.keys.push(k2);
    }
  }
  // "Ali Sheikh" read as a place and an honorific: the start of a known full name ("Ali Sheikh Warsame").
  for (const r of doc.mentions) {
    if (r.kind !== "role" || r.determiner !== null || r.apposedPerson >= 0) continue;
    const from = r.spanStart;
    const to = r.tokEnd;
    const k = nameKey(surface(doc, from, to));
    if (k.length < 2) continue;
    const e = persons.find((p) => p.keys.some((x) => x.length > k.length && k.every((w, n) => x[n] === w)));
    if (!e) continue;
    r.titleKey = null;
    for (let t = from; t < to; t++) {
      const owner = claimedBy(doc, t);
      if (owner && owner.kind === "place") owner.entity = -2;
    }
    const pm = newMention(doc, { kind: "person", tokStart: from, tokEnd: to });
    claimRange(doc, pm);
    attach(e, pm);
  }
  // "President Budi Santoso (Budsan)": one word in brackets after a full name is the name the person goes by.
  for (const m of named) {
    if (m.entity < 0 || personKey(m).length < 2) continue;
    const end = m.tokEnd;
    const w = doc.tokens[end + 1];
    if (doc.tokens[end]?.text !== "(" || doc.tokens[end + 2]?.text !== ")" || !w || w.kind !== "word" || !w.cap || w.allCaps || w.text.length < 3) continue;
    // A caption's "(L)", "(Left)", "(File)": where the person stands in the picture.
    if (/^(left|right|centre|center|top|bottom|front|back|file|photo|pictured|second|third)$/.test(w.lower)) continue;
    const owner = claimedBy(doc, end + 1);
    if (owner && owner.kind !== "person") continue;
    // A short form opens like the name it shortens ("Budsan" for Budi Santoso); another word is a party or a place.
    const words = personKey(m);
    const short = nameKey(w.text)[0] ?? "";
    if (!words.some((x) => x.slice(0, 2) === short.slice(0, 2))) continue;
    const e = persons[m.entity]!;
    if (!e.keys.some((x) => x.length === 1 && x[0] === nameKey(w.text)[0])) e.keys.push(nameKey(w.text));
  }
  for (const m of named) {
    const k = personKey(m);
    if (k.length !== 1) continue;
    let e = bySurname(doc, persons, k[0]!, m.tokStart);
    // "Sultan Idris" is not Prime Minister Karim Idris: a crown and an office are two people.
    const cls = m.titleKey ? titleClass(m.titleKey) : null;
    if (e && cls) {
      const held = e.mentions.map((id) => doc.mentions[id]!.titleKey).filter((x): x is string => !!x).map(titleClass).filter((c) => c !== null);
      // Royals go by their given names ("King Charles"): a royal title never takes an untitled person's surname.
      if (held.length > 0 ? !held.includes(cls) : cls === "royal" && !e.keys.some((x) => x[0] === k[0])) e = null;
    }
    attach(e ?? make(), m);
  }
  // Bare surnames and repeated names anywhere, headlines included.
  for (const s of doc.sentences) {
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = doc.tokens[i]!;
      if (t.kind !== "word" || !t.cap || a.adjectival[i]) continue;
      const owner = claimedBy(doc, i);
      if (owner && !(owner.kind === "place" && owner.tokEnd - owner.tokStart === 1 && owner.place?.kind === "city")) continue;
      const chunk = owner ? ([i, i + 1] as [number, number]) : nameChunk(a, i, s.tokEnd);
      if (!chunk) continue;
      // "Ali Sheikh" for Ali Sheikh Warsame: a word that starts no name alone, kept when a known name continues so.
      const more = doc.tokens[chunk[1]];
      if (more && more.kind === "word" && more.cap && !claimedBy(doc, chunk[1])) {
        const longer = nameKey(surface(doc, chunk[0], chunk[1] + 1));
        if (longer.length >= 2 && persons.some((p) => p.keys.some((x) => x.length > longer.length && longer.every((w, k) => x[k] === w)))) chunk[1]++;
      }
      const text = surface(doc, chunk[0], chunk[1]);
      const k = nameKey(text);
      let e: PersonEntity | null = null;
      if (k.length === 1) e = bySurname(doc, persons, k[0]!, i);
      else if (k.length >= 2) e = persons.find((p) => p.keys.some((x) => x.join(" ") === k.join(" "))) ?? null;
      if (!e && k.length >= 2 && atSentenceStart(doc, chunk[0]) && STOPWORDS.has(t.lower)) continue;
      if (!e) {
        i = chunk[1] - 1;
        continue;
      }
      if (owner) {
        owner.entity = -2;
        doc.claim[i] = -1;
      }
      const m = newMention(doc, { kind: "person", tokStart: chunk[0], tokEnd: chunk[1] });
      claimRange(doc, m);
      attach(e, m);
      i = chunk[1] - 1;
    }
  }
  for (const e of persons) {
    for (const id of e.mentions) {
      const m = doc.mentions[id]!;
      if (m.titleKey) e.titles.push({ key: m.titleKey, former: m.former });
      if (m.qualifier?.countryCode && m.qualifier.kind !== "org") e.countries.add(m.qualifier.countryCode);
    }
  }
  for (const m of doc.mentions) {
    if (m.kind !== "role" || m.apposedPerson < 0) continue;
    const p = doc.mentions[m.apposedPerson]!;
    if (p.entity < 0) continue;
    const e = persons[p.entity]!;
    if (m.titleKey) e.titles.push({ key: m.titleKey, former: m.former });
    if (m.qualifier?.countryCode && m.qualifier.kind !== "org") e.countries.add(m.qualifier.countryCode);
  }
  // "Yusuf al-Tamimi, also known as Abu Hamza al-Shami": one person with two names.
  for (const m of doc.mentions) {
    if (m.kind !== "person" || m.entity < 0) continue;
    const before = aliasAntecedent(doc, m.tokStart);
    if (!before || before.kind !== "person" || before.entity < 0 || before.entity === m.entity) continue;
    const alias = persons[m.entity]!;
    const main = persons[before.entity]!;
    if (alias.mergedInto >= 0 || main.mergedInto >= 0) continue;
    alias.mergedInto = main.index;
    for (const id of alias.mentions) {
      main.mentions.push(id);
      doc.mentions[id]!.entity = main.index;
    }
    alias.mentions.length = 0;
    alias.forms.clear();
  }
  return persons;
}


/** Whether a title is a crown ("Sultan", "King", "Emir") or an office ("Prime Minister", "President"), or neither. */
function titleClass(key: string): "royal" | "office" | null {
  const words = key.split(" ");
  const last = words[words.length - 1]!;
  if (/^(king|queen|sultan|emir|amir|monarch|prince|princess)$/.test(last)) return "royal";
  if (/^(president|minister|premier|chancellor|secretary|governor|mayor|senator|speaker|ambassador)$/.test(last)) return "office";
  return null;
}

const SPOUSE_TITLE = /\b(first lady|first gentleman|second lady|second gentleman)$/;

/** The person whose surname (any word but the first of a full name) is `w`, nearest before token `at`. */
function bySurname(doc: Doc, persons: readonly PersonEntity[], w: string, at: number): PersonEntity | null {
  let candidates = persons.filter((e) => !e.placeholder && e.keys.some((k) => (k.length === 1 ? k[0] === w : k.indexOf(w) > 0)) && !onlyFather(e, w));
  if (candidates.length === 0) {
    // A lone first word stands for a person only when one person has it and nobody else shares it
    // ("Abiy" for Abiy Ahmed, "Wang" for Wang Yi); "Ahmed" with two Ahmeds stays unresolved.
    const first = persons.filter((e) => !e.placeholder && e.keys.some((k) => k.length >= 2 && k[0] === w));
    if (first.length === 1 && first[0]!.keys.every((k) => k[0] === w)) candidates = first;
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  // "First Lady A Castel" beside "President B Castel": reporters write the spouse's surname alone only with a title.
  const principals = candidates.filter((e) => !e.mentions.some((id) => SPOUSE_TITLE.test(doc.mentions[id]!.titleKey ?? "")));
  if (principals.length >= 1 && principals.length < candidates.length) candidates = principals;
  if (candidates.length === 1) return candidates[0]!;
  let best: PersonEntity | null = null;
  let bestPos = -1;
  for (const e of candidates) {
    for (const id of e.mentions) {
      const m = doc.mentions[id]!;
      if (m.tokStart < at && m.tokStart > bestPos) {
        bestPos = m.tokStart;
        best = e;
      }
    }
  }
  return best ?? candidates[0]!;
}

/**
 * Whether an organisation's name is more than title words, honorifics or a date ("High" of "High Commissioner",
 * "His Highness", "H.H.", "Rt Hon", "July", "UPDATE"): those are what is left of a title, a page's furniture or a date.
 */
function namesABody(text: string): boolean {
  const words = text.toLowerCase().replace(/[.]/g, " ").split(/\s+/).filter(Boolean);
  // "Office of His" (Majesty): a name cut before the honorific it ends on.
  if (words.length === 0 || /^(his|her|their|your|its|the|of|and)$/.test(words[words.length - 1]!)) return false;
  // A page's furniture, or a portfolio's word alone ("High", "Economic": with others they may name a body).
  if (words.length === 1 && (PAGE_FURNITURE.test(words[0]!) || TITLE_PRE.has(words[0]!))) return false;
  // "His Highness", "H.H.", "Rt Hon", "July": title words, honorifics and dates only.
  // (Of the portfolio words only "High" and "Rt", which begin honours: "Economic Cooperation" may name a body.)
  if (words.every((w) => TITLE_CORE.has(w) || HONORIFIC_WORDS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || /^(his|her|h|hh|high|rt)$/.test(w))) return false;
  // "National Security Advisor (NSA)": portfolio words ending on an office held by one person are a title.
  return !(words.length > 1 && PERSONAL_OFFICES.has(words[words.length - 1]!) && words.every((w) => TITLE_PRE.has(w) || TITLE_CORE.has(w)));
}

const PAGE_FURNITURE = /^(update|updated|breaking|exclusive|watch|read|above|below|pictured|left|right|your)$/;


/** "Sheikh Mohamed" is not "Hamdan bin Mohamed": a father named inside a son's name is no surname of the son. */
function onlyFather(e: PersonEntity, w: string): boolean {
  let father = false;
  for (const forms of [e.forms.keys(), e.knownForms]) {
    for (const f of forms) {
      // Without a patronymic particle a word is the person's own or absent: most names end here, with no split.
      if (!namesAFather(f)) continue;
      const role = wordRole(w, f);
      if (role === "own") return false;
      if (role === "father") father = true;
    }
  }
  if (!father) return false;
  // A form without a particle that holds the word makes it the person's own.
  for (const f of e.forms.keys()) if (!namesAFather(f) && wordRole(w, f) === "own") return false;
  return true;
}

function orgKey(s: string): string {
  return fold(s).replace(/^the\s+/, "").replace(/['’]s$/, "").replace(/\s+/g, " ").trim();
}

function initials(s: string): string {
  return s
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(of|the|and|for)$/i.test(w))
    .map((w) => w[0])
    .join("");
}

function buildOrganisations(a: Analysis, persons: readonly PersonEntity[]): OrgEntity[] {
  const { doc } = a;
  const personWords = new Set<string>();
  for (const e of persons) for (const k of e.keys) for (const w of k) personWords.add(w);
  for (const c of a.orgCandidates) {
    let free = true;
    // A strong candidate may hold a place's name ("Moses Wetu of Umoja Kenya"): the place gives way.
    for (let k = c.tokStart; k < c.tokEnd; k++) {
      const owner = claimedBy(doc, k);
      if (owner && !(c.strength === "strong" && owner.kind === "place" && c.tokEnd - c.tokStart > owner.tokEnd - owner.tokStart)) free = false;
    }
    if (!free) continue;
    if (c.strength === "strong") unclaimPlaces(doc, c.tokStart, c.tokEnd);
    const text = surface(doc, c.tokStart, c.tokEnd);
    const words = nameKey(text);
    if (c.strength === "weak" && words.some((w) => personWords.has(w))) continue;
    if (doc.demonym[c.tokStart]) continue;
    const m = newMention(doc, { kind: "org", tokStart: c.tokStart, tokEnd: c.tokEnd });
    claimRange(doc, m);
  }
  const orgs: OrgEntity[] = [];
  const byKey = new Map<string, OrgEntity>();
  const attach = (e: OrgEntity, m: Mention): void => {
    m.entity = e.index;
    e.mentions.push(m.id);
    e.forms.set(m.text, (e.forms.get(m.text) ?? 0) + 1);
    byKey.set(orgKey(m.text), e);
  };
  const make = (): OrgEntity => {
    const e: OrgEntity = { index: orgs.length, forms: new Map(), mentions: [], acronym: null };
    orgs.push(e);
    return e;
  };
  for (const m of doc.mentions) {
    if (m.kind !== "org") continue;
    if (m.apposedPerson >= 0) continue;
    if (!namesABody(m.text)) continue;
    const e = byKey.get(orgKey(m.text)) ?? make();
    attach(e, m);
    if (m.acronym) {
      e.acronym = m.acronym;
      byKey.set(orgKey(m.acronym), e);
    }
  }
  for (const m of doc.mentions) {
    if (m.kind !== "org" || m.apposedPerson < 0) continue;
    const full = doc.mentions[m.apposedPerson]!;
    // An acronym of a name that names no body ("High Commission (HC)") names none either.
    if (full.entity < 0 || !orgs[full.entity]) continue;
    attach(orgs[full.entity]!, m);
  }
  // Acronyms written without their expansion elsewhere: "the EU" with "European Union".
  for (const e of orgs) {
    // Only an organisation known by its acronym alone ("PTI" of "Pakistan Tehreek-e-Insaf (PTI)" stays where it is).
    if ([...e.forms.keys()].some((f) => !/^[A-Z]{2,8}$/.test(f))) continue;
    for (const form of [...e.forms.keys()]) {
      if (!/^[A-Z]{2,8}$/.test(form)) continue;
      const target = orgs.find((o) => o !== e && [...o.forms.keys()].some((f) => f.includes(" ") && initials(f) === form));
      if (target) {
        for (const id of e.mentions) attach(target, doc.mentions[id]!);
        e.mentions.length = 0;
        e.forms.clear();
        target.acronym ??= form;
      }
    }
  }
  // "the Sahel movement, also known as Ansar al-Din": one organisation.
  for (const m of doc.mentions) {
    if (m.kind !== "org" || m.entity < 0) continue;
    const before = aliasAntecedent(doc, m.tokStart);
    if (!before || before.kind !== "org" || before.entity < 0 || before.entity === m.entity) continue;
    const alias = orgs[m.entity]!;
    for (const id of alias.mentions) attach(orgs[before.entity]!, doc.mentions[id]!);
    alias.mentions.length = 0;
    alias.forms.clear();
  }
  // Later bare mentions of a known organisation ("Al Jazeera noted").
  for (const s of doc.sentences) {
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = doc.tokens[i]!;
      if (t.kind !== "word" || !t.cap || claimedBy(doc, i)) continue;
      const chunk = nameChunk(a, i, s.tokEnd);
      if (!chunk) continue;
      for (let end = chunk[1]; end > chunk[0]; end--) {
        const e = byKey.get(orgKey(surface(doc, chunk[0], end)));
        if (e && e.mentions.length > 0) {
          const m = newMention(doc, { kind: "org", tokStart: chunk[0], tokEnd: end });
          claimRange(doc, m);
          attach(e, m);
          break;
        }
      }
      i = chunk[1] - 1;
    }
  }
  return orgs;
}

/** Spellings of one title: "premier" and "PM" are "prime minister" ("vice premier" stays itself). */
const TITLE_SYNONYMS: ReadonlyMap<string, string[]> = new Map([
  ["premier", ["prime", "minister"]], ["pm", ["prime", "minister"]], ["fm", ["foreign", "minister"]], ["chancellor", ["chancellor"]],
  ["emir", ["emir"]], ["amir", ["emir"]], ["sheikh", ["sheikh"]], ["defence", ["defense"]], ["spokesperson", ["spokesman"]], ["spokeswoman", ["spokesman"]],
]);

function titleWords(key: string): string[] {
  const out: string[] = [];
  const words = key.split(" ").filter((w) => !HONORIFICS.has(w));
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const syn = TITLE_SYNONYMS.get(w);
    if (syn && !(w === "premier" && (words[k - 1] === "vice" || words[k - 1] === "deputy"))) out.push(...syn);
    else out.push(w);
  }
  return out;
}

/** Whether a role phrase's title can denote a person holding `held`. */
function titleMatches(role: string, held: string, roleText = ""): boolean {
  const r = titleWords(role);
  const h = titleWords(held);
  if (r.length === 0 || h.length === 0) return false;
  const rk = r.join(" ");
  const hk = h.join(" ");
  if (rk === hk) return true;
  const deputy = (ws: string[]): boolean => ws.some((w) => w === "deputy" || w === "vice" || w === "assistant");
  if (deputy(r) !== deputy(h)) return false;
  // "the head of state" is whoever holds a head-of-state title.
  if (/^head of (the )?(state|government)$/.test(rk) || (rk === "head" && /^head of (the )?(state|government)\b/i.test(roleText))) return [...HEAD_OF_STATE].some((t) => hk.endsWith(t));
  if (r[r.length - 1] === "leader" && r.length === 1) return [...HEAD_OF_STATE].some((t) => hk.endsWith(t));
  // "the supreme leader" ~ "Supreme Leader"; "the president" ~ "President"; "the foreign minister" ~ "Foreign Minister".
  return hk.endsWith(rk) || (r.length === 1 && h[h.length - 1] === r[0]);
}

const firstLeaving = new WeakMap<Doc, number>();

/** Whether the text before `m` tells that someone left an office ("X resigned", "was succeeded by Y"); read once per doc. */
function leftOffice(doc: Doc, m: Mention): boolean {
  let first = firstLeaving.get(doc);
  if (first === undefined) {
    first = doc.tokens.findIndex((t) => /^(resigned|succeeded|ousted|deposed|retired|died)$/.test(t.lower));
    firstLeaving.set(doc, first);
  }
  return first >= 0 && first < m.tokStart;
}

function resolveRole(doc: Doc, persons: readonly PersonEntity[], m: Mention): number {
  if (!m.titleKey) return -1;
  const country = m.qualifier && m.qualifier.kind !== "org" ? m.qualifier.countryCode : null;
  let best = -1;
  let bestScore = -1;
  for (const e of persons) {
    if (e.placeholder || e.mergedInto >= 0) continue;
    const roleText = m.text.replace(/^the\s+/i, "");
    const matching = e.titles.filter((t) => titleMatches(m.titleKey!, t.key, roleText));
    if (matching.length === 0) continue;
    if (!m.former && matching.every((t) => t.former)) continue;
    if (country && e.countries.size > 0 && !e.countries.has(country)) continue;
    let last = -1;
    let first = Infinity;
    for (const id of e.mentions) {
      const x = doc.mentions[id]!;
      if (x.tokStart < m.tokStart) last = Math.max(last, x.tokStart);
      first = Math.min(first, x.tokStart);
    }
    // "the Prime Minister" with no country: the story's own holder, named first, over one named since; not one who
    // left the office ("resigned", "was succeeded").
    const byLead = !country && !m.former && !leftOffice(doc, m);
    // The same title over a longer one ("the premier": Prime Minister X, not Crown Prince and Prime Minister Y).
    const exact = matching.some((t) => titleWords(t.key).join(" ") === titleWords(m.titleKey!).join(" "));
    // "the former Cambodian leader": one who held the office before, over one who holds it.
    const formerToo = m.former && matching.some((t) => t.former);
    const tier = (country && e.countries.has(country) ? 8 : 0) + (formerToo ? 4 : 0) + (exact ? 2 : 0) + (last >= 0 ? 1 : 0);
    // Within a tier: for a bare title the holder named first, else the one named last.
    const within = last < 0 ? 0 : byLead ? 1_000_000_000 - first : last;
    const score = tier * 2_000_000_000 + within;
    if (score > bestScore) {
      bestScore = score;
      best = e.index;
    }
  }
  return best;
}

const leadingEnds = new WeakMap<Doc, Int32Array>();

/** Where a sentence's leading phrase ("In Cairo on Monday,") ends, once per sentence. */
function leadingPhraseEnd(doc: Doc, sentence: number, inQuote: Uint8Array): number {
  let ends = leadingEnds.get(doc);
  if (!ends) leadingEnds.set(doc, (ends = new Int32Array(doc.sentences.length).fill(-1)));
  if (ends[sentence]! < 0) ends[sentence] = computeLeadingPhraseEnd(doc, sentence, inQuote);
  return ends[sentence]!;
}

function computeLeadingPhraseEnd(doc: Doc, sentence: number, inQuote: Uint8Array): number {
  const s = doc.sentences[sentence]!;
  let i = s.tokStart;
  while (i < s.tokEnd && (doc.tokens[i]!.kind === "punct" || inQuote[i])) i++;
  const first = doc.tokens[i];
  if (!first || !LEADING_PREPOSITIONS.has(first.lower)) return i;
  let comma = -1;
  for (let k = i; k < s.tokEnd && k < i + 30; k++) {
    if (doc.tokens[k]!.text === ",") {
      comma = k + 1;
      break;
    }
  }
  if (comma < 0) return i;
  // "Earlier in the day X also made a visit …, where she met": no comma after a short opener, which ends at the
  // name that a verb follows.
  for (let k = i + 2; k < comma; k++) {
    const c = doc.claim[k]!;
    const m = c >= 0 ? doc.mentions[c]! : null;
    if (!m || m.kind !== "person" || m.tokStart !== k || m.spanStart <= i + 1) continue;
    const prev = doc.tokens[m.spanStart - 1]!;
    const next = doc.tokens[m.spanEnd];
    if (prev.kind === "word" && !prev.cap && !LEADING_PREPOSITIONS.has(prev.lower) && !/^(of|to|and|the|a|an|his|her)$/.test(prev.lower) &&
      next?.kind === "word" && !next.cap && /^(also|then|later|had|has|was|made|met|held|paid|visited|called|spoke|received|hosted)$/.test(next.lower)) return m.spanStart;
  }
  return comma;
}

/** "her" before a noun is a determiner ("her deputy"), otherwise an object ("met her"). */
function isDeterminer(doc: Doc, i: number): boolean {
  const n = doc.tokens[i + 1];
  return n !== undefined && n.kind === "word" && !/^(and|or|in|on|at|to|for|with|by|from|last|this|on|during|after|before)$/.test(n.lower);
}

const REPORT_VERBS = new Set([
  "said", "says", "acknowledged", "admitted", "added", "noted", "stated", "confirmed", "insisted", "explained", "revealed", "claimed",
  "announced", "recalled", "told", "disclosed", "maintained", "argued", "conceded", "stressed",
]);

/** Whether a clause boundary (a comma, "and", "said", a quote) stands between two tokens. */
function clauseBreakBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = doc.tokens[k]!;
    if (/^[,;:“”"()–—]$/.test(t.text) || /^(and|but|while|who|which|that|said|says|told)$/.test(t.lower)) return true;
  }
  return false;
}

const CLAUSE_OPENERS = new Set([",", "where", "which", "when", "and", "that", "as", "saying", "while", "after", "before", "but", ";", "–", "—"]);

function resolveReferences(a: Analysis, persons: PersonEntity[], subjects: Int32Array, inQuote: Uint8Array): void {
  const { doc } = a;
  const ordered = doc.mentions
    .filter((m) => m.kind === "person" || m.kind === "role" || m.kind === "pronoun")
    .sort((x, y) => x.tokStart - y.tokStart);
  let lastResolved: Mention | null = null;
  const recent: Mention[] = [];
  const subjectStart = new Int32Array(doc.sentences.length).fill(-1);
  for (const m of ordered) {
    if (m.kind === "role") {
      if (m.apposedPerson >= 0) m.entity = doc.mentions[m.apposedPerson]!.entity;
      else if (m.determiner === "indefinite") {
        const e: PersonEntity = {
          index: persons.length, forms: new Map(), keys: [], mentions: [m.id], titles: m.titleKey ? [{ key: m.titleKey, former: m.former }] : [],
          countries: new Set(), placeholder: true, mergedInto: -1, knownForms: [],
        };
        persons.push(e);
        m.entity = e.index;
      } else if (m.determiner !== "pronoun") m.entity = resolveRole(doc, persons, m);
      else if (/^(his|her) (highness|majesty|excellency|holiness|eminence)$/i.test(m.text)) {
        // "His Highness also received X" after "The Emir Y received Z": the one whose style it is, the story's subject.
        for (let p = m.sentence; p >= Math.max(0, m.sentence - 3) && m.entity < 0; p--) if (subjects[p]! >= 0 && (p < m.sentence || subjectStart[p]! < m.tokStart)) m.entity = subjects[p]!;
      }
    } else if (m.kind === "pronoun") {
      m.entity = resolvePronoun(doc, m, lastResolved, recent, subjects, subjectStart);
    }
    if (m.entity >= 0) {
      lastResolved = m;
      recent.push(m);
      const s = m.sentence;
      if (subjects[s]! < 0 && !inQuote[m.tokStart] && m.tokStart >= leadingPhraseEnd(doc, s, inQuote) && !isPossessiveObject(doc, m)) {
        subjects[s] = m.entity;
        subjectStart[s] = m.tokStart;
      }
    }
  }
}

/** "his" etc. never make a sentence subject; neither does a mention right after a preposition. */
function isPossessiveObject(doc: Doc, m: Mention): boolean {
  if (m.kind === "pronoun" && /^(his|her|him)$/.test(doc.tokens[m.tokStart]!.lower)) return true;
  // "President X's Special Envoy, Ambassador Y, continued …": the possessor only describes the subject named after it.
  if (m.kind !== "pronoun" && doc.tokens[m.tokEnd]?.kind === "poss") {
    for (let k = m.tokEnd + 1; k < m.tokEnd + 7; k++) {
      const w = doc.tokens[k];
      if (!w || w.kind !== "word" || !w.cap) {
        if (w?.text !== ",") break;
        for (let p = k + 1; p < k + 5; p++) {
          const c = doc.claim[p]!;
          if (c >= 0 && doc.mentions[c]!.kind === "person") return true;
          if (!doc.tokens[p]?.cap) break;
        }
        break;
      }
    }
  }
  const prev = doc.tokens[m.spanStart - 1];
  return prev !== undefined && /^(with|to|by|from|for|against|of|between|about|on|at|telling|told|met)$/.test(prev.lower);
}

/** The X of "the visit of/by X to <place>, where he …", for that "he"; else -1. */
function visitorBeforeWhere(doc: Doc, m: Mention, recent: readonly Mention[]): number {
  const t = doc.tokens;
  if (t[m.tokStart - 1]?.lower !== "where" || t[m.tokStart - 2]?.text !== ",") return -1;
  // Only for a welcome the visitor is given there ("where he was warmly welcomed by Y"): someone else may have met
  // someone in the place the visitor went to.
  let v = m.tokEnd;
  if (!/^(was|were)$/.test(t[v]?.lower ?? "")) return -1;
  v++;
  while (/ly$/.test(t[v]?.lower ?? "")) v++;
  if (!/^(welcomed|received|met|greeted|hosted)$/.test(t[v]?.lower ?? "")) return -1;
  const place = claimedBy(doc, m.tokStart - 3);
  if (!place || place.kind !== "place" || place.tokEnd !== m.tokStart - 2 || t[place.tokStart - 1]?.lower !== "to") return -1;
  const to = place.tokStart - 1;
  const x = recent.findLast((r) => r.sentence === m.sentence && r.kind !== "pronoun" && r.tokEnd === to);
  if (!x || !/^(of|by)$/.test(t[x.spanStart - 1]?.lower ?? "") || !/^(visit|trip|tour|journey)$/.test(t[x.spanStart - 2]?.lower ?? "")) return -1;
  return x.entity;
}

function resolvePronoun(
  doc: Doc, m: Mention, lastResolved: Mention | null, recent: readonly Mention[], subjects: Int32Array, subjectStart: Int32Array,
): number {
  const w = doc.tokens[m.tokStart]!.lower;
  const s = m.sentence;
  if (w === "him" || (w === "her" && !isDeterminer(doc, m.tokStart))) {
    // An object pronoun is not its own clause's subject: "He first met him".
    const own = subjectStart[s]! >= 0 && subjectStart[s]! < m.tokStart ? subjects[s]! : -1;
    for (let k = recent.length - 1; k >= 0; k--) {
      const r = recent[k]!;
      if (s - r.sentence > 2) break;
      if (r.entity !== own) return r.entity;
    }
    return -1;
  }
  if (w === "his" || w === "her") {
    // "The prime minister gave the president an account of his meeting with X": a possessive names its clause's subject first.
    if (subjects[s]! >= 0 && subjectStart[s]! < m.tokStart && !clauseBreakBetween(doc, subjectStart[s]!, m.tokStart)) return subjects[s]!;
    if (lastResolved && m.sentence - lastResolved.sentence <= 1) return lastResolved.entity;
    return -1;
  }
  // "… the visit of President X to <place>, where he was welcomed by Y": the visitor, in the place he went to.
  const visitor = visitorBeforeWhere(doc, m, recent);
  if (visitor >= 0) return visitor;
  // "X acknowledged (that) he had talked …": the speaker named right before the speech verb.
  let v = m.tokStart - 1;
  if (doc.tokens[v]?.lower === "that") v--;
  if (v > 0 && REPORT_VERBS.has(doc.tokens[v]!.lower)) {
    const speaker = recent.findLast((r) => r.sentence === s && r.kind !== "pronoun" && r.tokEnd === v);
    if (speaker) return speaker.entity;
  }
  if (subjects[s]! >= 0 && subjectStart[s]! < m.tokStart) {
    const prev = doc.tokens[m.tokStart - 1];
    if (prev && CLAUSE_OPENERS.has(prev.lower)) return subjects[s]!;
    for (let k = m.tokStart - 1; k > subjectStart[s]!; k--) if (CLAUSE_OPENERS.has(doc.tokens[k]!.lower)) return subjects[s]!;
  }
  for (let p = s - 1; p >= Math.max(0, s - 3); p--) if (subjects[p]! >= 0) return subjects[p]!;
  return lastResolved ? lastResolved.entity : -1;
}
