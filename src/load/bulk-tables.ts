import type { AffiliationRow, EntityRow, LoadPlan } from "../plan/plan.js";
import { meetingTier } from "./co-attendance-direction.js";
import { tallyMeeting, type CoAttendance } from "./co-attendance-rows.js";
import { pairKey } from "./pair-key.js";

/**
 * The graph a sequence of load plans makes, folded in memory with the same rules as the load's statements
 * (cypher/load/*), as tables for Neo4j's import tool. Pure: `parley ingest --bulk` writes them as CSV.
 *
 * Each fold mirrors its statement: articles and places keep what they were created with (ON CREATE);
 * actors, name forms, meetings (with their place), attendance roles and evidence's report fields are set
 * outright as planned; organisations take the fuller name and the union of name forms and keys; an
 * affiliation keeps its alphabetically first title and every supporting evidence id; a report belongs to one
 * meeting; MET_WITH counts the meetings each pair of actors shared (load/co-attendance).
 */
export class BulkGraph {
  readonly articles = new Map<string, Props>();
  readonly places = new Map<string, Props>();
  readonly meetings = new Map<string, Props>();
  readonly evidence = new Map<string, Props>();
  readonly actors = new Map<string, Entity>();
  readonly organisations = new Map<string, Entity>();
  readonly nameForms = new Map<string, Props>();
  /** name form id → actor id */
  readonly nameOf = new Map<string, string>();
  readonly seenIn = new Links();
  /** meeting id → place id */
  readonly heldIn = new Map<string, string>();
  /** meeting id → actor id → role */
  readonly attendance = new Map<string, Map<string, string | null>>();
  // IN_ARTICLE is the evidence row's articleId (an evidence id is made from its article's id).
  readonly actorEvidence = new Links();
  readonly organisationEvidence = new Links();
  /** evidence id → meeting id (a report belongs to one meeting: load/meeting-evidence) */
  readonly meetingEvidence = new Map<string, string>();
  /** actor id + SEP + organisation id → affiliation */
  readonly affiliations = new Map<string, { title: string | null; evidenceIds: string[] }>();

  /**
   * Folds one plan. A plan that moves name keys or removes actors or meetings settles identity against an
   * earlier graph; the bulk load plans the whole corpus at once, so its plan never does (refused here).
   */
  add(plan: LoadPlan): void {
    if (plan.moves.length + plan.staleActors.length + plan.staleMeetings.length > 0) {
      throw new Error("the bulk load folds plans of a whole corpus planned at once; this plan re-settles an earlier graph (moves or removals)");
    }
    // New rows are kept as the plan made them, not copied: a corpus of a million meetings plans tens of
    // millions of rows, and a copy of each did not fit a 12 GB heap. (The writer reads only its columns.)
    for (const r of plan.articles) {
      const a = this.articles.get(r.id);
      if (!a) this.articles.set(r.id, r as unknown as Props);
      else Object.assign(a, { title: a["title"] ?? r.title, url: a["url"] ?? r.url, text: a["text"] ?? r.text });
    }
    for (const r of plan.actors) this.actors.set(r.id, r as Entity);
    for (const r of plan.organisations) upsertEntity(this.organisations, r, true);
    for (const r of plan.places) if (!this.places.has(r.id)) this.places.set(r.id, r as unknown as Props);
    for (const r of plan.meetings) {
      this.meetings.set(r.id, r as unknown as Props);
      if (r.placeId !== null && this.places.has(r.placeId)) this.heldIn.set(r.id, r.placeId);
      else this.heldIn.delete(r.id);
    }
    for (const r of plan.evidence) {
      if (!this.articles.has(r.articleId)) continue; // the statement MATCHes the article first
      const created = this.evidence.get(r.id);
      if (!created) this.evidence.set(r.id, r as unknown as Props);
      else this.evidence.set(r.id, { ...created, nameKey: r.nameKey, participantKeys: r.participantKeys, roles: r.roles, kind: r.kind, date: r.date, dateFrom: r.dateFrom, dateTo: r.dateTo, placeId: r.placeId });
    }
    for (const r of plan.nameForms) {
      this.nameForms.set(r.id, r as unknown as Props);
      if (this.actors.has(r.actorId)) this.nameOf.set(r.id, r.actorId);
    }
    for (const r of plan.nameSeen) if (this.nameForms.has(r.id) && this.articles.has(r.articleId)) this.seenIn.add(r.id, r.articleId);
    for (const r of plan.attendance) {
      if (!this.actors.has(r.actorId) || !this.meetings.has(r.meetingId)) continue;
      const roles = this.attendance.get(r.meetingId) ?? new Map<string, string | null>();
      this.attendance.set(r.meetingId, roles);
      roles.set(r.actorId, r.role);
    }
    const link = (into: Links, nodes: Map<string, unknown>, rows: LoadPlan["actorEvidence"]) => {
      for (const r of rows) if (nodes.has(r.id) && this.evidence.has(r.evidenceId)) into.add(r.id, r.evidenceId);
    };
    link(this.actorEvidence, this.actors, plan.actorEvidence);
    link(this.organisationEvidence, this.organisations, plan.organisationEvidence);
    for (const r of plan.meetingEvidence) if (this.meetings.has(r.id) && this.evidence.has(r.evidenceId)) this.meetingEvidence.set(r.evidenceId, r.id);
    for (const r of plan.affiliations) this.affiliate(r);
  }

  private affiliate(r: AffiliationRow): void {
    if (!this.actors.has(r.actorId) || !this.organisations.has(r.organisationId)) return;
    const key = pairKey(r.actorId, r.organisationId);
    const x = this.affiliations.get(key) ?? { title: null, evidenceIds: [] };
    // load/affiliations: of several titles the first in alphabetical order.
    const title = x.title === null || (r.title !== null && r.title < x.title) ? r.title : x.title;
    this.affiliations.set(key, { title, evidenceIds: x.evidenceIds.includes(r.evidenceId) ? x.evidenceIds : [...x.evidenceIds, r.evidenceId] });
  }

  /** Each actor's tier (src/load/co-attendance-direction.ts), from the meetings it attended; none without. */
  tiers(): Map<string, number> {
    const meetings = new Map<string, number>();
    for (const roles of this.attendance.values()) for (const actorId of roles.keys()) meetings.set(actorId, (meetings.get(actorId) ?? 0) + 1);
    const tiers = new Map<string, number>();
    for (const [actorId, n] of meetings) tiers.set(actorId, meetingTier(n)!);
    return tiers;
  }

  /** MET_WITH between every two actors who attended a meeting together, keyed from the lower id to the higher. */
  coAttendance(): Map<string, CoAttendance> {
    const met = new Map<string, CoAttendance>();
    for (const [meetingId, roles] of this.attendance) {
      const m = this.meetings.get(meetingId)!;
      const facts = { id: meetingId, kind: m["kind"] as string, dateFrom: m["dateFrom"] as string | null, dateTo: m["dateTo"] as string | null };
      tallyMeeting(met, [...roles.keys()].sort(), facts);
    }
    return met;
  }
}

/**
 * Relationships without properties, as a set per start node: at 1M meetings there are millions, and a key
 * string made per pair was a large share of the bulk load's heap and its garbage collection.
 */
export class Links {
  private readonly byStart = new Map<string, Set<string>>();

  add(from: string, to: string): void {
    let ends = this.byStart.get(from);
    if (!ends) this.byStart.set(from, (ends = new Set()));
    ends.add(to);
  }

  *[Symbol.iterator](): Generator<[string, string]> {
    for (const [from, ends] of this.byStart) for (const to of ends) yield [from, to];
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
