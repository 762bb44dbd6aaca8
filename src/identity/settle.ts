/**
 * Settling names across the corpus: which name keys are one person. Pure, and a function of the set of keys
 * (with their surface forms) only, so the answer is the same whatever order or batches the articles came in.
 *
 * Keys are settled per family, the keys that share their last word (a surname): a key that is not unique on
 * its own (a surname alone, a shorter form of a fuller name) joins the one fullest name of its family it can
 * be a form of; when several fit, a title both were given decides; otherwise it stays an actor of its own.
 */
import { COURTESY_TITLES, GIVEN_NAME_TITLES } from "../extract/text/lexicon.js";
import { fold, nameWords, wordRole } from "./names.js";

export type SettleRule =
  /** The key is a full name, or no fuller name is known: the actor's own key. */
  | "own"
  /** A lone surname that ends exactly one fuller name of the corpus it can be. */
  | "surname"
  /** A shorter form (an ordered subset that keeps the surname) of exactly one fuller name it can be. */
  | "shorter-form"
  /** Fits several fuller names, but shares a title with exactly one of them. */
  | "title"
  /** Fits several fuller names and nothing tells them apart: kept as an actor of its own. */
  | "ambiguous"
  /** Fuller names contain it, but each is contradicted (other titles, or it names the father in "X bin Y"). */
  | "kept-apart";

export interface Settled {
  /** Key of the actor this key belongs to (its own key unless it joined a fuller name). */
  readonly actorKey: string;
  readonly rule: SettleRule;
  /** Why, in words, naming the evidence (the fuller names considered). */
  readonly basis: string;
}

/** Every name key known in a family, with the surface forms it was seen as (titles included). */
export interface NameKeyForms {
  readonly key: string;
  /** Every spelling seen, titles included ("President Vargaby"). */
  readonly forms: readonly string[];
  /** The full names articles gave for this key (their canonical names); the forms when not given. */
  readonly names?: readonly string[];
}

/** The family of a key: its last word. Keys of different families are never settled together. */
export function familyOf(key: string): string {
  const i = key.lastIndexOf(" ");
  return i < 0 ? key : key.slice(i + 1);
}

interface Member {
  readonly key: string;
  readonly words: string[];
  readonly forms: Set<string>;
  readonly names: Set<string>;
}

