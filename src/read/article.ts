/** One source document, as the readers hand it to extraction. Pure data. */
export interface Article {
  /** Stable id derived from the content (sha256 of the normalised text, hex, first 16 chars). */
  readonly id: string;
  /** Where it came from, for messages: a file path, or `path:line` for JSONL. */
  readonly source: string;
  /**
   * Where it came from as the graph keeps it: the path relative to the folder (or glob base) that was read, the
   * file name for a file named alone, with `:line` for JSONL. Never a server's absolute path.
   */
  readonly location?: string;
  /** Document name used by the evaluation format (file basename, or the JSONL `id`). */
  readonly doc: string;
  readonly title: string | null;
  readonly url: string | null;
  /** Publication date as `YYYY-MM-DD` when known. */
  readonly published: string | null;
  /** The article body that offsets refer to. */
  readonly text: string;
  /** sha256 hex of `text`. */
  readonly contentHash: string;
}
