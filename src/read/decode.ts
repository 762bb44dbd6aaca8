export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

// Fatal: a bad byte is reported with its offset instead of becoming U+FFFD in the graph. A leading BOM is dropped.
const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 text from a whole file (or JSONL line), or why it is not text: a NUL anywhere, or a bad UTF-8 byte. */
export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `looks binary (a NUL byte at offset ${nul}); Parley reads UTF-8 text, HTML and JSONL` };
  try {
    return { ok: true, text: fatalUtf8.decode(bytes) };
  } catch {
    return { ok: false, reason: `not UTF-8 (first bad byte at offset ${firstBadUtf8(bytes)}); convert it, e.g. iconv -f latin1 -t utf-8` };
  }
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
export function firstBadUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlongs, surrogates and code points past U+10FFFF, which the decoder also refuses.
    const b1 = bytes[i + 1]!;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return i;
    i += len;
  }
  return bytes.length;
}