/** Whether key words `a` are an ordered subset of `b` ending in the same word (a surname, or given name + surname). */
function shorterFormOf(a: readonly string[], b: readonly string[]): boolean {
  if (a.length >= b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  let k = 0;
  for (const w of b) if (k < a.length && w === a[k]) k++;
  return k === a.length;
}

/** Title words of a key's forms: the capitalised words of a form that are not its name ("President", "Sultan"). */
function titlesOf(m: Member): Set<string> {
  const keyWords = new Set(m.words);
  const titles = new Set<string>();
  for (const form of m.forms) {
    for (const w of form.split(/\s+/)) {
      const f = fold(w).replace(/[^\p{L}-]+/gu, "");
      if (!f || keyWords.has(f) || COURTESY_TITLES.has(f) || nameWords(w).length === 0) continue;
      if (/^\p{Lu}/u.test(w)) titles.add(f);
    }
  }
  return titles;
}

/**
 * Whether every full name of `host` that has the first word of `m` puts a patronymic particle right before it
 * ("Omar bin Rashid": a lone "Rashid" is the father, not Omar).
 */
function namesTheFather(m: Member, host: Member): boolean {
  const first = m.words[0]!;
  let seen = false;
  for (const form of host.names.size > 0 ? host.names : host.forms) {
    const role = wordRole(first, form);
    if (role === "absent") continue;
    seen = true;
    if (role === "own") return false;
  }
  return seen;
}

/** Why `m` cannot be `host`, or null when nothing says so. */
function contradiction(m: Member, host: Member, show: (x: Member) => string, titlesOf: (x: Member) => Set<string>): string | null {
  if (namesTheFather(m, host)) return `in ${show(host)} it is the father's name`;
  const mine = titlesOf(m);
  const ruler = m.words.length === 1 ? [...mine].find((t) => GIVEN_NAME_TITLES.has(t)) : undefined;
  if (ruler) return `with '${ruler}' it is a given name, not the surname of ${show(host)}`;
  const theirs = titlesOf(host);
  if (mine.size > 0 && theirs.size > 0 && ![...mine].some((t) => theirs.has(t))) return `${show(host)} had other titles`;
  return null;
}

/** Settles every key of the given families. Keys of one family must all be given for the answer to be stable. */
export function settleNames(entries: readonly NameKeyForms[]): Map<string, Settled> {
  const byKey = new Map<string, Member>();
  for (const e of entries) {
    let known = byKey.get(e.key);
    if (!known) {
      known = { key: e.key, words: nameWords(e.key).length > 0 ? nameWords(e.key) : e.key.split(" "), forms: new Set(), names: new Set() };
      byKey.set(e.key, known);
    }
    for (const f of e.forms) known.forms.add(f);
    for (const n of e.names ?? []) known.names.add(n);
  }
  const families = new Map<string, Member[]>();
  for (const k of [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const fam = familyOf(k.key);
    families.set(fam, [...(families.get(fam) ?? []), k]);
  }
  const out = new Map<string, Settled>();
  // A family of a common surname has hundreds of keys, each weighed against every fuller one: the titles and
  // quoted names of each key are worked out once.
  const titleCache = new Map<Member, Set<string>>();
  const titles = (x: Member) => titleCache.get(x) ?? titleCache.set(x, titlesOf(x)).get(x)!;
  const shown = new Map<Member, string>();
  const show = (x: Member) => shown.get(x) ?? shown.set(x, `'${fullest(x.names.size > 0 ? x.names : x.forms) ?? x.key}'`).get(x)!;
  for (const members of families.values()) {
    // Fuller keys first: a key can join only a key that stays an actor of its own, settled before it.
    // Actors are indexed by their words: a host contains every word of the key, the first one included.
    const actorsWith = new Map<string, Member[]>();
    const order = [...members].sort((a, b) => b.words.length - a.words.length || (a.key < b.key ? -1 : 1));
    for (const m of order) {
      const self = `'${(m.names.size > 0 ? fullest(m.names) : plainest(m)) ?? m.key}'`;
      const hosts = (actorsWith.get(m.words[0]!) ?? []).filter((h) => shorterFormOf(m.words, h.words)).sort((a, b) => (a.key < b.key ? -1 : 1));
      const contradicted = new Map(hosts.map((h) => [h, contradiction(m, h, show, titles)] as const).filter(([, why]) => why !== null));
      const fits = hosts.filter((h) => !contradicted.has(h));
      const excluded = [...contradicted].map(([, why]) => why).join("; ");
      const also = excluded ? ` (${excluded})` : "";
      if (hosts.length === 0 || fits.length !== 1) {
        for (const w of new Set(m.words)) {
          const list = actorsWith.get(w);
          if (list) list.push(m);
          else actorsWith.set(w, [m]);
        }
      }
      if (hosts.length === 0) {
        out.set(m.key, { actorKey: m.key, rule: "own", basis: `${self}: no fuller name of the corpus contains it` });
      } else if (fits.length === 0) {
        out.set(m.key, { actorKey: m.key, rule: "kept-apart", basis: `${self} is not ${hosts.map(show).join(" or ")}: ${excluded}` });
      } else if (fits.length === 1) {
        const rule: SettleRule = m.words.length === 1 ? "surname" : "shorter-form";
        const what = rule === "surname" ? `the only full name of the corpus ending in ${self}` : `the only fuller name of the corpus that contains ${self}`;
        out.set(m.key, { actorKey: fits[0]!.key, rule, basis: `${show(fits[0]!)} is ${what}, and nothing contradicts it${also}` });
      } else {
        const mine = titles(m);
        const titled = mine.size === 0 ? [] : fits.filter((h) => [...titles(h)].some((t) => mine.has(t)));
        if (titled.length === 1) {
          const shared = [...titles(titled[0]!)].filter((t) => mine.has(t));
          out.set(m.key, {
            actorKey: titled[0]!.key,
            rule: "title",
            basis: `${self} fits ${fits.map(show).join(", ")}; only ${show(titled[0]!)} was also called ${shared.map((t) => `'${t}'`).join(", ")}${also}`,
          });
        } else {
          out.set(m.key, { actorKey: m.key, rule: "ambiguous", basis: `${self} could be ${fits.map(show).join(" or ")}: kept apart${also}` });
        }
      }
    }
  }
  return out;
}

/** The fullest surface form (most words, then longest, then alphabetical): deterministic for a set. */
function fullest(forms: Iterable<string>): string | undefined {
  return [...forms].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/** The form closest to the bare name (fewest words, then shortest): how to quote a surname ("Vargaby"). */
function plainest(m: Member): string | undefined {
  return [...m.forms].sort((a, b) => a.split(/\s+/).length - b.split(/\s+/).length || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}
