import * as chrono from "chrono-node";

/** A date written in a header ("2024-07-23", "July 24, 2024", "23 July 2024") as YYYY-MM-DD, or null. */
export function parseHeaderDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (iso) return validDay(+iso[1]!, +iso[2]!, +iso[3]!);
  const parsed = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!parsed || !parsed.start.isCertain("year") || !parsed.start.isCertain("month") || !parsed.start.isCertain("day")) return null;
  return validDay(parsed.start.get("year")!, parsed.start.get("month")!, parsed.start.get("day")!);
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
