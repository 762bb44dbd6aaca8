import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useSeedServer } from "../support/seeds.js";

const CHROMIUM = "/usr/bin/chromium";
const OUT = new URL("../../test-output/", import.meta.url).pathname;

describe.skipIf(!existsSync(CHROMIUM))("the explore page in headless Chromium, offline", () => {
  const seeded = useSeedServer();
  let browser: Browser;
  let page: Page;
  const foreign: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("request", (req) => {
      const url = req.url();
      if (!url.startsWith(seeded.server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
    });
    page.on("pageerror", (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const actorsShown = async () => Number(/(\d+) actors/.exec((await page.textContent("#status")) ?? "")?.[1] ?? 0);

  it("searches with autocomplete and draws the chosen actor's network, timeline and contacts", async () => {
    await page.goto(`${seeded.server.url}/explore`);
    await page.fill("#search", "Assad");
    const option = page.locator("#suggestions li.actor", { hasText: "Bashar al-Assad" });
    await option.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${OUT}explore-search.png` });
    await option.click();
    await expect.poll(actorsShown, { timeout: 30_000 }).toBeGreaterThan(5);
    expect(await page.textContent("#actor-name")).toBe("Bashar al-Assad");
    expect(await page.locator("#graph canvas").count()).toBeGreaterThan(0);
    expect(await page.locator("#contacts li").count()).toBeGreaterThan(5);
    expect(await page.locator("#cap").isHidden()).toBe(true);
  });

  it("shows the timeline per month by kind, year-only meetings as ranges and undated ones counted apart", async () => {
    const summary = (await page.textContent("#timeline-summary")) ?? "";
    expect(summary).toMatch(/^\d+ meetings: \d+ dated to a month or day, [1-9]\d* to a year only \(shaded ranges\), \d+ undated\.$/);
    await expect.poll(() => page.locator("#timeline svg text", { hasText: "only" }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator("#timeline svg path").count()).toBeGreaterThan(3);
    await page.screenshot({ path: `${OUT}explore-network.png` });
  });

  it("expands an actor into the network when it is clicked", async () => {
    const before = await actorsShown();
    await page.locator("#nodes button", { hasText: "Ali Asghar Khaji" }).click();
    await expect.poll(actorsShown, { timeout: 30_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.locator("#nodes button", { hasText: "Faisal Mekdad" }).count()).toBe(1);
    expect(await page.textContent("#actor-name")).toBe("Ali Asghar Khaji");
  });

  it("shows each quote highlighted in its article's text, with title, date and link", async () => {
    await page.locator("#contacts button", { hasText: "Bashar al-Assad" }).click();
    const quote = page.locator("#evidence blockquote").first();
    await quote.waitFor({ timeout: 30_000 });
    const mark = (await quote.locator("mark").textContent()) ?? "";
    expect(mark.length).toBeGreaterThan(20);
    expect(mark).toBe(await quote.getAttribute("data-quote"));
    // The passage around the quote is shown, and the footer names the article.
    expect(((await quote.locator("p").textContent()) ?? "").length).toBeGreaterThan(mark.length + 40);
    expect(((await quote.locator("cite").textContent()) ?? "").length).toBeGreaterThan(0);
    expect(await page.locator('#evidence a[href^="https://"]').count()).toBeGreaterThan(0);
    await quote.locator("button.fulltext").click();
    await quote.locator("p.full").waitFor({ timeout: 10_000 });
    expect(await quote.locator("p.full mark").textContent()).toBe(mark);
    await page.screenshot({ path: `${OUT}explore-evidence.png` });
  });

  it("opens the meetings of a link of the picture when it is clicked", async () => {
    await page.evaluate(() => (document.querySelector("#evidence")!.innerHTML = ""));
    // The page says where it drew links clear of the actors' dots; the click goes through sigma's picking.
    const points = await page.evaluate(() => (globalThis as unknown as { parleyExplore: { edgePoints(): Array<{ x: number; y: number }> } }).parleyExplore.edgePoints());
    expect(points.length).toBeGreaterThan(0);
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + points[0]!.x, box.y + points[0]!.y);
    await expect.poll(async () => ((await page.locator("#evidence h3").count()) > 0 ? await page.textContent("#evidence h3") : ""), { timeout: 20_000 }).toMatch(/^\S.* – \S.*$/);
    expect(await page.locator("#evidence blockquote").count()).toBeGreaterThan(0);
  });

  it("finds the chains and brokers between two actors, each hop opening its evidence", async () => {
    await page.fill("#from", "Faisal Mekdad");
    await page.fill("#to", "Vladimir Putin");
    await page.click("#path-form button");
    const chain = page.locator("#paths .chain").first();
    await chain.waitFor({ timeout: 30_000 });
    expect(await chain.textContent()).toMatch(/^Faisal Mekdad →.*Vladimir Putin$/);
    expect(await page.locator("#paths ol").last().textContent()).toMatch(/\d+ chain/);
    await chain.locator("button.hop").first().click();
    await expect.poll(async () => (await page.textContent("#evidence h3")) ?? "", { timeout: 20_000 }).toMatch(/^Faisal Mekdad – /);
    await page.screenshot({ path: `${OUT}explore-paths.png` });
  });

  it("caps a hub's network and says so", async () => {
    await page.goto(`${seeded.server.url}/explore?actor=${encodeURIComponent("Bashar al-Assad")}&cap=4`);
    await expect.poll(() => page.locator("#cap").isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.textContent("#cap")).toContain("capped");
    expect(await actorsShown()).toBe(4);
    expect(await page.locator("#nodes li").count()).toBe(4);
    // Uncapped, the same actor has more contacts than that.
    expect(await page.locator("#contacts li").count()).toBeGreaterThan(4);
  });

  it("made no request that left the machine and raised no script error", () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
