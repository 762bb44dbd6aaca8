import type { AffiliationRow, EntityRow, LoadPlan } from "../plan/plan.js";

/**
 * The graph a sequence of load plans makes, folded in memory with the same rules as the load's statements
 * (cypher/load/*), as tables for Neo4j's import tool. Pure: `parley ingest --bulk` writes them as CSV.
 *
 * Each fold mirrors its statement: articles, places, meetings and evidence keep what they were created with
 * (ON CREATE); actors and organisations take the fuller name and the union of name forms and keys
 * (load/actors); a meeting's place is the first one given; attendance keeps the first role; an affiliation
 * its first title and every supporting evidence id; MET_WITH sums the meetings each pair of actors shared
 * (load/co-attendance).
 */
export class BulkGraph {
  readonly articles = new Map<string, Props>();
  readonly places = new Map<string, Props>();
  readonly meetings = new Map<string, Props>();
  readonly evidence = new Map<string, Props>();
  readonly actors = new Map<string, Entity>();
  readonly organisations = new Map<string, Entity>();
  /** meeting id → place id */
  readonly heldIn = new Map<string, string>();
  /** meeting id → actor id → role */
  readonly attendance = new Map<string, Map<string, string | null>>();
  readonly inArticle = new Set<string>();
  readonly actorEvidence = new Set<string>();
  readonly organisationEvidence = new Set<string>();
  readonly meetingEvidence = new Set<string>();
  /** actor id + SEP + organisation id → affiliation */
  readonly affiliations = new Map<string, { title: string | null; evidenceIds: string[] }>();

  add(plan: LoadPlan): void {
    for (const r of plan.articles) {
      if (!this.articles.has(r.id)) this.articles.set(r.id, { id: r.id, title: r.title, url: r.url, contentHash: r.contentHash, source: r.source, published: r.published });
    }
    for (const r of plan.actors) upsertEntity(this.actors, r, false);
    for (const r of plan.organisations) upsertEntity(this.organisations, r, true);
    for (const r of plan.places) if (!this.places.has(r.id)) this.places.set(r.id, { id: r.id, name: r.name, kind: r.kind, countryCode: r.countryCode });
    for (const r of plan.meetings) {
      if (!this.meetings.has(r.id)) this.meetings.set(r.id, { id: r.id, kind: r.kind, date: r.date, dateFrom: r.dateFrom, dateTo: r.dateTo });
      if (r.placeId !== null && !this.heldIn.has(r.id) && this.places.has(r.placeId)) this.heldIn.set(r.id, r.placeId);
    }
    for (const r of plan.evidence) {
      if (!this.articles.has(r.articleId)) continue; // the statement MATCHes the article first
      if (!this.evidence.has(r.id)) this.evidence.set(r.id, { id: r.id, quote: r.quote, start: r.start, end: r.end, claim: r.claim });
      this.inArticle.add(pair(r.id, r.articleId));
    }
    for (const r of plan.attendance) {
      if (!this.actors.has(r.actorId) || !this.meetings.has(r.meetingId)) continue;
      const roles = this.attendance.get(r.meetingId) ?? new Map<string, string | null>();
      this.attendance.set(r.meetingId, roles);
      roles.set(r.actorId, roles.get(r.actorId) ?? r.role);
    }
    const link = (into: Set<string>, nodes: Map<string, unknown>, rows: LoadPlan["actorEvidence"]) => {
      for (const r of rows) if (nodes.has(r.id) && this.evidence.has(r.evidenceId)) into.add(pair(r.id, r.evidenceId));
    };
    link(this.actorEvidence, this.actors, plan.actorEvidence);
    link(this.organisationEvidence, this.organisations, plan.organisationEvidence);
    link(this.meetingEvidence, this.meetings, plan.meetingEvidence);
    for (const r of plan.affiliations) this.affiliate(r);
  }

  private affiliate(r: AffiliationRow): void {
    if (!this.actors.has(r.actorId) || !this.organisations.has(r.organisationId)) return;
    const key = pair(r.actorId, r.organisationId);
    const x = this.affiliations.get(key) ?? { title: null, evidenceIds: [] };
    this.affiliations.set(key, { title: x.title ?? r.title, evidenceIds: x.evidenceIds.includes(r.evidenceId) ? x.evidenceIds : [...x.evidenceIds, r.evidenceId] });
  }

  /** MET_WITH between every two actors who attended a meeting together, from the lower id to the higher. */
  coAttendance(): Map<string, CoAttendance> {
    const met = new Map<string, CoAttendance>();
    for (const [meetingId, roles] of this.attendance) {
      const m = this.meetings.get(meetingId)!;
      const ids = [...roles.keys()].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = pair(ids[i]!, ids[j]!);
          const c = met.get(key) ?? { count: 0, first: null, last: null, kinds: [] };
          met.set(key, c);
          c.count++;
          const from = m["dateFrom"] as string | null;
          const to = m["dateTo"] as string | null;
          if (from !== null && (c.first === null || from < c.first)) c.first = from;
          if (to !== null && (c.last === null || to > c.last)) c.last = to;
          const kind = m["kind"] as string;
          if (!c.kinds.includes(kind)) c.kinds = [...c.kinds, kind].sort();
        }
      }
    }
    return met;
  }
}

export type Props = Record<string, string | number | string[] | null>;
export interface Entity {
  id: string;
  name: string;
  aliases: string[];
  aliasText: string;
  nameKeys: string[];
  kind: string | null;
}
export interface CoAttendance {
  count: number;
  first: string | null;
  last: string | null;
  kinds: string[];
}

/** Separates the two ids of a relationship key (ids never contain it). */
export const SEP = "\u0000";
const pair = (a: string, b: string) => `${a}${SEP}${b}`;

/** load/actors and load/organisations, for one row. */
function upsertEntity(into: Map<string, Entity>, r: EntityRow, withKind: boolean): void {
  const n = into.get(r.id);
  if (
    n &&
    r.name === n.name &&
    r.aliases.every((f) => n.aliases.includes(f)) &&
    r.nameKeys.every((k) => n.nameKeys.includes(k)) &&
    !(withKind && n.kind === null && r.kind !== null)
  ) {
    return;
  }
  const name = n ? fuller(r.name, n.name) : r.name;
  const all = [...(n?.aliases ?? []), ...(n ? [n.name] : []), ...r.aliases, r.name];
  const aliases = [...new Set(all)].filter((f) => f !== name).sort(byCodeUnits);
  const nameKeys = [...(n?.nameKeys ?? [])];
  for (const k of r.nameKeys) if (!nameKeys.includes(k)) nameKeys.push(k);
  into.set(r.id, { id: r.id, name, aliases, aliasText: aliases.map((f) => `${f} | `).join(""), nameKeys, kind: withKind ? (n?.kind ?? r.kind) : null });
}

/** The fuller of the new and the stored name: most words, then longest, then the first in order. */
function fuller(next: string, stored: string): string {
  const words = (s: string) => s.split(" ").length;
  if (words(next) !== words(stored)) return words(next) > words(stored) ? next : stored;
  const len = (s: string) => [...s].length;
  return len(next) > len(stored) || (len(next) === len(stored) && next < stored) ? next : stored;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
