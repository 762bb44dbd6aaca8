/** Shapes the traversal statements return (see cypher/fragments). Plain data. */
export interface ActorRow {
  id: string;
  name: string;
  aliases: string[];
}
export interface ParticipantRow extends ActorRow {
  role: string | null;
}
export interface PlaceRow {
  id: string;
  name: string;
  kind: string;
  countryCode: string | null;
}
export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  contentHash: string;
  published: string | null;
}
export interface EvidenceRow {
  id: string;
  quote: string;
  start: number;
  end: number;
  claim: string;
  article: ArticleRow;
}
export interface MeetingRow {
  id: string;
  kind: "in_person" | "call";
  date: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  place: PlaceRow | null;
  participants: ParticipantRow[];
  evidence: EvidenceRow[];
}

export interface MeetingFilter {
  /** Keep meetings whose date range reaches on or after this day (`YYYY-MM-DD`). */
  after?: string | null;
  /** Keep meetings whose date range starts on or before this day. */
  before?: string | null;
  kind?: "in_person" | "call" | null;
}
