import { basename } from "node:path";
import type { Article } from "../read/article.js";
import type { Evidence, ExtractedEntity, ExtractedMeeting, Extraction, MeetingKind } from "../extract/types.js";
import { actorId, evidenceId, nameKey, organisationId, placeId, shortHash } from "./identity.js";

/** Rows ready for UNWIND: everything a batch of articles adds to the graph, with stable ids. Pure data. */
export interface LoadPlan {
  readonly articles: ArticleRow[];
  readonly actors: EntityRow[];
  readonly organisations: EntityRow[];
  readonly places: PlaceRow[];
  readonly meetings: MeetingRow[];
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
export interface PlaceRow { id: string; name: string; kind: string; countryCode: string | null }
export interface MeetingRow { id: string; kind: MeetingKind; date: string | null; dateFrom: string | null; dateTo: string | null; placeId: string | null }
export interface AttendanceRow { actorId: string; meetingId: string; role: string | null }
export interface AffiliationRow { actorId: string; organisationId: string; title: string | null; evidenceId: string }
export interface EvidenceRow { id: string; articleId: string; quote: string; start: number; end: number; claim: "meeting" | "mention" | "affiliation" }
export interface LinkRow { id: string; evidenceId: string }

export interface ExtractedArticle {
  readonly article: Article;
  readonly extraction: Extraction;
}

/**
 * Turns the extractions of a batch of articles into a load plan. Identity across articles: one actor per
 * name key (particles and accents ignored), a lone surname joins the one full name that ends with it, and
 * reports of the same meeting (same people, kind and a compatible date) become one meeting.
 */
export function planLoad(batch: readonly ExtractedArticle[]): LoadPlan {
  const actors = resolveEntities(batch.map((b) => b.extraction.people), actorId);
  const organisations = resolveEntities(batch.map((b) => b.extraction.organisations), organisationId);
  const places = new Map<string, PlaceRow>();
  const evidence = new Map<string, EvidenceRow>();
  const actorEvidence = new Map<string, LinkRow>();
  const organisationEvidence = new Map<string, LinkRow>();
  const affiliations = new Map<string, AffiliationRow>();
  const reports: MeetingReport[] = [];

  const addEvidence = (articleId: string, claim: EvidenceRow["claim"], ev: Evidence): string => {
    const id = evidenceId(articleId, claim, ev.start, ev.end);
    evidence.set(id, { id, articleId, quote: ev.quote, start: ev.start, end: ev.end, claim });
    return id;
  };

  batch.forEach(({ article, extraction }, docIndex) => {
    const articleId = article.id;
    const personId = (name: string) => actors.idOf(docIndex, name);
    for (const person of extraction.people) {
      const first = person.evidence[0];
      if (first) {
        const id = personId(person.name)!;
        const evId = addEvidence(articleId, "mention", first);
        actorEvidence.set(`${id}|${evId}`, { id, evidenceId: evId });
      }
    }
    for (const org of extraction.organisations) {
      const first = org.evidence[0];
      if (first) {
        const id = organisations.idOf(docIndex, org.name)!;
        const evId = addEvidence(articleId, "mention", first);
        organisationEvidence.set(`${id}|${evId}`, { id, evidenceId: evId });
      }
    }
    for (const aff of extraction.affiliations) {
      const pid = personId(aff.person);
      if (!pid) continue;
      const oid = organisations.idOf(docIndex, aff.organisation) ?? organisations.addExtra(aff.organisation, "state");
      const evId = addEvidence(articleId, "affiliation", aff.evidence);
      actorEvidence.set(`${pid}|${evId}`, { id: pid, evidenceId: evId });
      affiliations.set(`${pid}|${oid}|${aff.title ?? ""}`, { actorId: pid, organisationId: oid, title: aff.title, evidenceId: evId });
    }
    for (const meeting of extraction.meetings) {
      const participants = new Map<string, string | null>();
      for (const p of meeting.participants) {
        const id = personId(p.name);
        if (id && !participants.has(id)) participants.set(id, p.role);
      }
      if (participants.size < 2) continue;
      let place: PlaceRow | null = null;
      if (meeting.place) {
        const id = placeId(meeting.place.kind, meeting.place.countryCode, meeting.place.name);
        place = places.get(id) ?? { id, name: meeting.place.name, kind: meeting.place.kind, countryCode: meeting.place.countryCode };
        places.set(id, place);
      }
      reports.push({ meeting, participants, place, evidenceId: addEvidence(articleId, "meeting", meeting.evidence) });
    }
  });

  const { meetings, attendance, meetingEvidence } = clusterMeetings(reports);
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
    actors: actors.rows(),
    organisations: organisations.rows(),
    places: [...places.values()],
    meetings,
    attendance,
    affiliations: [...affiliations.values()],
    evidence: [...evidence.values()],
    actorEvidence: [...actorEvidence.values()],
    organisationEvidence: [...organisationEvidence.values()],
    meetingEvidence,
  };
}

interface Group {
  key: string;
  /** Canonical names the extractor gave; the group's name is chosen among these, never among aliases. */
  names: Set<string>;
  forms: Set<string>;
  kind: string | null;
}

