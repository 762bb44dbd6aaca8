/**
 * BASELINE, for comparison only: the load a developer would write by hand. Rows are built straight from the
 * extracted records (no cross-article identity resolution, no meeting clustering, no alias merging) and
 * written with plain UNWIND/MERGE statements, one transaction per batch, into the same labels,
 * relationships and properties as Parley's load. Parley never uses this file.
 */
import type { Database } from "../src/database/database.js";
import type { Statement } from "../src/database/cypher.js";
import type { ExtractedArticle } from "../src/plan/plan.js";
import { actorId, evidenceId, organisationId, placeId, shortHash } from "../src/identity/ids.js";
import { nameKey } from "../src/identity/names.js";

const q = (name: string, text: string): Statement => ({ name: `baseline/${name}`, text });

const S = {
  articles: q("articles", `UNWIND $rows AS r
MERGE (a:Article {id: r.id})
ON CREATE SET a.title = r.title, a.url = r.url, a.contentHash = r.contentHash, a.source = r.source, a.text = r.text, a.published = date(r.published)`),
  actors: q("actors", `UNWIND $rows AS r
MERGE (n:Actor {id: r.id})
ON CREATE SET n.name = r.name, n.aliases = r.aliases, n.nameKeys = r.nameKeys, n.aliasText = r.aliasText`),
  organisations: q("organisations", `UNWIND $rows AS r
MERGE (n:Organisation {id: r.id})
ON CREATE SET n.name = r.name, n.aliases = r.aliases, n.nameKeys = r.nameKeys, n.aliasText = r.aliasText, n.kind = r.kind`),
  places: q("places", `UNWIND $rows AS r
MERGE (p:Place {id: r.id})
ON CREATE SET p.name = r.name, p.kind = r.kind, p.countryCode = r.countryCode`),
  meetings: q("meetings", `UNWIND $rows AS r
MERGE (m:Meeting {id: r.id})
ON CREATE SET m.kind = r.kind, m.date = r.date, m.dateFrom = date(r.dateFrom), m.dateTo = date(r.dateTo)
WITH m, r WHERE r.placeId IS NOT NULL
MATCH (p:Place {id: r.placeId})
MERGE (m)-[:HELD_IN]->(p)`),
  evidence: q("evidence", `UNWIND $rows AS r
MATCH (art:Article {id: r.articleId})
MERGE (e:Evidence {id: r.id})
ON CREATE SET e.quote = r.quote, e.start = r.start, e.end = r.end, e.claim = r.claim
MERGE (e)-[:IN_ARTICLE]->(art)`),
  attendance: q("attendance", `UNWIND $rows AS r
MATCH (a:Actor {id: r.actorId})
MATCH (m:Meeting {id: r.meetingId})
MERGE (a)-[x:ATTENDED]->(m)
ON CREATE SET x.role = r.role`),
  actorEvidence: q("actor-evidence", `UNWIND $rows AS r
MATCH (n:Actor {id: r.id})
MATCH (e:Evidence {id: r.evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e)`),
  organisationEvidence: q("organisation-evidence", `UNWIND $rows AS r
MATCH (n:Organisation {id: r.id})
MATCH (e:Evidence {id: r.evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e)`),
  meetingEvidence: q("meeting-evidence", `UNWIND $rows AS r
MATCH (n:Meeting {id: r.id})
MATCH (e:Evidence {id: r.evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e)`),
  affiliations: q("affiliations", `UNWIND $rows AS r
MATCH (a:Actor {id: r.actorId})
MATCH (o:Organisation {id: r.organisationId})
MERGE (a)-[x:AFFILIATED_WITH]->(o)
ON CREATE SET x.title = r.title, x.evidenceIds = [r.evidenceId]`),
};

type Row = Record<string, unknown>;

