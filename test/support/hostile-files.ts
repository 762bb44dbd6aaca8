import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes `count` hostile input files into `dir`, chosen and shaped by `rand` (so a seed fixes them): truncated
 * and garbage HTML, deep nesting, binary, invalid UTF-8, huge lines, empty and whitespace-only files, BOMs, odd
 * JSONL, special files (FIFOs, links to devices), link loops and names with control characters. Returns the
 * names written (relative to `dir`), by kind.
 */
export function writeHostileFiles(dir: string, rand: () => number, count: number): Map<string, string> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const kinds = new Map<string, string>();
  const put = (name: string, kind: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    kinds.set(name, kind);
  };
  const generators: Array<(i: number) => void> = [
    (i) => {
      const page = htmlPage(words(int(50, 400)));
      put(`truncated-${i}.html`, "truncated html", page.slice(0, int(0, page.length)));
    },
    (i) => put(`garbage-${i}.html`, "garbage html", Array.from({ length: int(10, 3000) }, () => pick(HTML_BITS) + (rand() < 0.3 ? words(int(1, 8)) : "")).join("")),
    (i) => {
      const tag = pick(["div", "span", "p", "li", "b", "table", "svg", "td", "section", "a"]);
      const depth = int(200, 5_000);
      const closed = rand() < 0.5;
      put(`deep-${i}.html`, "deep html", `<html><body>${`<${tag}>`.repeat(depth)}${words(int(5, 60))}. Ana Kovac met Luis Pardo in Madrid.${closed ? `</${tag}>`.repeat(depth) : ""}`);
    },
    (i) => {
      const b = Buffer.from(words(int(10, 3000)));
      b[int(0, b.length - 1)] = 0;
      put(`binary-${i}.${pick(["txt", "md", "html", "jsonl"])}`, "binary", b);
    },
    (i) => {
      const bytes = Array.from({ length: int(64, 8192) }, () => int(0, 255));
      put(`random-${i}.${pick(["txt", "html", "jsonl"])}`, "random bytes", Buffer.from(bytes));
    },
    (i) => {
      const text = Buffer.from(`Title\n${words(int(20, 2000))}`);
      const bad = pick([[0xff], [0xc0, 0x80], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]);
      const at = int(0, text.length);
      put(`badutf8-${i}.${pick(["txt", "html", "md"])}`, "invalid utf-8", Buffer.concat([text.subarray(0, at), Buffer.from(bad), text.subarray(at)]));
    },
    (i) => {
      const line = pick([
        () => words(int(200, 1_200)),
        () => `a${" ".repeat(int(100_000, 1_000_000))}b`,
        () => "x".repeat(int(100_000, 1_000_000)),
        () => `${"A".repeat(3)} `.repeat(int(500, 3_000)),
        () => "Minister ".repeat(int(300, 1_500)),
      ])();
      put(`hugeline-${i}.${pick(["txt", "md", "html"])}`, "huge line", `Title\n${line}`);
    },
    (i) => put(`empty-${i}.${pick(["txt", "md", "html", "jsonl"])}`, "empty", ""),
    (i) => put(`blank-${i}.${pick(["txt", "md", "html", "jsonl"])}`, "whitespace", Array.from({ length: int(1, 400) }, () => pick([" ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\v", "\f"])).join("")),
    (i) => {
      const [bom, label] = pick([[Buffer.from([0xef, 0xbb, 0xbf]), "utf-8 bom"], [Buffer.from([0xff, 0xfe]), "utf-16le bom"], [Buffer.from([0xfe, 0xff]), "utf-16be bom"]] as const);
      const body = label === "utf-8 bom" ? Buffer.from(rand() < 0.2 ? "" : `Title\n${words(int(5, 200))}.`) : Buffer.from(`Title\n${words(int(5, 200))}.`, "utf16le");
      put(`bom-${i}.${pick(["txt", "html", "jsonl"])}`, label, Buffer.concat([bom, body]));
    },
    (i) => {
      const lines = Array.from({ length: int(1, 30) }, () =>
        pick([
          () => JSON.stringify({ id: `j${i}-${int(0, 1e6)}`, text: `${words(int(5, 80))}.` }),
          () => `{"text": "${words(5)}`,
          () => "[1,2,3]",
          () => "42",
          () => "null",
          () => JSON.stringify({ id: "x", title: 7, text: "a" }),
          () => JSON.stringify({ text: { nested: true } }),
          () => JSON.stringify({ text: "   " }),
          () => `${"[".repeat(int(1000, 100_000))}${"]".repeat(int(0, 10))}`,
          () => JSON.stringify({ text: words(int(300, 1_200)) }),
          () => "",
          () => "   \t",
          () => `\uFEFF${JSON.stringify({ text: "BOM inside a line." })}`,
          () => JSON.stringify({ text: "Ana Kovac met Luis Pardo.", published: pick(["2024-13-45", "yesterday", "", "2024-02-30"]) }),
        ])(),
      );
      put(`odd-${i}.jsonl`, "odd jsonl", lines.join(pick(["\n", "\r\n"])) + (rand() < 0.5 ? "\n" : ""));
    },
    (i) => {
      const kind = pick(["fifo", "zero", "null", "urandom", "loop", "self", "broken", "dirloop"]);
      const name = `special-${i}.${pick(["txt", "html", "jsonl"])}`;
      if (kind === "fifo") {
        if (spawnSync("mkfifo", [join(dir, name)]).status !== 0) throw new Error("mkfifo failed");
      } else if (kind === "zero" || kind === "null" || kind === "urandom") symlinkSync(`/dev/${kind}`, join(dir, name));
      else if (kind === "self") symlinkSync(name, join(dir, name));
      else if (kind === "broken") symlinkSync(join(dir, `missing-${i}`), join(dir, name));
      else if (kind === "loop") {
        symlinkSync(join(dir, `${name}.b`), join(dir, name));
        symlinkSync(join(dir, name), join(dir, `${name}.b`));
        kinds.set(`${name}.b`, "special loop");
      } else {
        mkdirSync(join(dir, `loopdir-${i}`));
        symlinkSync(dir, join(dir, `loopdir-${i}`, "up"));
        kinds.set(`loopdir-${i}/up`, "folder link loop");
        return;
      }
      kinds.set(name, `special ${kind}`);
    },
    (i) => {
      const name = `${pick(["new\nline", "esc\u001b[31mred", "tab\there", "bidi\u202etxt.exe", "bell\u0007", "del\u007f", "c1\u0085"])}-${i}.txt`;
      put(name, "control characters in the name", rand() < 0.5 ? `Title\n${words(int(5, 50))}.` : "");
    },
    (i) => put(`headeronly-${i}.${pick(["txt", "md"])}`, "header only", pick(["Just A Title\n", "date 2024-01-02\n", "# Heading\ndate 2024-01-02\n"])),
    (i) => put(`names-${i}.txt`, "name soup", `Title\n${Array.from({ length: int(50, 300) }, () => `${pick(CAPS)} ${pick(CAPS)}`).join(pick([" met ", ", ", " and ", " with "]))}.`),
  ];
  for (let i = 0; i < count; i++) generators[i % generators.length]!(i);
  return kinds;
}

function htmlPage(body: string): string {
  return `<!doctype html><html><head><title>Talks</title><meta property="article:published_time" content="2024-03-05"></head><body><nav>Home World</nav><article><h1>Talks</h1><p>${body}.</p><p>${body}.</p></article><script>var x = "</p>";</script></body></html>`;
}

const WORDS = ["the", "minister", "met", "talks", "in", "on", "Monday", "said", "president", "with", "and", "Ana", "Kovac", "Madrid", "agreed", "visit", "a", "of", "to", "call", "phone", "envoy", "–", "«", "»", "é", "ß", "中", "🙂", "\u0301", "\u200b"];
const CAPS = ["Ana", "Luis", "Kovac", "Pardo", "Minister", "President", "General", "Ministry", "Foreign", "Council", "Bank", "Al", "Van", "De"];
const HTML_BITS = ["<div>", "</div>", "<p", ">", "<", "</", "<!--", "-->", "<script>", "</script>", "<style>", "<![CDATA[", "]]>", "&amp", "&#x", "&#99999999;", "<svg><path/>", "<table><tr><td>", '"', "'", "<a href='", "<title>", "<html>", "<body>", "</html>", "<br/>", "<?xml ?>", "<!DOCTYPE"];
