/** Separates the two ids of a relationship key in memory (ids never contain it). */
export const SEP = "\u0000";

/** The in-memory key of a relationship from `from` to `to` (a co-attendance pair: lower id first). */
export const pairKey = (from: string, to: string): string => `${from}${SEP}${to}`;
