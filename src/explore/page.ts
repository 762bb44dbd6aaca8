/** The explore page's HTML and styles; its script comes from /explore/app.js (see bundle.ts). */
export function explorePage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley · explore</title><link rel="icon" href="data:,">
<style>
*{box-sizing:border-box} body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2730;background:#f6f7f9}
header{display:flex;gap:16px;align-items:center;padding:10px 16px;background:#1d2730;color:#fff}
header h1{font-size:17px;margin:0;font-weight:600} header a{color:#9fc3e0}
.search{position:relative;flex:0 1 420px} #search{width:100%;padding:7px 10px;border-radius:4px;border:0;font-size:14px}
#suggestions{position:absolute;z-index:5;left:0;right:0;margin:2px 0 0;padding:0;list-style:none;background:#fff;color:#1d2730;border-radius:4px;box-shadow:0 4px 14px rgba(0,0,0,.25)}
#suggestions li{padding:6px 10px;cursor:pointer} #suggestions li:hover{background:#e8f1f8} #suggestions li.organisation{color:#7d8c99;cursor:default}
#suggestions small{color:#7d8c99;margin-left:6px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(360px,2fr);gap:12px;padding:12px;height:calc(100vh - 52px)}
section{background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:10px 12px;overflow:auto}
#graph{height:calc(100vh - 250px);min-height:360px;border:1px solid #e3e7eb;border-radius:4px}
#status{color:#4b5a66;margin-bottom:6px} #cap{background:#fdf2e0;color:#8a5300;padding:4px 8px;border-radius:4px;margin:6px 0}
#nodes{columns:3;margin:8px 0 0;padding-left:18px;font-size:12px}
button{font:inherit;border:0;background:none;color:#1f5f8b;cursor:pointer;padding:0;text-align:left} button:hover{text-decoration:underline}
#timeline{height:230px} #timeline-summary{color:#4b5a66;font-size:12px}
h2{font-size:16px;margin:4px 0} h3{font-size:14px;margin:12px 0 4px} h4{margin:8px 0 2px}
.count{color:#7d8c99;font-size:12px}
form{display:flex;gap:6px;flex-wrap:wrap} form input{flex:1;min-width:120px;padding:5px 8px;border:1px solid #c9d1d8;border-radius:4px}
form button{background:#1f5f8b;color:#fff;border-radius:4px;padding:5px 10px}
.chain{margin:3px 0} .hop{font-size:12px;background:#eef4f9;border-radius:3px;padding:0 4px}
.meeting{border-top:1px solid #e3e7eb;padding:6px 0} .meta{font-weight:600;font-size:12px;color:#4b5a66}
blockquote{margin:6px 0;padding:6px 10px;border-left:3px solid #e67e22;background:#fbfbfc} blockquote p{margin:0 0 4px;white-space:pre-wrap}
blockquote p.full{max-height:320px;overflow:auto} mark{background:#ffe08a;padding:0 1px}
blockquote footer{font-size:12px;color:#4b5a66} .nolink{color:#9aa5ae}
</style></head>
<body>
<header><h1>Parley · explore</h1><div class="search"><input id="search" type="search" placeholder="Search an actor by any name form…" autocomplete="off" aria-label="Search actors"><ul id="suggestions" role="listbox"></ul></div><a href="./">GraphQL playground</a></header>
<main>
<section id="graph-panel"><h2 id="actor-name">Who met whom</h2><div id="status"></div><div id="cap" hidden></div><div id="graph"></div><ol id="nodes"></ol></section>
<section id="side">
<h3>Meetings over time</h3><div id="timeline-summary"></div><div id="timeline"></div>
<h3>Contacts</h3><ol id="contacts"></ol>
<h3>Paths between two actors</h3><form id="path-form"><input id="from" placeholder="from" aria-label="from"><input id="to" placeholder="to" aria-label="to"><button type="submit">Find paths</button></form><div id="paths"></div>
<div id="evidence"></div>
</section>
</main>
<script src="explore/app.js"></script>
</body></html>`;
}
