/** The extraction in the evaluation format of shared/eval (score.mjs). */
import type { Extraction } from "./types.js";

export interface EvalDocument {
  readonly doc: string;
  readonly people: { name: string; aliases: string[] }[];
  readonly organisations: { name: string; aliases: string[] }[];
  readonly meetings: { participants: string[]; kind: string; date: string | null; place: string | null; quote: string }[];
}

export function toEvalDocument(x: Extraction): EvalDocument {
  return {
    doc: x.doc,
    people: x.people.map((p) => ({ name: p.name, aliases: [...p.aliases] })),
    organisations: x.organisations.map((o) => ({ name: o.name, aliases: [...o.aliases] })),
    meetings: x.meetings.map((m) => ({
      participants: m.participants.map((p) => p.name),
      kind: m.kind,
      date: m.date,
      place: m.place?.name ?? null,
      quote: m.evidence.quote,
    })),
  };
}
