/** Extraction core: one article in, people, organisations, places, meetings and affiliations out, with evidence. */
import type { Article } from "../read/article.js";
import { findAffiliations } from "./entities/affiliations.js";
import { buildStructure } from "./mentions/clauses.js";
import { resolveEntities, type KnownName, type OrgEntity, type PersonEntity } from "./mentions/coreference.js";
import { dateRange, referenceDate } from "./when-where/dates.js";
import type { Doc } from "./text/document.js";
import { findMeetings } from "./meetings/meetings.js";
import { analyse } from "./mentions/mentions.js";
import { hasParticle, nameKey } from "./entities/names.js";
import type { Place } from "./entities/places.js";
import type { Evidence, ExtractedEntity, ExtractedMeeting, ExtractedPlace, Extraction } from "./types.js";

export { toEvalDocument, type EvalDocument } from "./evaluation.js";
export type * from "./types.js";

export function extractArticle(article: Article): Extraction {
  const ref = referenceDate(article.published, article.title, article.text);
  const analysis = analyse(article.text);
  const { doc } = analysis;
  const entities = resolveEntities(analysis, article.title ? namesIn(article.title) : []);
  const structure = buildStructure(doc, entities);
  const drafts = findMeetings(doc, entities, structure, ref);

  const personNames = new Map<number, string>();
  const people: ExtractedEntity[] = [];
  for (const e of entities.persons) {
    if (e.placeholder || e.mergedInto >= 0 || e.forms.size === 0) continue;
    const entity = personEntity(doc, e);
    personNames.set(e.index, entity.name);
    people.push(entity);
  }
  const orgNames = new Map<number, string>();
  const organisations: ExtractedEntity[] = [];
  for (const o of entities.orgs) {
    if (o.mentions.length === 0) continue;
    const entity = orgEntity(doc, o);
    orgNames.set(o.index, entity.name);
    organisations.push(entity);
  }
  const canonical = (e: number): string | null => {
    let k = e;
    while (k >= 0 && entities.persons[k]!.mergedInto >= 0) k = entities.persons[k]!.mergedInto;
    return personNames.get(k) ?? null;
  };

  const meetings: ExtractedMeeting[] = [];
  for (const d of drafts) {
    const participants = [];
    const names = new Set<string>();
    for (const [e, role] of d.participants) {
      const name = canonical(e);
      if (!name || names.has(name)) continue;
      names.add(name);
      participants.push({ name, role });
    }
    if (participants.length < 2) continue;
    const { from, to } = dateRange(d.date);
    meetings.push({
      participants, kind: d.kind, date: d.date, dateFrom: from, dateTo: to,
      place: d.place && d.place.kind !== "region" ? toPlace(d.place) : null,
      evidence: evidence(doc, d.evStart, d.evEnd),
    });
  }

  const places: ExtractedPlace[] = [];
  const seenPlaces = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind !== "place" || m.entity === -2 || !m.place || m.place.kind === "region" || seenPlaces.has(m.place.name)) continue;
    seenPlaces.add(m.place.name);
    places.push(toPlace(m.place));
  }

  const affiliations = findAffiliations(doc, entities, canonical, (e) => orgNames.get(e) ?? null);
  return { articleId: article.id, doc: article.doc, referenceDate: ref, people, organisations, places, meetings, affiliations };
}

/** Full personal names stated in a title line, with their titles. */
function namesIn(title: string): KnownName[] {
  const { doc } = analyse(title, true);
  return doc.mentions
    .filter((m) => m.kind === "person" && nameKey(m.text).length >= 2)
    .map((m) => ({
      text: m.text, titleKey: m.titleKey, former: m.former,
      countryCode: m.qualifier && m.qualifier.kind !== "org" ? m.qualifier.countryCode : null,
    }));
}

function toPlace(p: Place): ExtractedPlace {
  return { name: p.name, kind: p.kind === "country" ? "country" : "city", countryCode: p.countryCode };
}

function evidence(doc: Doc, start: number, end: number): Evidence {
  return { quote: doc.text.slice(start, end), start, end };
}

function mentionEvidence(doc: Doc, ids: readonly number[]): Evidence[] {
  const out: Evidence[] = [];
  for (const id of ids) {
    const m = doc.mentions[id]!;
    if (m.kind !== "person" && m.kind !== "org") continue;
    out.push(evidence(doc, doc.tokens[m.tokStart]!.start, doc.tokens[m.tokEnd - 1]!.end));
  }
  return out;
}

function isShouting(form: string): boolean {
  return form.split(/\s+/).every((w) => w.length < 2 || w === w.toUpperCase());
}

/** The fullest form is the name: most words, then with its particle ("Ahmed al-Sharaa" over "Ahmed Sharaa"). */
function personEntity(doc: Doc, e: PersonEntity): ExtractedEntity {
  const forms = [...e.forms.keys(), ...e.knownForms].filter((f) => !isShouting(f));
  const pool = forms.length > 0 ? forms : [...e.forms.keys()];
  let best = pool[0]!;
  for (const f of pool) {
    const a = nameKey(f).length;
    const b = nameKey(best).length;
    if (a > b || (a === b && (initials(f) < initials(best) || (initials(f) === initials(best) && hasParticle(f) && !hasParticle(best))))) best = f;
  }
  const aliases = new Set<string>();
  for (const f of e.forms.keys()) if (f !== best) aliases.add(f);
  for (const id of e.mentions) {
    const m = doc.mentions[id]!;
    if (m.kind !== "person" || !m.title || m.spanStart >= m.tokStart) continue;
    const titled = `${m.title} ${m.text}`;
    if (/^\p{Lu}/u.test(m.title) && doc.text.includes(titled) && titled !== best) aliases.add(titled);
  }
  return { name: best, aliases: [...aliases], evidence: mentionEvidence(doc, e.mentions) };
}

/** Initials among a name's words: "Maria Rosa X" is fuller than "Maria R. X". */
function initials(name: string): number {
  return nameKey(name).filter((w) => w.length === 1).length;
}

function orgEntity(doc: Doc, o: OrgEntity): ExtractedEntity {
  const forms = [...o.forms.keys()];
  let best = forms[0]!;
  for (const f of forms) {
    const acr = /^[A-Z0-9&-]{2,8}$/.test(f);
    const bestAcr = /^[A-Z0-9&-]{2,8}$/.test(best);
    if ((bestAcr && !acr) || (acr === bestAcr && f.length > best.length)) best = f;
  }
  const aliases = forms.filter((f) => f !== best);
  if (o.acronym && o.acronym !== best && !aliases.includes(o.acronym)) aliases.push(o.acronym);
  return { name: best, aliases, evidence: mentionEvidence(doc, o.mentions) };
}