/** Groups entity mentions of many articles by name key; a one-word name joins the unique fuller name ending with it. */
function resolveEntities(perDoc: ReadonlyArray<readonly ExtractedEntity[]>, idFor: (key: string) => string) {
  const groups = new Map<string, Group>();
  const docKeys = perDoc.map(() => new Map<string, string>());
  const addForms = (key: string, names: Iterable<string>, forms: Iterable<string>, kind: string | null = null): void => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, names: new Set(), forms: new Set(), kind }));
    for (const n of names) group.names.add(n);
    for (const f of forms) group.forms.add(f);
  };
  perDoc.forEach((entities, doc) => {
    for (const e of entities) {
      const key = nameKey(e.name);
      if (!key) continue;
      addForms(key, [e.name], [e.name, ...e.aliases]);
      docKeys[doc]!.set(e.name, key);
    }
  });
  // One-word names: merge into the single multi-word group whose last word matches, if there is exactly one.
  const redirect = new Map<string, string>();
  const multi = [...groups.values()].filter((g) => g.key.includes(" "));
  for (const g of groups.values()) {
    if (g.key.includes(" ")) continue;
    const hosts = multi.filter((m) => m.key.endsWith(` ${g.key}`));
    if (hosts.length === 1) {
      redirect.set(g.key, hosts[0]!.key);
      addForms(hosts[0]!.key, [], g.forms);
    }
  }
  for (const k of redirect.keys()) groups.delete(k);
  const resolve = (key: string) => redirect.get(key) ?? key;

  return {
    idOf(doc: number, name: string): string | undefined {
      const key = docKeys[doc]?.get(name) ?? nameKey(name);
      const resolved = resolve(key);
      return groups.has(resolved) ? idFor(resolved) : undefined;
    },
    addExtra(name: string, kind: string): string {
      const key = resolve(nameKey(name));
      if (!groups.has(key)) addForms(key, [name], [name], kind);
      return idFor(key);
    },
    rows(): EntityRow[] {
      return [...groups.values()].map((g) => {
        const name = canonicalName(g.names.size > 0 ? g.names : g.forms);
        const aliases = [...g.forms].filter((f) => f !== name).sort();
        const nameKeys = [...new Set([...g.forms].map(nameKey))].sort();
        return { id: idFor(g.key), name, aliases, nameKeys, kind: g.kind };
      });
    },
  };
}

/** The fullest form: most words, then longest, then alphabetical (deterministic). */
export function canonicalName(forms: Iterable<string>): string {
  return [...forms].sort((a, b) => words(b) - words(a) || b.length - a.length || a.localeCompare(b))[0]!;
}
const words = (s: string) => s.split(/\s+/).length;

interface MeetingReport {
  meeting: ExtractedMeeting;
  participants: Map<string, string | null>;
  place: PlaceRow | null;
  evidenceId: string;
}

/** Two reports can be one meeting only if their places can be the same place. */
function placesConflict(a: PlaceRow | null, b: PlaceRow | null): boolean {
  if (!a || !b || a.id === b.id) return false;
  if (a.kind === "city" && b.kind === "city") return true;
  return a.countryCode !== null && b.countryCode !== null && a.countryCode !== b.countryCode;
}

/**
 * Reports with the same participants and kind are one meeting when their dates agree; an undated report joins
 * the one dated meeting of those people when there is exactly one.
 */
function clusterMeetings(reports: MeetingReport[]) {
  const byPeople = new Map<string, MeetingReport[]>();
  for (const r of reports) {
    const key = `${[...r.participants.keys()].sort().join(",")}|${r.meeting.kind}`;
    byPeople.set(key, [...(byPeople.get(key) ?? []), r]);
  }
  const meetings: MeetingRow[] = [];
  const attendance = new Map<string, AttendanceRow>();
  const meetingEvidence: LinkRow[] = [];
  for (const [peopleKey, group] of byPeople) {
    const byDate = new Map<string | null, MeetingReport[]>();
    for (const r of group) byDate.set(r.meeting.date, [...(byDate.get(r.meeting.date) ?? []), r]);
    const dated = [...byDate.keys()].filter((d): d is string => d !== null);
    const undated = byDate.get(null);
    if (undated && dated.length === 1) {
      const target = byDate.get(dated[0]!)!;
      const joining = undated.filter((u) => target.every((t) => !placesConflict(u.place, t.place)));
      target.push(...joining);
      const staying = undated.filter((u) => !joining.includes(u));
      if (staying.length > 0) byDate.set(null, staying);
      else byDate.delete(null);
    }
    for (const [date, cluster] of byDate) {
      const first = cluster.find((r) => r.meeting.dateFrom !== null) ?? cluster[0]!;
      const id = `meeting:${shortHash(peopleKey, date ?? "undated")}`;
      const place = cluster.find((r) => r.place?.kind === "city")?.place ?? cluster.find((r) => r.place)?.place ?? null;
      meetings.push({ id, kind: first.meeting.kind, date, dateFrom: first.meeting.dateFrom, dateTo: first.meeting.dateTo, placeId: place?.id ?? null });
      for (const r of cluster) {
        meetingEvidence.push({ id, evidenceId: r.evidenceId });
        for (const [actorId, role] of r.participants) {
          const k = `${actorId}|${id}`;
          const known = attendance.get(k);
          if (!known || (known.role === null && role !== null)) attendance.set(k, { actorId, meetingId: id, role });
        }
      }
    }
  }
  return { meetings, attendance: [...attendance.values()], meetingEvidence };
}
