import { basename } from "node:path";
import type { Evidence, MeetingKind } from "../extract/types.js";
import { actorId, evidenceId, nameFormId, organisationId, placeId, shortHash } from "../identity/ids.js";
import { nameKey } from "../identity/names.js";
import { clusterOccasions, type OccasionReport, type PlaceRef } from "../identity/occasions.js";
import { familyOf, settleNames, type SettleRule, type Settled } from "../identity/settle.js";
import type { Article } from "../read/article.js";
import type { Extraction } from "../extract/types.js";

/** Rows ready for UNWIND: everything a batch of articles adds to or changes in the graph, with stable ids. Pure data. */
export interface LoadPlan {
  readonly articles: ArticleRow[];
  readonly actors: ActorRow[];
  /** Actors whose every name form now belongs to another actor: removed after their evidence moved. */
  readonly staleActors: string[];
  readonly nameForms: NameFormRow[];
  readonly nameSeen: NameSeenRow[];
  /** Name keys that changed actor: their evidence and affiliations move from one actor to the other. */
  readonly moves: MoveRow[];
  readonly organisations: EntityRow[];
  readonly places: PlaceRow[];
  readonly meetings: MeetingRow[];
  /** Meetings whose reports now make up other meetings (re-grouped or re-clustered): removed. */
  readonly staleMeetings: string[];
  readonly attendance: AttendanceRow[];
  readonly affiliations: AffiliationRow[];
  readonly evidence: EvidenceRow[];
  /** Evidence attached to the node it supports, one list per label (labels are not parameters in Cypher). */
  readonly actorEvidence: LinkRow[];
  readonly organisationEvidence: LinkRow[];
  readonly meetingEvidence: LinkRow[];
}

export interface ArticleRow { id: string; title: string | null; url: string | null; published: string | null; contentHash: string; source: string; text: string }
export interface EntityRow { id: string; name: string; aliases: string[]; nameKeys: string[]; kind: string | null }
export interface ActorRow { id: string; name: string; aliases: string[]; nameKeys: string[]; aliasText: string }
export interface NameFormRow { id: string; key: string; family: string; name: string; names: string[]; forms: string[]; actorId: string; rule: SettleRule; basis: string }
export interface NameSeenRow { id: string; articleId: string }
export interface MoveRow { key: string; from: string; to: string }
export interface PlaceRow { id: string; name: string; kind: string; countryCode: string | null }
export interface MeetingRow { id: string; groupKey: string; kind: MeetingKind; date: string | null; dateFrom: string | null; dateTo: string | null; placeId: string | null }
export interface AttendanceRow { actorId: string; meetingId: string; role: string | null }
export interface AffiliationRow { actorId: string; organisationId: string; title: string | null; evidenceId: string }
export interface EvidenceRow {
  id: string;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  claim: "meeting" | "mention" | "affiliation";
  /** Mentions and affiliations: the name key of the person as the article names them (to move it if the key changes actor). */
  nameKey: string | null;
  /** Meeting reports: what the article says, independent of how names are settled, so a report can be re-grouped later. */
  participantKeys: string[] | null;
  roles: string[] | null;
  kind: MeetingKind | null;
  date: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  placeId: string | null;
}
export interface LinkRow { id: string; evidenceId: string }

export interface ExtractedArticle {
  readonly article: Article;
  readonly extraction: Extraction;
}

/** A name key already in the graph (a NameForm node), with its forms and the actor it belongs to now. */
export interface KnownNameForm {
  readonly key: string;
  readonly names: readonly string[];
  readonly forms: readonly string[];
  readonly actorId: string | null;
  /** As stored, so a name form the batch settles the same way is not written again. */
  readonly name?: string | null;
  readonly rule?: string | null;
  readonly basis?: string | null;
}

/** A meeting report already in the graph: its evidence, the meeting it is part of now, and what it says. */
export interface KnownReport {
  readonly evidenceId: string;
  readonly meetingId: string;
  readonly groupKey: string | null;
  readonly participants: ReadonlyArray<{ key: string; actorId: string | null; role: string | null }>;
  readonly kind: MeetingKind;
  readonly date: string | null;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly place: PlaceRef | null;
}

/**
 * What the load step reads from the graph for a batch (see src/load/load-batch.ts): every name key of the
 * families (surnames) the batch names, and the reports of every meeting group the batch touches. With it, the
 * plan is the one the whole corpus would give, whatever the batches and runs.
 */
export interface GraphContext {
  readonly nameForms: readonly KnownNameForm[];
  readonly reports: readonly KnownReport[];
}

