import { articleText, type MeetingDetail } from "./api.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Each meeting with its quotes, highlighted in the article text around them, and where the article is. */
export function renderEvidence(container: HTMLElement, heading: string, meetings: MeetingDetail[]): void {
  const parts = [`<h3>${esc(heading)}</h3>`];
  if (meetings.length === 0) parts.push("<p>No meetings.</p>");
  for (const m of meetings) {
    const who = m.participants.map((p) => esc(p.name)).join(", ");
    parts.push(`<div class="meeting"><div class="meta">${esc(m.date ?? "undated")} · ${m.kind === "call" ? "call" : "in person"}${m.place ? ` · ${esc(m.place.name)}` : ""} · ${who}</div>`);
    for (const e of m.evidence) {
      const a = e.article;
      const title = a?.title ?? a?.source ?? "untitled article";
      const link = a?.url ? `<a href="${esc(a.url)}" target="_blank" rel="noopener noreferrer">${esc(a.url)}</a>` : "<span class=\"nolink\">no address known</span>";
      parts.push(
        `<blockquote class="evidence" data-article="${esc(a?.id ?? "")}" data-start="${e.start}" data-quote="${esc(e.quote)}">` +
          `<p>${e.contextBefore ? "…" + esc(e.contextBefore) : ""}<mark>${esc(e.quote)}</mark>${e.contextAfter ? esc(e.contextAfter) + "…" : ""}</p>` +
          `<footer><cite>${esc(title)}</cite>${a?.published ? ` · ${esc(a.published)}` : ""} · ${link} · <button class="fulltext">whole article</button></footer></blockquote>`,
      );
    }
    parts.push("</div>");
  }
  container.innerHTML = parts.join("");
  container.querySelectorAll<HTMLButtonElement>("button.fulltext").forEach((button) => {
    button.addEventListener("click", async () => {
      const q = button.closest("blockquote")!;
      const text = await articleText(q.dataset["article"] ?? "");
      if (!text) return;
      const start = Number(q.dataset["start"]);
      const quote = q.dataset["quote"] ?? "";
      q.querySelector("p")!.innerHTML = `${esc(text.slice(0, start))}<mark>${esc(quote)}</mark>${esc(text.slice(start + quote.length))}`;
      q.querySelector("p")!.classList.add("full");
      q.querySelector("mark")!.scrollIntoView({ block: "center" });
      button.remove();
    });
  });
}
