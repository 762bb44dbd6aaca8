// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that can make a name print as another.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name or path as it can be printed on one line of a report: control characters and bidirectional
 * overrides escaped (`\n`, `\t`, `\x1b`, `\u202e`), so a hostile name cannot forge lines or rewrite the terminal.
 */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