export const EMPTY_CONTEXT: GraphContext = { nameForms: [], reports: [] };

/** The name keys a batch names (what load/name-keys reads first). */
export function keysOf(batch: readonly ExtractedArticle[]): string[] {
  const out = new Set<string>();
  for (const { extraction } of batch) for (const p of extraction.people) {
    const key = nameKey(p.name);
    if (key) out.add(key);
  }
  return [...out].sort();
}

/**
 * The families the batch must settle: those where it names a key, a full name or a form the graph does not
 * hold yet (`known` must hold at least the batch's own keys). Settling is a function of a family's keys and
 * forms, so a family the batch brings nothing new to stays as stored and is not read whole: around a common
 * surname with hundreds of keys that read grew with the graph, and every batch paid it.
 */
export function familiesToSettle(batch: readonly ExtractedArticle[], known: readonly KnownNameForm[]): string[] {
  const stored = new Map(known.map((k) => [k.key, k]));
  const out = new Set<string>();
  for (const { extraction } of batch) for (const p of extraction.people) {
    const key = nameKey(p.name);
    if (!key) continue;
    const k = stored.get(key);
    if (!k || k.actorId === null || !k.names.includes(p.name) || !k.forms.includes(p.name) || p.aliases.some((a) => !k.forms.includes(a))) out.add(familyOf(key));
  }
  return [...out].sort();
}

/**
 * What else the plan needs from the graph, given what was read so far: the meeting groups the batch's and the
 * known reports fall in (old and new), and the reports of name keys that change actor.
 */
export function readsNeeded(batch: readonly ExtractedArticle[], context: GraphContext): { groups: string[]; leaving: MoveRow[] } {
  const names = settle(batch, context);
  const groups = new Set<string>();
  for (const r of batchReports(batch)) {
    const g = groupOf(r.participants.map((p) => names.actorOf(p.key, null)), r.kind);
    if (g) groups.add(g.groupKey);
  }
  for (const r of context.reports) {
    if (r.groupKey) groups.add(r.groupKey);
    const g = groupOf(r.participants.map((p) => names.actorOf(p.key, p.actorId)), r.kind);
    if (g) groups.add(g.groupKey);
  }
  return { groups: [...groups].sort(), leaving: names.moves };
}

/**
 * Turns the extractions of a batch of articles into a load plan, given what the graph already holds of the
 * names and meetings the batch touches. Names are settled per family over the graph and the batch together
 * (src/identity/settle.ts); reports of one set of people and kind become meetings by src/identity/occasions.ts.
 */
