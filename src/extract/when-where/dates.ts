/** Date expressions, resolved against the article's reference date with their precision kept. */
import { MONTHS, WEEKDAYS } from "../text/lexicon.js";

export interface DateValue {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when it cannot be resolved (relative, no reference date). */
  readonly date: string | null;
}

export interface DateExpression extends DateValue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** "since 2011", "until March": a bound, never the date of an event. */
  readonly bound: boolean;
}

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const DAY_NAMES = "sunday|monday|tuesday|wednesday|thursday|friday|saturday";

const FULL_DATE_RE = new RegExp(
  `\\b(?:(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`,
  "i",
);

/** How far into the text a date can still be the story's own: datelines, bylines, captions and the lead. */
const OPENING_CHARS = 1200;

/**
 * Reference date: the published date, else a full date in the title or the first line, else the latest full date in
 * the opening (a dateline, a byline's "Published …", a caption): stories look back, so the latest is the story's day.
 */
export function referenceDate(published: string | null, title: string | null, text: string): string | null {
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) return published;
  const firstLine = text.slice(0, Math.min(text.length, 400)).split("\n", 1)[0] ?? "";
  for (const s of [title ?? "", firstLine]) {
    const m = FULL_DATE_RE.exec(s);
    if (!m) continue;
    const ymd = m[3] ? ymdOf(+m[3], MONTHS.get(m[1]!.toLowerCase())!, +m[2]!)
      : m[6] ? ymdOf(+m[6], MONTHS.get(m[5]!.toLowerCase())!, +m[4]!)
      : ymdOf(+m[7]!, +m[8]!, +m[9]!);
    if (ymd) return fmtDay(ymd);
  }
  let latest: string | null = null;
  for (const d of findDates(text, 0, Math.min(text.length, OPENING_CHARS), null)) {
    if (d.bound || !d.date || d.date.length !== 10) continue;
    if (!latest || d.date > latest) latest = d.date;
  }
  return latest;
}

function ymdOf(y: number, m: number, d: number): Ymd | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return { y, m, d };
}

