/**
 * Who and what follows a meeting verb or noun: the adverbs, dates and venues between a verb and its object, and the
 * people of a group object ("members of the party, including X", "the ambassadors of Uruguay, A, Chile, B").
 */
import { mentionEnd, parseList } from "../mentions/clauses.js";
import type { Doc, Mention } from "../text/document.js";
import { MONTHS, WEEKDAYS } from "../text/lexicon.js";
import { titleChainAt } from "../entities/names.js";
import type { Context } from "./meeting-context.js";

/** Adverbs and time phrases between a verb and its object: "received on Wednesday X", "met privately with X". */
export function skipAfterVerb(doc: Doc, j: number, limit: number): number {
  const t = doc.tokens;
  for (let guard = 0; guard < 4 && j < limit; guard++) {
    const w = t[j]!;
    const l = w.lower;
    if (l === "on" && t[j + 1] && (WEEKDAYS.has(t[j + 1]!.lower) || MONTHS.has(t[j + 1]!.lower) || t[j + 1]!.kind === "num")) {
      j += 2;
      while (j < limit && (t[j]!.kind === "num" || MONTHS.has(t[j]!.lower) || /^(morning|afternoon|evening|night)$/.test(t[j]!.lower))) j++;
      continue;
    }
    // "received Tuesday the Speaker …": a bare weekday.
    if (WEEKDAYS.has(l) && w.cap) {
      j++;
      continue;
    }
    // "welcomed with open arms by X"
    if (l === "with" && t[j + 1]?.lower === "open" && t[j + 2]?.lower === "arms") {
      j += 3;
      continue;
    }
    if (/^(this|last|late|early)$/.test(l) && t[j + 1] && (WEEKDAYS.has(t[j + 1]!.lower) || MONTHS.has(t[j + 1]!.lower) || /^(week|month|year|morning|afternoon|evening|night)$/.test(t[j + 1]!.lower))) {
      j += 2;
      continue;
    }
    if (/^(yesterday|today|tonight|here|there|again|also|briefly|separately|individually|privately|later|earlier|personally|jointly|one-on-one|face-to-face|virtually|twice|once|bilaterally|informally|formally|officially|warmly)$/.test(l)) {
      j++;
      continue;
    }
    if (l === "in" && /^(audience|person|private|camera)$/.test(t[j + 1]?.lower ?? "")) {
      j += 2;
      continue;
    }
    // "was met on arrival by X", "greeted upon his arrival by X"
    if (/^(on|upon)$/.test(l)) {
      const k = /^(his|her|their|its)$/.test(t[j + 1]?.lower ?? "") ? j + 2 : j + 1;
      if (t[k]?.lower === "arrival") {
        j = k + 1;
        continue;
      }
    }
    // "received on Monday at the Miraflores Palace the Colombian Foreign Minister", "received in Cairo the visiting Emir"
    if (l === "at" || l === "in") {
      let k = j + 1;
      if (t[k]?.lower === "the") k++;
      let r = k;
      const place = doc.claim[k]! >= 0 ? doc.mentions[doc.claim[k]!]! : null;
      // A venue's name, up to a demonym, a title or a person ("in Cairo Egyptian President X").
      // Particles inside a venue's name count ("Ain al-Tineh", "Palace of Culture").
      const venueWord = (x: number): boolean =>
        t[x]!.kind === "word" && (t[x]!.cap || /^(al|el|ad|as|an|ar|at)-/.test(t[x]!.lower) || (t[x]!.lower === "of" && x > k && t[x + 1]?.cap === true));
      // "at the Second Palace", "at the Ministry of Defence": a building named for the body in it is a venue too.
      if (place && (place.kind === "place" || place.kind === "org") && place.tokStart === k) {
        r = place.tokEnd;
        // "in Dar al-Nuri": a known place word starting a longer name.
        while (r < limit && /^(al|el|ad|as|an|ar|at)-/.test(t[r]!.lower) && doc.claim[r]! < 0) r++;
      } else if (t[k] && t[k]!.kind === "word" && !t[k]!.cap && k > j + 1) {
        // "at the palace in X,", "in the capital city, former Minister X": a common-noun venue before "in" or a comma.
        let q = k;
        while (q < limit && q < k + 3 && t[q]!.kind === "word" && !t[q]!.cap && !/^(by|of|and|with|to|for|in|at|on)$/.test(t[q]!.lower)) q++;
        if (q > k && (t[q]?.lower === "in" || t[q]?.text === ",")) r = q;
      } else {
        while (r < limit && venueWord(r) && !doc.demonym[r] && !titleChainAt(t, r, limit) && doc.claim[r]! < 0) r++;
      }
      const next = t[r];
      if (r > k && next && (/^(the|his|her|their|on|with|at|in|by|this|last|yesterday|today|earlier)$/.test(next.lower) || (next.kind === "word" && next.cap))) {
        j = r;
        continue;
      }
      // "received in the capital city, former Minister X": the venue set off by a comma before the object.
      const quoted = /^[“"]$/.test(t[r + 1]?.text ?? "") && t[r + 2]?.cap === true;
      if (r > k && next?.text === "," && t[r + 1] && (t[r + 1]!.cap || quoted || titleChainAt(t, r + 1, limit) || /^(former|visiting|outgoing|incoming)$/.test(t[r + 1]!.lower))) {
        j = r + 1;
        continue;
      }
      // "was met at the terminal by X": a common-noun venue before the agent.
      if (t[j + 1]?.lower === "the") {
        let q = k;
        while (q < limit && q < k + 3 && t[q]!.kind === "word" && !t[q]!.cap && t[q]!.lower !== "by") q++;
        if (q > k && t[q]?.lower === "by") {
          j = q;
          continue;
        }
      }
    }
    break;
  }
  return j;
}

/**
 * The people of a group object: "met with members of the party, including its leader X", "met the visiting delegation led by
 * X", "received a delegation which included A, the head of B, and C".
 */
export function groupMembers(ctx: Context, j: number, ce: number): { items: Mention[]; end: number } {
  const { doc, st } = ctx;
  const t = doc.tokens;
  for (let k = j; k < Math.min(ce, j + 15); k++) {
    const l = t[k]!.lower;
    if (/^(including|among)$/.test(l)) return parseList(doc, st, t[k + 1]?.lower === "them" ? k + 2 : k + 1, ce);
    if (/^(led|headed)$/.test(l) && t[k + 1]?.lower === "by") {
      const led = parseList(doc, st, k + 2, ce);
      if (led.items.length > 0) return led;
      // "a delegation led by head of the Presidential Administration of Ukraine X": the head after his office.
      if (/^(head|chief|chairman|chairwoman|director|leader)$/.test(t[k + 2]?.lower ?? "") || /^(the|its)$/.test(t[k + 2]?.lower ?? "")) {
        for (let p = k + 3; p < Math.min(ce, k + 14); p++) {
          const m = st.startAt.get(p);
          if (m && (m.kind === "person" || (m.kind === "role" && m.apposedPerson >= 0))) return { items: [m], end: mentionEnd(doc, m) };
          if (t[p]!.text === "," || t[p]!.text === ";" || (t[p]!.kind === "word" && !t[p]!.cap && !/^(of|the|for|and)$/.test(t[p]!.lower))) break;
        }
      }
      return led;
    }
    if (/^(included|includes|comprising|comprised)$/.test(l)) {
      const items: Mention[] = [];
      let end = k + 1;
      for (let p = k + 1; p < ce; p++) {
        const m = st.startAt.get(p);
        if (!m || m.kind === "pronoun" || m.kind === "group" || st.relative[p] || (m.kind === "role" && m.apposedPerson < 0)) continue;
        items.push(m);
        p = mentionEnd(doc, m) - 1;
        end = p + 1;
      }
      return { items, end };
    }
    if (t[k]!.text === "." || t[k]!.text === ";" || st.startAt.has(k)) break;
  }
  // "met with two influential members of the family – A and B", "met three leaders: A, B and C".
  const colon = t[ce]?.text === ":" || /^[-–—]$/.test(t[ce]?.text ?? "");
  if (colon && ce - j <= 12) {
    let group = false;
    for (let k = j; k < ce; k++) {
      if (st.startAt.has(k)) return { items: [], end: j };
      if (GROUP_OF_PEOPLE.test(t[k]!.lower)) group = true;
    }
    const s = doc.sentences[doc.sentenceOf[j]!]!;
    if (group) return parseList(doc, st, ce + 1, s.tokEnd);
  }
  return { items: [], end: j };
}

/**
 * "the credentials of the new ambassadors of Uruguay, A, Chile, B, and Senegal, C, as well as the ambassadors of
 * Turkey, D": envoys, each named after the country they represent.
 */
export function envoysByCountry(ctx: Context, j: number, limit: number): { items: Mention[]; end: number } {
  const { doc, st } = ctx;
  const t = doc.tokens;
  let k = j;
  while (k < Math.min(limit, j + 8) && !(/^(ambassadors|envoys|commissioners|representatives|counterparts)$/.test(t[k]!.lower) && /^(of|from)$/.test(t[k + 1]?.lower ?? ""))) k++;
  if (k >= Math.min(limit, j + 8)) return { items: [], end: j };
  const items: Mention[] = [];
  let p = k + 2;
  let end = j;
  while (p < limit) {
    if (t[p]?.lower === "the") p++;
    const place = doc.claim[p]! >= 0 ? doc.mentions[doc.claim[p]!]! : null;
    if (!place || place.kind !== "place" || place.tokStart !== p) break;
    p = place.tokEnd;
    if (t[p]?.text === ",") p++;
    const m = st.startAt.get(p);
    if (!m || m.kind !== "person") break;
    items.push(m);
    p = mentionEnd(doc, m);
    end = p;
    // ", Chile, B", ", and Senegal, C", "as well as the ambassadors of Turkey, D"
    while (p < limit && (t[p]!.text === "," || t[p]!.text === ";" || /^(and|as|well)$/.test(t[p]!.lower))) p++;
    if (/^(the|ambassadors|envoys)$/.test(t[p]?.lower ?? "")) {
      while (p < limit && t[p]!.lower !== "of" && p < end + 8) p++;
      p++;
    }
  }
  return items.length >= 2 ? { items, end } : { items: [], end: j };
}

export const GROUP_OF_PEOPLE = /^(members|leaders|officials|ministers|counterparts|figures|people|representatives|envoys|ambassadors|delegates|heads|chiefs|dignitaries|guests|lawmakers|governors|executives)$/;
