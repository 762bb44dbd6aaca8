import { Tokenizer } from "htmlparser2";

/** An HTML page cut down to a nesting depth that the DOM and Readability handle in bounded time. */
export interface BoundedHtml {
  readonly html: string;
  /** Deepest element nesting in the original page. */
  readonly depth: number;
  /** Tags left out because they sat deeper than the limit (their text is kept). */
  readonly droppedTags: number;
}

// The tree rules of htmlparser2's Parser (which linkedom uses), so the depth found here is the depth linkedom
// builds. Copied because the Parser keeps its stack with unshift/indexOf, which is quadratic in the depth:
// 100,000 nested divs take it 30 s, this pass a few milliseconds.
const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])], ["th", new Set(["th"])], ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])], ["li", new Set(["li"])],
  ["select", FORM], ["input", FORM], ["output", FORM], ["button", FORM], ["datalist", FORM], ["textarea", FORM],
  ["option", new Set(["option"])], ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])], ["dt", new Set(["dd", "dt"])], ["rt", new Set(["rt", "rp"])], ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])], ["tfoot", new Set(["thead", "tbody"])],
  ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map((t) => [t, P] as const),
]);
const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const FOREIGN = new Set(["math", "svg"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);
// Elements whose content the tokenizer reads as raw text: left out whole when too deep, so code is not read as prose.
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);

/**
 * Leaves out the tags of elements nested deeper than `maxDepth` (keeping their text), in one linear pass, and
 * gives a page without `<html>` or `<body>` the skeleton linkedom needs (it loses the text of a bare fragment).
 * Everything else is kept byte for byte.
 */
export function boundHtmlDepth(html: string, maxDepth: number): BoundedHtml {
  const names: string[] = []; // open elements, innermost last
  const tooDeep: boolean[] = [];
  const openedAt: number[] = [];
  const positions = new Map<string, number[]>(); // name → its indices in `names`, so a close tag finds its element at once
  const foreign: boolean[] = [false];
  const cuts: Array<[number, number]> = [];
  const htmlTags: Array<[number, number]> = [];
  let depth = 0;
  let droppedTags = 0;
  let sawHtml = false;
  let sawBody = false;
  let tag = "";
  let tagStart = 0;
  let tagTooDeep = false;
  let headEnd = -1;

  const push = (name: string, deep: boolean, at: number) => {
    const list = positions.get(name);
    if (list) list.push(names.length);
    else positions.set(name, [names.length]);
    names.push(name);
    tooDeep.push(deep);
    openedAt.push(at);
  };
  const pop = () => {
    positions.get(names.pop()!)!.pop();
    tooDeep.pop();
    openedAt.pop();
  };
  const endOpenTag = (end: number) => {
    if (tagTooDeep) {
      cuts.push([tagStart, end + 1]);
      droppedTags++;
    }
    if (tag === "html") htmlTags.push([tagStart, end + 1]);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const implied = OPEN_IMPLIES_CLOSE.get(name);
        if (implied) while (names.length > 0 && implied.has(names[names.length - 1]!)) pop();
        tag = name;
        tagStart = start - 1;
        tagTooDeep = names.length + 1 > maxDepth;
        if (name === "html") sawHtml = true;
        else if (name === "body") sawBody = true;
        if (!VOID.has(name)) {
          push(name, tagTooDeep, tagStart);
          if (FOREIGN.has(name)) foreign.push(true);
          else if (INTEGRATION.has(name)) foreign.push(false);
          if (names.length > depth) depth = names.length;
        }
      },
      onopentagend(end) {
        endOpenTag(end);
      },
      onselfclosingtag(end) {
        endOpenTag(end);
        // Outside SVG and MathML, "/>" means nothing in HTML and the element stays open.
        if (foreign[foreign.length - 1] && names[names.length - 1] === tag) pop();
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
        const gt = html.indexOf(">", end);
        const closeEnd = gt < 0 ? html.length : gt + 1;
        if (name === "html") htmlTags.push([start - 2, closeEnd]);
        else if (name === "head" && headEnd < 0) headEnd = closeEnd;
        if (VOID.has(name)) return;
        const at = positions.get(name)?.at(-1);
        if (at === undefined) return; // a stray close tag: ignored (a stray </p> makes an empty p)
        if (tooDeep[at]) {
          cuts.push(RAW_TEXT.has(name) ? [openedAt[at]!, closeEnd] : [start - 2, closeEnd]);
          droppedTags++;
        }
        while (names.length > at) pop();
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();

  if (sawBody) {
    const out = cuts.length === 0 ? html : cut(html, cuts);
    return { html: sawHtml ? out : `<html>${out}</html>`, depth, droppedTags };
  }
  // No <body>: the page's own <html> tags go, and the body starts after its </head> if it has one.
  cuts.push(...htmlTags);
  if (headEnd < 0) return { html: `<html><head></head><body>${cut(html, cuts)}</body></html>`, depth, droppedTags };
  const head = cut(html.slice(0, headEnd), cuts.filter(([s]) => s < headEnd));
  const rest = cut(html, [[0, headEnd], ...cuts]);
  return { html: `<html>${head}<body>${rest}</body></html>`, depth, droppedTags };
}

/** The string without the given ranges (which may overlap). */
function cut(s: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return s;
  // Ranges come in document order except a raw-text element's (which covers its own open tag's range).
  if (ranges.some((r, i) => i > 0 && r[0] < ranges[i - 1]![0])) ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (start > from) parts.push(s.slice(from, start));
    if (end > from) from = end;
  }
  parts.push(s.slice(from));
  return parts.join("");
}
