/**
 * One meeting per occasion: which reports of a meeting between the same people, of the same kind, are one
 * meeting. Pure, and a function of the set of reports, so it does not matter which article came first.
 *
 * Reports with the same date are one meeting. A less precise report (a month, a year, no date) joins the one
 * more precise meeting it can be (its date range contains that meeting's and their places do not conflict);
 * when none or several fit, reports of the same precision and date are a meeting of their own.
 */

export interface PlaceRef {
  readonly id: string;
  readonly kind: string;
  readonly countryCode: string | null;
}

export interface OccasionReport {
  /** The report's evidence id. */
  readonly id: string;
  readonly date: string | null;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly place: PlaceRef | null;
}

export interface Occasion<R extends OccasionReport> {
  /** The date of the most precise report (null when none is dated). */
  readonly date: string | null;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  /** A city when some report names one, else a country, else null. */
  readonly place: PlaceRef | null;
  /** Reports sorted by id. */
  readonly reports: R[];
}

/** Two reports can be one meeting only if their places can be the same place. */
export function placesConflict(a: PlaceRef | null, b: PlaceRef | null): boolean {
  if (!a || !b || a.id === b.id) return false;
  if (a.kind === "city" && b.kind === "city") return true;
  return a.countryCode !== null && b.countryCode !== null && a.countryCode !== b.countryCode;
}

/** 3 for a day, 2 a month, 1 a year, 0 undated. */
function precision(r: OccasionReport): number {
  if (r.date === null || r.dateFrom === null || r.dateTo === null) return 0;
  if (r.dateFrom === r.dateTo) return 3;
  return /^\d{4}-\d{2}$/.test(r.date) ? 2 : 1;
}

interface Cluster<R extends OccasionReport> {
  readonly lead: R;
  readonly reports: R[];
}

/** Groups reports of one set of people and one kind into occasions. */
export function clusterOccasions<R extends OccasionReport>(reports: readonly R[]): Array<Occasion<R>> {
  const sorted = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const clusters: Array<Cluster<R>> = [];
  for (const level of [3, 2, 1, 0]) {
    const here = sorted.filter((r) => precision(r) === level);
    // Every report of this level is judged against the clusters of the levels above, all at once, so no
    // report's choice depends on another's of the same precision.
    const fixed = [...clusters];
    const own = new Map<string, Cluster<R>>();
    for (const r of here) {
      const fits = level === 3 ? [] : fixed.filter((c) => contains(r, c.lead) && c.reports.every((x) => !placesConflict(x.place, r.place)));
      if (fits.length === 1) {
        fits[0]!.reports.push(r);
        continue;
      }
      const date = r.date ?? "";
      const cluster = own.get(date);
      if (cluster) cluster.reports.push(r);
      else {
        const c = { lead: r, reports: [r] };
        own.set(date, c);
        clusters.push(c);
      }
    }
  }
  return clusters.map(({ lead, reports: rs }) => {
    rs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const place = rs.find((r) => r.place?.kind === "city")?.place ?? rs.find((r) => r.place)?.place ?? null;
    return { date: lead.date, dateFrom: lead.dateFrom, dateTo: lead.dateTo, place, reports: rs };
  });
}

/** Whether the date range of the less precise report `r` contains that of `c` (an undated report contains all). */
function contains(r: OccasionReport, c: OccasionReport): boolean {
  if (r.dateFrom === null || r.dateTo === null) return true;
  if (c.dateFrom === null || c.dateTo === null) return false;
  return r.dateFrom <= c.dateFrom && c.dateTo <= r.dateTo;
}