/** The baseline's rows for a batch: one per fact, deduplicated by key within the batch. */
export function baselineRows(batch: readonly ExtractedArticle[]): Record<keyof typeof S, Row[]> {
  const maps = Object.fromEntries(Object.keys(S).map((k) => [k, new Map<string, Row>()])) as Record<keyof typeof S, Map<string, Row>>;
  const put = (k: keyof typeof S, key: string, row: Row) => {
    if (!maps[k].has(key)) maps[k].set(key, row);
  };
  const entity = (name: string, aliases: readonly string[], id: string) => {
    const forms = [name, ...aliases];
    return { id, name, aliases: [...aliases], nameKeys: [...new Set(forms.map(nameKey))], aliasText: aliases.map((a) => `${a} | `).join("") };
  };
  for (const { article, extraction } of batch) {
    put("articles", article.id, { id: article.id, title: article.title, url: article.url, published: article.published, contentHash: article.contentHash, source: article.source, text: article.text });
    const ev = (claim: string, e: { quote: string; start: number; end: number }) => {
      const id = evidenceId(article.id, claim, e.start, e.end);
      put("evidence", id, { id, articleId: article.id, quote: e.quote, start: e.start, end: e.end, claim });
      return id;
    };
    for (const p of extraction.people) {
      const id = actorId(nameKey(p.name));
      put("actors", id, entity(p.name, p.aliases, id));
      const e = ev("mention", p.evidence[0]!);
      put("actorEvidence", `${id}|${e}`, { id, evidenceId: e });
    }
    for (const o of extraction.organisations) {
      const id = organisationId(nameKey(o.name));
      put("organisations", id, { ...entity(o.name, o.aliases, id), kind: null });
      const e = ev("mention", o.evidence[0]!);
      put("organisationEvidence", `${id}|${e}`, { id, evidenceId: e });
    }
    for (const a of extraction.affiliations) {
      const pid = actorId(nameKey(a.person));
      const oid = organisationId(nameKey(a.organisation));
      put("organisations", oid, { ...entity(a.organisation, [], oid), kind: "state" });
      const e = ev("affiliation", a.evidence);
      put("actorEvidence", `${pid}|${e}`, { id: pid, evidenceId: e });
      put("affiliations", `${pid}|${oid}`, { actorId: pid, organisationId: oid, title: a.title, evidenceId: e });
    }
    for (const m of extraction.meetings) {
      const ids = m.participants.map((p) => actorId(nameKey(p.name)));
      const id = `meeting:${shortHash(`${[...ids].sort().join(",")}|${m.kind}`, m.date ?? "undated")}`;
      const pid = m.place ? placeId(m.place.kind, m.place.countryCode, m.place.name) : null;
      if (m.place && pid) put("places", pid, { id: pid, name: m.place.name, kind: m.place.kind, countryCode: m.place.countryCode });
      put("meetings", id, { id, kind: m.kind, date: m.date, dateFrom: m.dateFrom, dateTo: m.dateTo, placeId: pid });
      m.participants.forEach((p, i) => put("attendance", `${ids[i]}|${id}`, { actorId: ids[i], meetingId: id, role: p.role }));
      const e = ev("meeting", m.evidence);
      put("meetingEvidence", `${id}|${e}`, { id, evidenceId: e });
    }
  }
  return Object.fromEntries(Object.entries(maps).map(([k, m]) => [k, [...m.values()]])) as Record<keyof typeof S, Row[]>;
}

const ORDER: Array<keyof typeof S> = ["articles", "actors", "organisations", "places", "meetings", "evidence", "attendance", "actorEvidence", "organisationEvidence", "meetingEvidence", "affiliations"];

/** Loads one batch with the baseline statements, in one transaction. */
export async function baselineLoad(db: Database, batch: readonly ExtractedArticle[]): Promise<void> {
  const rows = baselineRows(batch);
  await db.writeTransaction("baseline load", async (tx) => {
    for (const k of ORDER) if (rows[k].length > 0) await tx.run(S[k], { rows: rows[k] });
  });
}