function parseDay(s: string): Ymd {
  return { y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const fmtDay = (x: Ymd): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

function addDays(x: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekday(x: Ymd): number {
  return new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
}

/** Inclusive day range covered by a date of any precision. */
export function dateRange(date: string | null): { from: string | null; to: string | null } {
  if (!date) return { from: null, to: null };
  if (date.length === 10) return { from: date, to: date };
  if (date.length === 7) {
    const y = +date.slice(0, 4);
    const m = +date.slice(5, 7);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${date}-01`, to: `${date}-${pad(last)}` };
  }
  return { from: `${date}-01-01`, to: `${date}-12-31` };
}

const EXPR_RE = new RegExp(
  [
    // 1 full dates
    `(?<full>(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)\\d{2}\\b)`,
    // 2 month and day without year: "on July 21"
    `(?<md>(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\s*,?\\s*\\d)|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})(?!\\.?,?\\s+\\d{4}))`,
    // 3 month and year: "March 2023", "February, 2019"
    `(?<my>(?:early|mid|late|mid-)?\\s?(?:${MONTH_NAMES}),?\\s+\\d{4})`,
    // 4 weekdays: "on Sunday", "this Wednesday", "Sunday's meeting"
    `(?<wd>(?:(?:this|last|next|past|on|early|late)\\s+)?(?:${DAY_NAMES})(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?)`,
    // 5 bare month after a preposition: "in March", "back in April", "last May"
    `(?<mo>(?:(?:at\\s+|by\\s+|until\\s+|since\\s+)?the\\s+(?:end|beginning|start|middle)\\s+of|back\\s+in|earlier\\s+in|in\\s+early|in\\s+late|in\\s+mid-?|in|since|until|last|this|next|early|late|mid-|during|by)\\s+(?:${MONTH_NAMES})\\b(?!\\.?,?\\s+\\d))`,
    // 6 relative words
    `(?<rel>(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:days?|weeks?|months?|years?)\\s+ago|(?:earlier|later)\\s+in\\s+the\\s+(?:week|month|day)|later\\s+(?:that|the\\s+same)\\s+day|earlier\\s+that\\s+day|that\\s+evening|the\\s+previous\\s+day|a\\s+day\\s+earlier|(?:over|during)\\s+the\\s+weekend|(?:last|this\\s+past|this)\\s+weekend|(?:late|early|earlier)\\s+last\\s+month|last\\s+year|this\\s+year|next\\s+year|earlier\\s+this\\s+year|late\\s+last\\s+year|early\\s+last\\s+year|last\\s+month|this\\s+month|earlier\\s+this\\s+month|next\\s+month|last\\s+week|this\\s+week|earlier\\s+this\\s+week|next\\s+week|yesterday|earlier\\s+today|today|tonight|this\\s+(?:morning|afternoon|evening)|days\\s+later|a\\s+day\\s+later|a\\s+few\\s+days\\s+later|the\\s+next\\s+day|the\\s+following\\s+day|the\\s+day\\s+before|the\\s+same\\s+day|weeks\\s+later|a\\s+week\\s+later)`,
    // 7 years after a preposition: "in 2011", "since 2011"
    `(?<yr>(?:in|since|until|during|by|from|of|back\\s+in|early|late|mid-)\\s+(?:19|20)\\d{2}(?!\\s*[-–]\\s*\\d))`,
  ].join("|"),
  "gi",
);

const BOUND_RE = /^(since|until|by|from)\b/i;

/** All date expressions in text[from, to), resolved against `ref` (YYYY-MM-DD or null). */
export function findDates(text: string, from: number, to: number, ref: string | null): DateExpression[] {
  const out: DateExpression[] = [];
  const slice = text.slice(from, to);
  const r = ref ? parseDay(ref) : null;
  EXPR_RE.lastIndex = 0;
  for (let m = EXPR_RE.exec(slice); m !== null; m = EXPR_RE.exec(slice)) {
    const g = m.groups!;
    const raw = m[0];
    const start = from + m.index;
    const end = start + raw.length;
    const before = slice.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    const bound = BOUND_RE.test(raw) || /\b(since|until)\s+$/.test(before);
    let date: string | null = null;
    if (g.full) date = resolveFull(g.full);
    else if (g.md) date = resolveMonthDay(g.md, r);
    else if (g.my) {
      const mm = /([a-z]+),?\s+(\d{4})/i.exec(g.my)!;
      date = fmtMonth(+mm[2]!, MONTHS.get(mm[1]!.toLowerCase()) ?? 1);
    } else if (g.wd) {
      // "May" and "March" are also common words; weekdays are not.
      date = resolveWeekday(g.wd, r);
    } else if (g.mo) {
      if (/\bmay$/i.test(g.mo) && !/^(in|back|earlier|since|until|last|early|late|mid|the|at)/i.test(g.mo)) continue;
      date = resolveBareMonth(g.mo, r);
    } else if (g.rel) date = resolveRelative(g.rel.toLowerCase().replace(/\s+/g, " "), r);
    else if (g.yr) date = /(\d{4})/.exec(g.yr)![1]!;
    out.push({ start, end, text: raw, date, bound });
  }
  return out;
}

function resolveFull(s: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) {
    const x = ymdOf(+iso[1]!, +iso[2]!, +iso[3]!);
    return x ? fmtDay(x) : null;
  }
  const num = /^(\d{1,2})([/.])(\d{1,2})[/.](\d{4})$/.exec(s);
  if (num) return resolveNumeric(+num[1]!, +num[3]!, +num[4]!, num[2] === ".");
  const a = /^([a-z]+)\.?\s+(\d{1,2})\D*?(\d{4})$/i.exec(s);
  const b = /^(\d{1,2})\D*?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(s);
  const y = a ? +a[3]! : +b![3]!;
  const mo = MONTHS.get((a ? a[1]! : b![2]!).toLowerCase());
  const d = a ? +a[2]! : +b![1]!;
  const x = mo ? ymdOf(y, mo, d) : null;
  return x ? fmtDay(x) : null;
}

/** "25/10/2021", "25.10.2021" (day first), "10/25/2021" (month first); "03/04/2021" could be either: only its year is sure. */
function resolveNumeric(a: number, b: number, y: number, dotted: boolean): string | null {
  const dayFirst = a > 12 || dotted || a === b;
  const monthFirst = !dayFirst && b > 12;
  if (!dayFirst && !monthFirst) return pad(y, 4);
  const x = dayFirst ? ymdOf(y, b, a) : ymdOf(y, a, b);
  return x ? fmtDay(x) : null;
}

function resolveMonthDay(s: string, r: Ymd | null): string | null {
  if (!r) return null;
  const a = /^([a-z]+)\.?\s+(\d{1,2})/i.exec(s);
  const b = /^(\d{1,2})\D*\s+([a-z]+)/i.exec(s);
  const mo = MONTHS.get((a ? a[1]! : b![2]!).toLowerCase());
  const d = a ? +a[2]! : +b![1]!;
  if (!mo) return null;
  // Reports look back: a month-day after the reference date belongs to the previous year.
  const y = mo > r.m || (mo === r.m && d > r.d) ? r.y - 1 : r.y;
  const x = ymdOf(y, mo, d);
  return x ? fmtDay(x) : null;
}

function resolveWeekday(s: string, r: Ymd | null): string | null {
  if (!r) return null;
  const lower = s.toLowerCase();
  const name = /(sunday|monday|tuesday|wednesday|thursday|friday|saturday)/.exec(lower)![1]!;
  const target = WEEKDAYS.get(name)!;
  const back = (weekday(r) - target + 7) % 7;
  if (/^next\b/.test(lower)) return fmtDay(addDays(r, (target - weekday(r) + 7) % 7 || 7));
  if (/^last\b/.test(lower)) {
    // "last Thursday": the Thursday of the week before (weeks from Monday).
    const mon = (d: number): number => (d + 6) % 7;
    return fmtDay(addDays(r, -mon(weekday(r)) - 7 + mon(target)));
  }
  return fmtDay(addDays(r, -back));
}

function resolveBareMonth(s: string, r: Ymd | null): string | null {
  if (!r) return null;
  const lower = s.toLowerCase();
  const name = /([a-z]+)$/.exec(lower)![1]!;
  const mo = MONTHS.get(name);
  if (!mo) return null;
  if (/^next\b/.test(lower)) return fmtMonth(mo > r.m ? r.y : r.y + 1, mo);
  if (/^last\b/.test(lower)) return fmtMonth(mo < r.m ? r.y : r.y - 1, mo);
  return fmtMonth(mo > r.m ? r.y - 1 : r.y, mo);
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1], ["an", 1], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10],
]);

function resolveRelative(s: string, r: Ymd | null): string | null {
  if (!r) return null;
  const ago = /^(\S+) (day|week|month|year)s? ago$/.exec(s);
  if (ago) {
    const n = NUMBER_WORDS.get(ago[1]!) ?? +ago[1]!;
    if (ago[2] === "day") return fmtDay(addDays(r, -n));
    if (ago[2] === "week") {
      const x = addDays(r, -7 * n);
      return fmtMonth(x.y, x.m);
    }
    if (ago[2] === "month") {
      const k = r.y * 12 + (r.m - 1) - n;
      return fmtMonth(Math.floor(k / 12), (k % 12) + 1);
    }
    return pad(r.y - n, 4);
  }
  if (/weekend$/.test(s) && s !== "this weekend") {
    // The last Saturday before the reference date.
    const x = addDays(r, -(((weekday(r) - 6 + 7) % 7) || 7));
    return fmtMonth(x.y, x.m);
  }
  if (s === "earlier in the day" || s === "later in the day" || s === "later that day" || s === "later the same day") return fmtDay(r);
  if (/last month$/.test(s)) s = "last month";
  switch (s) {
    case "last year":
    case "late last year":
    case "early last year":
      return pad(r.y - 1, 4);
    case "this year":
    case "earlier this year":
      return pad(r.y, 4);
    case "next year":
      return pad(r.y + 1, 4);
    case "last month": {
      const x = r.m === 1 ? { y: r.y - 1, m: 12 } : { y: r.y, m: r.m - 1 };
      return fmtMonth(x.y, x.m);
    }
    case "next month": {
      const x = r.m === 12 ? { y: r.y + 1, m: 1 } : { y: r.y, m: r.m + 1 };
      return fmtMonth(x.y, x.m);
    }
    case "last week": {
      const x = addDays(r, -7);
      return fmtMonth(x.y, x.m);
    }
    case "yesterday":
      return fmtDay(addDays(r, -1));
    case "today":
    case "earlier today":
    case "this morning":
    case "this afternoon":
    case "this evening":
    case "tonight":
      return fmtDay(r);
    default:
      // "this month", "days later", "the next day", "this week": the month of the reference date.
      return fmtMonth(r.y, r.m);
  }
}
