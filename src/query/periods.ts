/** Reported dates and the periods they cover, at their own precision. Pure. */

export type Precision = "day" | "month" | "year";
export type Kind = "in_person" | "call";

const LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };

/** How precise a reported date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) is; null for no date or another shape. */
export function precisionOf(date: string | null | undefined): Precision | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return "day";
  if (/^\d{4}-\d{2}$/.test(date)) return "month";
  if (/^\d{4}$/.test(date)) return "year";
  return null;
}

/** Characters of a date kept at a granularity (the statement cuts dates with it). */
export function periodLength(granularity: Precision): number {
  return LENGTH[granularity];
}

/** First and last day a period (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) covers, as ISO dates. */
export function rangeOf(period: string): { from: string; to: string } {
  const precision = precisionOf(period);
  if (!precision) throw new Error(`not a period: ${JSON.stringify(period)}`);
  if (precision === "day") return { from: period, to: period };
  if (precision === "year") return { from: `${period}-01-01`, to: `${period}-12-31` };
  const [y, m] = period.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, "0")}` };
}

/** One row of the timeline statements: meetings of one kind in one period (null: undated). */
export interface PeriodCount {
  period: string | null;
  kind: Kind;
  count: number;
}

export interface Counts {
  inPerson: number;
  call: number;
  total: number;
}
export interface TimelineBucket extends Counts {
  /** The period as reported, cut to the granularity when finer: `2024-07`, or `2023` for a year-only date. */
  period: string;
  precision: Precision;
  from: string;
  to: string;
}
export interface Timeline {
  granularity: Precision;
  buckets: TimelineBucket[];
  undated: Counts;
  total: number;
}

/**
 * Buckets at the granularity asked for. A date finer than it is cut to it (2024-07-24 counts in 2024-07); a
 * coarser one keeps its own bucket over its whole range (2023 stays 2023, from 2023-01-01 to 2023-12-31),
 * so no meeting is put on a day or month the reporting does not give. Ordered by start, wider first.
 */
export function buildTimeline(rows: readonly PeriodCount[], granularity: Precision): Timeline {
  const buckets = new Map<string, TimelineBucket>();
  const undated: Counts = { inPerson: 0, call: 0, total: 0 };
  const add = (c: Counts, kind: Kind, n: number) => {
    if (kind === "call") c.call += n;
    else c.inPerson += n;
    c.total += n;
  };
  for (const row of rows) {
    const precision = precisionOf(row.period);
    if (!row.period || !precision) {
      add(undated, row.kind, row.count);
      continue;
    }
    const period = LENGTH[precision] > LENGTH[granularity] ? row.period.slice(0, LENGTH[granularity]) : row.period;
    let bucket = buckets.get(period);
    if (!bucket) {
      bucket = { period, precision: precisionOf(period)!, ...rangeOf(period), inPerson: 0, call: 0, total: 0 };
      buckets.set(period, bucket);
    }
    add(bucket, row.kind, row.count);
  }
  const sorted = [...buckets.values()].sort((a, b) => (a.from === b.from ? (a.to < b.to ? 1 : a.to > b.to ? -1 : 0) : a.from < b.from ? -1 : 1));
  const total = sorted.reduce((n, b) => n + b.total, 0) + undated.total;
  return { granularity, buckets: sorted, undated, total };
}
