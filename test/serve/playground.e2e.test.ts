import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { testDatabase } from "../support/db.js";
import { ingestSeeds } from "../support/seeds.js";

const CHROMIUM = "/usr/bin/chromium";
const OUT = new URL("../../test-output/", import.meta.url).pathname;

describe.skipIf(!existsSync(CHROMIUM))("the playground in headless Chromium, offline", () => {
  const db = testDatabase();
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    await ingestSeeds(db);
    server = await startServer({ db, settings: { ...loadConfig({}, "/").server, port: 0 } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db.close();
  });

  it("renders GraphiQL from the server alone, runs the first example and shows its result", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const foreign: string[] = [];
    page.on("request", (req) => {
      const url = req.url();
      if (!url.startsWith(server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
    });
    await page.goto(`${server.url}/`);
    await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    // The editor renders spaces as non-breaking ones.
    const text = async () => (await response.innerText()).replace(/\s+/g, " ");
    await expect.poll(text, { timeout: 20_000 }).toContain("whoMetWhomVia");
    await expect.poll(text, { timeout: 10_000 }).toContain('"name": "Faisal Mekdad"');
    await mkdir(OUT, { recursive: true });
    const shot = await page.screenshot({ path: `${OUT}playground.png` });
    expect(shot.length).toBeGreaterThan(10_000);
    expect(await text()).not.toMatch(/"errors"/);
    expect(foreign).toEqual([]);
  });
});