export function planLoad(batch: readonly ExtractedArticle[], context: GraphContext = EMPTY_CONTEXT): LoadPlan {
  const names = settle(batch, context);
  const organisations = resolveOrganisations(batch);
  const places = new Map<string, PlaceRow>();
  const evidence = new Map<string, EvidenceRow>();
  const actorEvidence = new Map<string, LinkRow>();
  const organisationEvidence = new Map<string, LinkRow>();
  const affiliations = new Map<string, AffiliationRow>();
  const nameSeen = new Map<string, NameSeenRow>();

  const addEvidence = (row: Omit<EvidenceRow, "id" | "nameKey" | "participantKeys" | "roles" | "kind" | "date" | "dateFrom" | "dateTo" | "placeId"> & Partial<EvidenceRow>, ...more: string[]): string => {
    const id = evidenceId(row.articleId, row.claim, row.start, row.end, ...more);
    evidence.set(id, {
      nameKey: null, participantKeys: null, roles: null, kind: null, date: null, dateFrom: null, dateTo: null, placeId: null,
      ...row,
      id,
    });
    return id;
  };
  const fromText = (articleId: string, claim: EvidenceRow["claim"], ev: Evidence) => ({ articleId, claim, quote: ev.quote, start: ev.start, end: ev.end });

  const reports: PlannedReport[] = [];
  for (const { article, extraction } of batch) {
    const articleId = article.id;
    for (const person of extraction.people) {
      const key = nameKey(person.name);
      if (!key) continue;
      nameSeen.set(`${key}|${articleId}`, { id: nameFormId(key), articleId });
      const first = person.evidence[0];
      if (first) {
        const evId = addEvidence({ ...fromText(articleId, "mention", first), nameKey: key });
        actorEvidence.set(`${names.actorOf(key, null)}|${evId}`, { id: names.actorOf(key, null)!, evidenceId: evId });
      }
    }
    for (const org of extraction.organisations) {
      const first = org.evidence[0];
      const id = organisations.idOf(org.name);
      if (first && id) {
        const evId = addEvidence(fromText(articleId, "mention", first));
        organisationEvidence.set(`${id}|${evId}`, { id, evidenceId: evId });
      }
    }
    const people = new Set(extraction.people.map((p) => nameKey(p.name)));
    for (const aff of extraction.affiliations) {
      const key = nameKey(aff.person);
      if (!people.has(key)) continue;
      const pid = names.actorOf(key, null)!;
      const oid = organisations.idOf(aff.organisation) ?? organisations.addExtra(aff.organisation, "state");
      const evId = addEvidence({ ...fromText(articleId, "affiliation", aff.evidence), nameKey: key });
      actorEvidence.set(`${pid}|${evId}`, { id: pid, evidenceId: evId });
      const k = `${pid}|${oid}|${aff.title ?? ""}`;
      affiliations.set(k, { actorId: pid, organisationId: oid, title: aff.title, evidenceId: evId });
    }
    for (const r of batchReports([{ article, extraction }])) {
      if (r.participants.filter((p) => people.has(p.key)).length < 2) continue;
      const place = r.place ? { id: placeId(r.place.kind, r.place.countryCode, r.place.name), kind: r.place.kind, countryCode: r.place.countryCode } : null;
      if (r.place && place) places.set(place.id, { id: place.id, name: r.place.name, kind: r.place.kind, countryCode: r.place.countryCode });
      const participants = r.participants.filter((p) => people.has(p.key));
      const keys = participants.map((p) => p.key);
      const id = addEvidence(
        {
          ...fromText(articleId, "meeting", r.evidence),
          participantKeys: keys,
          roles: participants.map((p) => p.role ?? ""),
          kind: r.kind,
          date: r.date,
          dateFrom: r.dateFrom,
          dateTo: r.dateTo,
          placeId: place?.id ?? null,
        },
        // Two meetings one sentence reports are two reports.
        [...keys].sort().join(","),
        r.kind,
        r.date ?? "",
      );
      reports.push({ id, meetingId: null, groupKey: null, participants, kind: r.kind, date: r.date, dateFrom: r.dateFrom, dateTo: r.dateTo, place });
    }
  }
  const batchIds = new Set(reports.map((r) => r.id));
  for (const r of context.reports) {
    if (batchIds.has(r.evidenceId)) continue;
    reports.push({ ...r, id: r.evidenceId, participants: r.participants.map((p) => ({ ...p })) });
  }

  const { meetings, attendance, meetingEvidence, staleMeetings } = planMeetings(reports, names);
  return {
    articles: batch.map(({ article }) => ({
      id: article.id,
      title: article.title,
      url: article.url,
      published: article.published,
      contentHash: article.contentHash,
      // Kept relative to what was read: the graph never holds a server's absolute paths.
      source: article.location ?? basename(article.source),
      text: article.text,
    })),
    actors: names.actorRows(),
    staleActors: names.staleActors,
    nameForms: names.nameFormRows(),
    nameSeen: [...nameSeen.values()],
    moves: names.moves,
    organisations: organisations.rows(),
    places: [...places.values()],
    meetings,
    staleMeetings,
    attendance,
    affiliations: [...affiliations.values()],
    evidence: [...evidence.values()],
    actorEvidence: [...actorEvidence.values()],
    organisationEvidence: [...organisationEvidence.values()],
    meetingEvidence,
  };
}

interface BatchReport {
  participants: Array<{ key: string; role: string | null }>;
  kind: MeetingKind;
  date: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  place: { name: string; kind: "city" | "country"; countryCode: string | null } | null;
  evidence: Evidence;
}

function* batchReports(batch: readonly ExtractedArticle[]): Generator<BatchReport> {
  for (const { extraction } of batch) {
    for (const m of extraction.meetings) {
      const participants = new Map<string, string | null>();
      for (const p of m.participants) {
        const key = nameKey(p.name);
        if (key && !participants.has(key)) participants.set(key, p.role);
      }
      yield { participants: [...participants].map(([key, role]) => ({ key, role })), kind: m.kind, date: m.date, dateFrom: m.dateFrom, dateTo: m.dateTo, place: m.place, evidence: m.evidence };
    }
  }
}

