import { stringify } from "csv-stringify/sync";
import { precisionOf } from "../query/periods.js";
import type { ExportData } from "../query/exports.js";

/** A table as CSV writes it: a header and rows of plain values. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

export const TABLES = ["actors", "meetings", "evidence", "edges"] as const;
export type TableName = (typeof TABLES)[number];

/** One of the export's tables: flat rows a spreadsheet or `pandas.read_csv` takes in one line. */
export function table(name: TableName, data: ExportData): Table {
  switch (name) {
    case "actors":
      return actorsTable(data);
    case "meetings":
      return meetingsTable(data);
    case "evidence":
      return evidenceTable(data);
    case "edges":
      return edgesTable(data);
  }
}

/** RFC 4180 CSV with a header row (csv-stringify): quotes, commas and line breaks inside values survive. */
export function toCsv(t: Table): string {
  return stringify([t.columns as string[], ...(t.rows as Array<Array<string | number | null>>)], { cast: { number: (n) => String(n) } });
}

const inside = (data: ExportData) => (id: string) => data.depths.size === 0 || data.depths.has(id);

function actorsTable(data: ExportData): Table {
  const keep = inside(data);
  const actors = new Map<string, { name: string; aliases: string[]; meetings: number }>();
  for (const m of data.meetings) {
    for (const p of m.participants) {
      if (!keep(p.id)) continue;
      const a = actors.get(p.id) ?? { name: p.name, aliases: p.aliases, meetings: 0 };
      a.meetings++;
      actors.set(p.id, a);
    }
  }
  const rows = [...actors.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, a]) => [id, a.name, a.aliases.join("; "), a.meetings, data.depths.size ? (data.depths.get(id) ?? null) : null]);
  return { columns: ["id", "name", "aliases", "meetings", "depth"], rows };
}

function meetingsTable(data: ExportData): Table {
  const rows = data.meetings.map((m) => [
    m.id,
    m.kind,
    m.date,
    precisionOf(m.date),
    m.dateFrom,
    m.dateTo,
    m.place?.name ?? null,
    m.place?.countryCode ?? null,
    m.participants.map((p) => p.name).join("; "),
    m.participants.map((p) => p.id).join("; "),
    m.participants.length,
    m.evidence.length,
  ]);
  return {
    columns: ["id", "kind", "date", "date_precision", "date_from", "date_to", "place", "country_code", "participants", "participant_ids", "participant_count", "evidence_count"],
    rows,
  };
}

function evidenceTable(data: ExportData): Table {
  const rows = data.meetings.flatMap((m) =>
    m.evidence.map((e) => [m.id, e.id, e.quote, e.start, e.end, e.article.id, e.article.title, e.article.url, e.article.published, e.article.source]),
  );
  return { columns: ["meeting_id", "evidence_id", "quote", "start", "end", "article_id", "article_title", "article_url", "article_published", "article_source"], rows };
}

function edgesTable(data: ExportData): Table {
  const keep = inside(data);
  const pairs = new Map<string, { weight: number; inPerson: number; call: number }>();
  for (const m of data.meetings) {
    const ids = m.participants.map((p) => p.id).filter(keep).sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\t${ids[j]}`;
        const p = pairs.get(key) ?? { weight: 0, inPerson: 0, call: 0 };
        p.weight++;
        if (m.kind === "call") p.call++;
        else p.inPerson++;
        pairs.set(key, p);
      }
    }
  }
  const rows = [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, p]) => [...key.split("\t"), p.weight, p.inPerson, p.call]);
  return { columns: ["source", "target", "weight", "in_person", "call"], rows };
}
