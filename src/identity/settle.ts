/**
 * Settling names across the corpus: which name keys are one person. Pure, and a function of the set of keys
 * (with their surface forms) only, so the answer is the same whatever order or batches the articles came in.
 *
 * Keys are settled per family, the keys that share their last word (a surname): a key that is not unique on
 * its own (a surname alone, a shorter form of a fuller name) joins the one fullest name of its family it can
 * be a form of; when several fit, a title both were given decides; otherwise it stays an actor of its own.
 */
import { fold, nameWords } from "./names.js";

/** Every name key known in a family, with the surface forms it was seen as (titles included). */
export interface NameKeyForms {
  readonly key: string;
  readonly forms: readonly string[];
}

export type SettleRule =
  /** The key is a full name, or no fuller name is known: the actor's own key. */
  | "own"
  /** A lone surname that ends exactly one fuller name of the corpus. */
  | "surname"
  /** A shorter form (an ordered subset that keeps the surname) of exactly one fuller name. */
  | "shorter-form"
  /** Fits several fuller names, but shares a title with exactly one of them. */
  | "title"
  /** Fits several fuller names and nothing tells them apart: kept as an actor of its own. */
  | "ambiguous";

export interface Settled {
  /** Key of the actor this key belongs to (its own key for "own" and "ambiguous"). */
  readonly actorKey: string;
  readonly rule: SettleRule;
  /** Why, in words, naming the evidence (the fuller names considered). */
  readonly basis: string;
}

/** The family of a key: its last word. Keys of different families are never settled together. */
export function familyOf(key: string): string {
  const i = key.lastIndexOf(" ");
  return i < 0 ? key : key.slice(i + 1);
}

/** Whether key words `a` are an ordered subset of `b` ending in the same word (a surname, or given name + surname). */
function shorterFormOf(a: readonly string[], b: readonly string[]): boolean {
  if (a.length >= b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  let k = 0;
  for (const w of b) if (k < a.length && w === a[k]) k++;
  return k === a.length;
}

/** Title words of a key's forms: the words of a form before its name ("President", "Foreign Minister"). */
function titlesOf(entry: NameKeyForms): Set<string> {
  const keyWords = new Set(nameWords(entry.key));
  const titles = new Set<string>();
  for (const form of entry.forms) {
    const words = form.split(/\s+/);
    for (const w of words) {
      const f = fold(w).replace(/[^\p{L}-]+/gu, "");
      if (!f || keyWords.has(f) || nameWords(w).length === 0) continue;
      if (/^\p{Lu}/u.test(w)) titles.add(f);
    }
  }
  return titles;
}

/** Settles every key of the given families. Keys of one family must all be given for the answer to be stable. */
export function settleNames(entries: readonly NameKeyForms[]): Map<string, Settled> {
  const byKey = new Map<string, { key: string; words: string[]; forms: Set<string> }>();
  for (const e of entries) {
    const known = byKey.get(e.key);
    if (known) for (const f of e.forms) known.forms.add(f);
    else byKey.set(e.key, { key: e.key, words: nameWords(e.key).length > 0 ? nameWords(e.key) : e.key.split(" "), forms: new Set(e.forms) });
  }
  const families = new Map<string, Array<{ key: string; words: string[]; forms: Set<string> }>>();
  for (const k of byKey.values()) {
    const fam = familyOf(k.key);
    families.set(fam, [...(families.get(fam) ?? []), k]);
  }
  const out = new Map<string, Settled>();
  for (const members of families.values()) {
    const fuller = (a: (typeof members)[number]) => members.filter((b) => shorterFormOf(a.words, b.words));
    const maximal = members.filter((m) => fuller(m).length === 0);
    for (const m of members) {
      const hosts = fuller(m).filter((h) => maximal.includes(h)).sort((x, y) => (x.key < y.key ? -1 : 1));
      const show = (h: { forms: Set<string>; key: string }) => `'${longest(h.forms) ?? h.key}'`;
      const self = `'${longest(m.forms) ?? m.key}'`;
      if (hosts.length === 0) {
        out.set(m.key, { actorKey: m.key, rule: "own", basis: `${self}: no fuller name of the corpus contains it` });
      } else if (hosts.length === 1) {
        const rule: SettleRule = m.words.length === 1 ? "surname" : "shorter-form";
        const what = rule === "surname" ? `the only full name of the corpus ending in ${self}` : `the only fuller name of the corpus that contains ${self}`;
        out.set(m.key, { actorKey: hosts[0]!.key, rule, basis: `${show(hosts[0]!)} is ${what}` });
      } else {
        const titles = titlesOf({ key: m.key, forms: [...m.forms] });
        const titled = titles.size === 0 ? [] : hosts.filter((h) => [...titlesOf({ key: h.key, forms: [...h.forms] })].some((t) => titles.has(t)));
        if (titled.length === 1) {
          const shared = [...titlesOf({ key: titled[0]!.key, forms: [...titled[0]!.forms] })].filter((t) => titles.has(t));
          out.set(m.key, {
            actorKey: titled[0]!.key,
            rule: "title",
            basis: `${self} fits ${hosts.map(show).join(", ")}; only ${show(titled[0]!)} was also called ${shared.map((t) => `'${t}'`).join(", ")}`,
          });
        } else {
          out.set(m.key, { actorKey: m.key, rule: "ambiguous", basis: `${self} could be ${hosts.map(show).join(" or ")}: kept apart` });
        }
      }
    }
  }
  return out;
}

/** The fullest surface form (most words, then longest, then alphabetical): deterministic for a set. */
function longest(forms: Iterable<string>): string | undefined {
  return [...forms].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}