/** Names of the batch settled together with every known key of their families. */
function settle(batch: readonly ExtractedArticle[], context: GraphContext) {
  const forms = new Map<string, { names: Set<string>; forms: Set<string>; inBatch: boolean }>();
  const entry = (key: string) => {
    let e = forms.get(key);
    if (!e) forms.set(key, (e = { names: new Set(), forms: new Set(), inBatch: false }));
    return e;
  };
  // Families the batch brings nothing new to keep their stored settlement (see familiesToSettle).
  const families = new Set(familiesToSettle(batch, context.nameForms));
  const storedActor = new Map(context.nameForms.map((k) => [k.key, k.actorId]));
  for (const k of context.nameForms) {
    if (!families.has(familyOf(k.key))) continue;
    const e = entry(k.key);
    for (const n of k.names) e.names.add(n);
    for (const f of k.forms) e.forms.add(f);
  }
  for (const { extraction } of batch) for (const p of extraction.people) {
    const key = nameKey(p.name);
    if (!key || !families.has(familyOf(key))) continue;
    const e = entry(key);
    e.inBatch = true;
    e.names.add(p.name);
    e.forms.add(p.name);
    for (const a of p.aliases) e.forms.add(a);
  }
  const settled: Map<string, Settled> = settleNames([...forms].map(([key, e]) => ({ key, forms: [...e.forms], names: [...e.names] })));
  // Name forms the graph already holds exactly as this batch settles them: a family with hundreds of keys
  // (a common surname) is read for every batch that names one of them, but only what changed is written.
  const stored = new Map(context.nameForms.filter((k) => families.has(familyOf(k.key))).map((k) => [k.key, k]));
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const unchanged = new Set<string>();
  const moves: MoveRow[] = [];
  for (const [key, s] of settled) {
    const was = storedActor.get(key);
    const now = actorId(s.actorKey);
    if (was && was !== now) moves.push({ key, from: was, to: now });
  }
  moves.sort((a, b) => (a.key < b.key ? -1 : 1));
  const liveActors = new Set([...settled.values()].map((s) => actorId(s.actorKey)));
  const staleActors = [...new Set(context.nameForms.filter((k) => families.has(familyOf(k.key))).map((k) => k.actorId))]
    .filter((id): id is string => id !== null && !liveActors.has(id))
    .sort();

  for (const row of allNameFormRows()) {
    const k = stored.get(row.key);
    if (k && k.actorId === row.actorId && k.name === row.name && k.rule === row.rule && k.basis === row.basis && same([...k.names].sort(), row.names) && same([...k.forms].sort(), row.forms)) unchanged.add(row.key);
  }

  return {
    moves,
    staleActors,
    /** The actor of a name key: settled here when its family is the batch's, else the one the graph gives. */
    actorOf(key: string, known: string | null): string | null {
      const s = settled.get(key);
      return s ? actorId(s.actorKey) : (storedActor.get(key) ?? known);
    },
    nameFormRows(): NameFormRow[] {
      return allNameFormRows().filter((row) => !unchanged.has(row.key));
    },
    actorRows(): ActorRow[] {
      const byActor = new Map<string, string[]>();
      for (const [key, s] of settled) byActor.set(s.actorKey, [...(byActor.get(s.actorKey) ?? []), key]);
      // An actor all of whose name forms stand as stored is left alone: its row is a function of them.
      return [...byActor].filter(([, keys]) => !keys.every((k) => unchanged.has(k))).map(([ak, keys]) => {
        const own = forms.get(ak)!;
        const name = canonicalName(own.names.size > 0 ? own.names : own.forms);
        const all = new Set<string>();
        for (const k of keys) for (const f of forms.get(k)!.forms) all.add(f);
        all.add(name);
        const aliases = [...all].filter((f) => f !== name).sort();
        const nameKeys = [...new Set([...all].map(nameKey).filter(Boolean))].sort();
        return { id: actorId(ak), name, aliases, nameKeys, aliasText: aliases.map((a) => `${a} | `).join("") };
      });
    },
  };

  function allNameFormRows(): NameFormRow[] {
    return [...settled].map(([key, s]) => {
      const e = forms.get(key)!;
      return {
        id: nameFormId(key),
        key,
        family: familyOf(key),
        name: canonicalName(e.names.size > 0 ? e.names : e.forms),
        names: [...e.names].sort(),
        forms: [...e.forms].sort(),
        actorId: actorId(s.actorKey),
        rule: s.rule,
        basis: s.basis,
      };
    });
  }
}
type Names = ReturnType<typeof settle>;

