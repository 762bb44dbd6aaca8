/** Who works for whom: "Kenyan Foreign Minister Musalia Mudavadi", "Pentagon spokesman Pat Ryder", "X, Secretary of the Y". */
import type { Entities } from "../mentions/coreference.js";
import type { Doc, Mention, Qualifier } from "../text/document.js";
import type { ExtractedAffiliation } from "../types.js";

const HONORIFIC_RE = /\s+(?:Sheikh|Shaikh|Ayatollah|Hojatoleslam|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir)$/i;

export function findAffiliations(
  doc: Doc,
  entities: Entities,
  personName: (entity: number) => string | null,
  orgName: (entity: number) => string | null,
): ExtractedAffiliation[] {
  const out: ExtractedAffiliation[] = [];
  const seen = new Set<string>();
  const byPerson = new Map<number, { organisation: string; title: string | null }>();
  const add = (entity: number, q: Qualifier | null, title: string | null, from: number, to: number): void => {
    const person = personName(entity);
    if (!person) return;
    let organisation: string | null = null;
    if (q?.kind === "org") organisation = q.mention >= 0 ? orgName(doc.mentions[q.mention]!.entity) : q.name;
    else if (q) organisation = q.name || null;
    if (!organisation) return;
    const t = title ? title.replace(HONORIFIC_RE, "").trim() : null;
    const key = `${person}|${organisation}|${t ?? ""}`.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const start = doc.tokens[from]!.start;
    const end = doc.tokens[to - 1]!.end;
    out.push({ person, organisation, title: t, evidence: { quote: doc.text.slice(start, end), start, end } });
    if (!byPerson.has(entity)) byPerson.set(entity, { organisation, title: t });
  };
  const persons = doc.mentions.filter((m) => m.kind === "person" && m.entity >= 0).sort((a, b) => a.spanStart - b.spanStart);
  for (const m of persons) {
    if (m.qualifier || m.title) add(entityOf(entities, m), m.qualifier, m.title, m.spanStart, m.spanEnd);
  }
  for (const r of doc.mentions) {
    if (r.kind !== "role" || r.apposedPerson < 0) continue;
    const p = doc.mentions[r.apposedPerson]!;
    if (p.entity < 0) continue;
    const from = Math.min(p.spanStart, r.spanStart);
    const to = Math.max(p.spanEnd, r.tokEnd);
    add(entityOf(entities, p), r.qualifier, r.title, from, to);
  }
  // "his deputy Korir Sing'oei": the deputy of the person "his" stands for, in the same organisation.
  for (const m of persons) {
    if (m.determiner !== "pronoun" || !m.titleKey || !/deputy|vice|assistant/.test(m.titleKey)) continue;
    const pron = doc.mentions[doc.claim[m.spanStart]!];
    if (!pron || pron.kind !== "pronoun" || pron.entity < 0) continue;
    const boss = byPerson.get(entityOf(entities, pron));
    if (!boss || !boss.title) continue;
    const title = `Deputy ${boss.title.replace(/^(deputy|vice)\s+/i, "")}`;
    add(entityOf(entities, m), { kind: "country", name: boss.organisation, countryCode: null, mention: -1 }, title, m.spanStart, m.tokEnd);
  }
  return out;
}

function entityOf(entities: Entities, m: Mention): number {
  let e = m.entity;
  while (e >= 0 && entities.persons[e]!.mergedInto >= 0) e = entities.persons[e]!.mergedInto;
  return e;
}
