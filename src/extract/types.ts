/** Output of extraction: pure data, offsets into `Article.text`. */

/** A piece of the article that states a fact. `start`/`end` are UTF-16 offsets into Article.text; quote === text.slice(start, end). */
export interface Evidence {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

export interface ExtractedEntity {
  /** Canonical name as resolved within the article (the fullest form, e.g. "Ahmed al-Sharaa"). */
  readonly name: string;
  /** Other surface forms seen in the article ("Sharaa", "President al-Sharaa"). */
  readonly aliases: readonly string[];
  /** Where the entity is mentioned (at least one). */
  readonly evidence: readonly Evidence[];
}

export type MeetingKind = "in_person" | "call";
export type AttendanceRole = "host" | "guest" | "delegation" | null;

export interface ExtractedParticipant {
  /** Canonical name of a person in `Extraction.people`. */
  readonly name: string;
  readonly role: AttendanceRole;
}

export interface ExtractedPlace {
  readonly name: string;
  readonly kind: "city" | "country";
  /** ISO 3166-1 alpha-2 code where known. */
  readonly countryCode: string | null;
}

export interface ExtractedMeeting {
  readonly participants: readonly ExtractedParticipant[];
  readonly kind: MeetingKind;
  /** As reported: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or null. */
  readonly date: string | null;
  /** Inclusive range covered by `date` (`YYYY-MM-DD`), for filtering; null when date is null. */
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly place: ExtractedPlace | null;
  readonly evidence: Evidence;
}

export interface ExtractedAffiliation {
  /** Canonical person name. */
  readonly person: string;
  /** Canonical organisation name, or a country name when the text only says "Kenyan Foreign Minister". */
  readonly organisation: string;
  readonly title: string | null;
  readonly evidence: Evidence;
}

export interface Extraction {
  readonly articleId: string;
  readonly doc: string;
  /** The date relative dates were resolved against (published, or inferred from the text), if any. */
  readonly referenceDate: string | null;
  readonly people: readonly ExtractedEntity[];
  readonly organisations: readonly ExtractedEntity[];
  readonly places: readonly ExtractedPlace[];
  readonly meetings: readonly ExtractedMeeting[];
  readonly affiliations: readonly ExtractedAffiliation[];
}