/** Organisations are one per name key (a lone word does not join a longer name: "Council" is not one council). */
function resolveOrganisations(batch: readonly ExtractedArticle[]) {
  const groups = new Map<string, { names: Set<string>; forms: Set<string>; kind: string | null }>();
  const add = (key: string, name: string, forms: Iterable<string>, kind: string | null) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { names: new Set(), forms: new Set(), kind }));
    g.names.add(name);
    for (const f of forms) g.forms.add(f);
  };
  for (const { extraction } of batch) for (const o of extraction.organisations) {
    const key = nameKey(o.name);
    if (key) add(key, o.name, [o.name, ...o.aliases], null);
  }
  return {
    idOf(name: string): string | undefined {
      const key = nameKey(name);
      return groups.has(key) ? organisationId(key) : undefined;
    },
    addExtra(name: string, kind: string): string {
      const key = nameKey(name);
      if (!groups.has(key)) add(key, name, [name], kind);
      return organisationId(key);
    },
    rows(): EntityRow[] {
      return [...groups].map(([key, g]) => {
        const name = canonicalName(g.names);
        const aliases = [...g.forms].filter((f) => f !== name).sort();
        const nameKeys = [...new Set([...g.forms].map(nameKey))].sort();
        return { id: organisationId(key), name, aliases, nameKeys, kind: g.kind };
      });
    },
  };
}

/** The fullest form: most words, then longest, then alphabetical (deterministic). */
export function canonicalName(forms: Iterable<string>): string {
  return [...forms].sort((a, b) => words(b) - words(a) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}
const words = (s: string) => s.split(/\s+/).length;

interface PlannedReport extends OccasionReport {
  readonly meetingId: string | null;
  readonly groupKey: string | null;
  readonly participants: ReadonlyArray<{ key: string; actorId?: string | null; role: string | null }>;
  readonly kind: MeetingKind;
}

/** The meeting group of a report: its distinct people and kind, or null with fewer than two people. */
function groupOf(actorIds: ReadonlyArray<string | null>, kind: MeetingKind): { peopleKey: string; groupKey: string; ids: string[] } | null {
  const ids = [...new Set(actorIds.filter((a): a is string => a !== null))].sort();
  if (ids.length < 2) return null;
  const peopleKey = `${ids.join(",")}|${kind}`;
  return { peopleKey, groupKey: `group:${shortHash(peopleKey)}`, ids };
}

/** Meetings of every group the reports fall in, and the known meetings they replace. */
function planMeetings(reports: readonly PlannedReport[], names: Names) {
  const groups = new Map<string, { peopleKey: string; reports: PlannedReport[] }>();
  for (const r of reports) {
    const g = groupOf(r.participants.map((p) => names.actorOf(p.key, p.actorId ?? null)), r.kind);
    if (!g) continue;
    const known = groups.get(g.groupKey);
    if (known) known.reports.push(r);
    else groups.set(g.groupKey, { peopleKey: g.peopleKey, reports: [r] });
  }
  // How many known reports each known meeting has: an occasion made of exactly those is already in the graph.
  const knownReports = new Map<string, number>();
  for (const r of reports) if (r.meetingId !== null) knownReports.set(r.meetingId, (knownReports.get(r.meetingId) ?? 0) + 1);
  const meetings: MeetingRow[] = [];
  const live = new Set<string>();
  const attendance = new Map<string, AttendanceRow>();
  const meetingEvidence: LinkRow[] = [];
  for (const [groupKey, { peopleKey, reports: rs }] of groups) {
    for (const occasion of clusterOccasions(rs)) {
      const id = `meeting:${shortHash(peopleKey, occasion.date ?? "undated")}`;
      live.add(id);
      // A meeting whose reports are the ones it already has is left as it stands (its date, place, kind
      // and attendance are functions of them): only meetings the batch changes are rewritten, so a pair of
      // heads of state with hundreds of meetings costs a batch what its new reports cost, not the group's size.
      if (knownReports.get(id) === occasion.reports.length && occasion.reports.every((r) => r.meetingId === id)) continue;
      const kind = occasion.reports[0]!.kind;
      meetings.push({ id, groupKey, kind, date: occasion.date, dateFrom: occasion.dateFrom, dateTo: occasion.dateTo, placeId: occasion.place?.id ?? null });
      for (const r of occasion.reports) {
        meetingEvidence.push({ id, evidenceId: r.id });
        for (const p of r.participants) {
          const a = names.actorOf(p.key, p.actorId ?? null);
          if (!a) continue;
          const k = `${a}|${id}`;
          const known = attendance.get(k);
          if (!known || (known.role === null && p.role)) attendance.set(k, { actorId: a, meetingId: id, role: p.role || null });
        }
      }
    }
  }
  const staleMeetings = [...new Set(reports.map((r) => r.meetingId).filter((id): id is string => id !== null && !live.has(id)))].sort();
  return { meetings, attendance: [...attendance.values()], meetingEvidence, staleMeetings };
}
