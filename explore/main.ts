import { contacts, meetings, network, pairMeetings, paths, searchNames, timeline, type NameMatch } from "./api.js";
import { renderEvidence } from "./evidence-view.js";
import { NetworkView } from "./network-view.js";
import { TimelineView } from "./timeline-view.js";

/** Most actors drawn for one network: a hub has thousands of contacts, and the page says when it cuts. */
const NODE_CAP = Math.min(1000, Math.max(2, Number(new URLSearchParams(location.search).get("cap")) || 150));

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const status = (text: string) => ($("status").textContent = text);

const view = new NetworkView($("graph"));
const chart = new TimelineView($("timeline"));

async function open(actorId: string, name: string, expand: boolean): Promise<void> {
  status(`Loading ${name}…`);
  try {
    const [net, time, people] = await Promise.all([network(actorId, NODE_CAP), timeline(actorId), contacts(actorId)]);
    // Marks for bench/explore-hub.ts, which reports where the drawing's time goes.
    performance.mark("explore:answers");
    view.show(net, actorId, expand);
    performance.mark("explore:network-drawn");
    $("cap").textContent = net.truncated ? `${name} has more contacts than the ${NODE_CAP} drawn: showing the ${NODE_CAP} nearest, by name (capped); its contacts list below ranks them by meetings.` : "";
    $("cap").hidden = !net.truncated;
    const centre = net.nodes.find((n) => n.depth === 0);
    $("actor-name").textContent = centre?.name ?? name;
    $("timeline-summary").textContent = chart.show(time);
    performance.mark("explore:timeline-drawn");
    $("contacts").innerHTML = people
      .map((c, i) => `<li><button data-i="${i}">${esc(c.actor.name)}</button> <span class="count">${c.count} meeting${c.count === 1 ? "" : "s"}</span></li>`)
      .join("");
    $("contacts").querySelectorAll<HTMLButtonElement>("button").forEach((b) => {
      const c = people[Number(b.dataset["i"])]!;
      b.addEventListener("click", () => void showPair(centre?.id ?? actorId, c.actor.id, `${centre?.name ?? name} – ${c.actor.name}`));
    });
    renderNodeList();
    performance.mark("explore:lists-drawn");
    ($("from") as HTMLInputElement).value ||= name;
    status(`${view.graph.order} actors, ${view.graph.size} links. Click an actor to expand it, a link or a contact for its evidence.`);
  } catch (error) {
    status(`Could not load ${name}: ${(error as Error).message}`);
  }
}

function renderNodeList(): void {
  const nodes = view.nodes();
  $("nodes").innerHTML = nodes.map((n) => `<li><button data-id="${esc(n.id)}">${esc(n.name)}</button></li>`).join("");
  $("nodes").querySelectorAll<HTMLButtonElement>("button").forEach((b) => b.addEventListener("click", () => void open(b.dataset["id"]!, b.textContent ?? "", true)));
}

async function showMeetings(ids: string[], heading: string): Promise<void> {
  $("evidence").innerHTML = "<p>Loading evidence…</p>";
  try {
    renderEvidence($("evidence"), heading, await meetings(ids));
    $("evidence").scrollIntoView({ block: "start" });
  } catch (error) {
    $("evidence").textContent = `Could not load the evidence: ${(error as Error).message}`;
  }
}

/** The meetings two actors shared (a link of the picture or a contact), newest first, with their evidence. */
async function showPair(a: string, b: string, heading: string): Promise<void> {
  $("evidence").innerHTML = "<p>Loading evidence…</p>";
  try {
    const { total, meetings: found } = await pairMeetings(a, b);
    renderEvidence($("evidence"), found.length < total ? `${heading} (the newest ${found.length} of ${total} meetings)` : heading, found);
    $("evidence").scrollIntoView({ block: "start" });
  } catch (error) {
    $("evidence").textContent = `Could not load the evidence: ${(error as Error).message}`;
  }
}

view.onNode = (id, name) => void open(id, name, true);
view.onEdge = (a, b, label) => void showPair(a, b, label);
// The e2e test and bench/explore-hub.ts click a link of the picture where edgePoints says it is drawn.
(globalThis as Record<string, unknown>)["parleyExplore"] = { edgePoints: () => view.edgePoints() };

// Search with autocomplete over every name form (searchNames); actors open, organisations are listed only.
const input = $("search") as HTMLInputElement;
const list = $("suggestions");
let pending = 0;
input.addEventListener("input", () => {
  const q = input.value.trim();
  const ticket = ++pending;
  if (q.length < 2) {
    list.innerHTML = "";
    return;
  }
  setTimeout(async () => {
    if (ticket !== pending) return;
    const found: NameMatch[] = await searchNames(q).catch(() => []);
    if (ticket !== pending) return;
    list.innerHTML = found
      .map((m, i) => `<li role="option" data-i="${i}" class="${m.kind}">${esc(m.name)}<small>${m.kind === "actor" ? "" : " organisation"}${m.aliases.length ? " · " + esc(m.aliases.slice(0, 3).join(", ")) : ""}</small></li>`)
      .join("");
    list.querySelectorAll<HTMLLIElement>("li.actor").forEach((li) =>
      li.addEventListener("click", () => {
        const m = found[Number(li.dataset["i"])]!;
        list.innerHTML = "";
        input.value = m.name;
        void open(m.id, m.name, false);
      }),
    );
  }, 150);
});

// Paths between two actors: chains of meetings (whoMetWhomVia) and the brokers in them.
$("path-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const from = ($("from") as HTMLInputElement).value.trim();
  const to = ($("to") as HTMLInputElement).value.trim();
  if (!from || !to) return;
  $("paths").innerHTML = "<p>Looking for chains…</p>";
  try {
    const r = await paths(from, to);
    const chains = r.whoMetWhomVia
      .map((c, i) => {
        const steps = c.actors.map((a, k) => (k === 0 ? esc(a.name) : ` <button class="hop" data-c="${i}" data-h="${k - 1}">${esc(c.hops[k - 1]!.meeting.date ?? "undated")}, ${c.hops[k - 1]!.meeting.kind === "call" ? "call" : "met"}</button> ${esc(a.name)}`));
        return `<li class="chain">${steps.join(" →")}</li>`;
      })
      .join("");
    const brokers = r.brokers.map((b) => `<li>${esc(b.actor.name)} <span class="count">${b.chains} chain${b.chains === 1 ? "" : "s"}</span></li>`).join("");
    $("paths").innerHTML = `<h4>Chains</h4>${chains ? `<ol>${chains}</ol>` : "<p>No chain of up to 3 meetings.</p>"}<h4>Brokers</h4>${brokers ? `<ol>${brokers}</ol>` : "<p>None.</p>"}`;
    $("paths").querySelectorAll<HTMLButtonElement>("button.hop").forEach((b) => {
      const chain = r.whoMetWhomVia[Number(b.dataset["c"])]!;
      const h = Number(b.dataset["h"]);
      b.addEventListener("click", () => void showMeetings([chain.hops[h]!.meeting.id], `${chain.actors[h]!.name} – ${chain.actors[h + 1]!.name}`));
    });
  } catch (error) {
    $("paths").textContent = (error as Error).message;
  }
});

const start = new URLSearchParams(location.search).get("actor");
if (start) void open(start, start, false);
else status("Search for an actor to begin.");
