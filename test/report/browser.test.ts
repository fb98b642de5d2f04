/**
 * The HTML report in a real browser (Debian's Chromium driven by playwright-core): the chart and
 * tables are visible, nothing logs an error, clicking a chart mark shows its claims and quotes, and
 * a corpus with hostile article text shows the text literally and runs none of it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { rankTimelines } from "../../src/report/finding.js";
import { renderHtml } from "../../src/report/index.js";
import { demoCorpusContext } from "./demo-corpus.js";
import { demoContext, HOSTILE, hostileContext } from "./fixtures.js";

/** Debian's Chromium; RECON_TEST_CHROMIUM points elsewhere (or at nothing, to see the skip). */
const CHROMIUM = process.env.RECON_TEST_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium fonts-noto-core)`);

const OUT = join(import.meta.dirname, "..", "..", "out");

describe("HTML report in Chromium", () => {
  let dir: string;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!hasChromium) return;
    dir = mkdtempSync(join(tmpdir(), "recon-report-"));
    // A fresh profile in a temporary folder: playwright passes it to Chromium as --user-data-dir.
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1280, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens an HTML string from a file, recording console errors, page errors, dialogs and requests. */
  const open = async (html: string, name: string) => {
    const file = join(dir, name);
    writeFileSync(file, html, "utf8");
    const page: Page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForLoadState("load");
    return { page, errors, dialogs, requests };
  };

  it.skipIf(!hasChromium)("shows the demo corpus's report: chart and tables visible, no console error, a point's claims on click", async () => {
    const ctx = demoCorpusContext();
    const { page, errors, requests } = await open(renderHtml(ctx), "demo-report.html");
    const chart = page.locator("#chart-0 svg.timeline-chart");
    await expect.poll(() => chart.isVisible()).toBe(true);
    expect(await page.locator("#chart-0 .best-line").isVisible()).toBe(true);
    for (const sel of ["#finding", "table.timeline-table", "table.sources-table", "table.claims-table", "table.articles-table"]) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(true);
    }
    expect(await page.locator("table.claims-table tbody tr").count()).toBe(ctx.claims.length);
    // The latest estimate point lists the claims behind it, each with its quote.
    const point = page.locator("#chart-0 .estimate-point").last();
    await point.click();
    const panel = page.locator("#chart-0 .details");
    const headline = rankTimelines(ctx)[0]!;
    const latest = headline.points[headline.points.length - 1]!;
    await expect.poll(() => panel.locator(".claim").count()).toBe(latest.claims.length);
    expect(await panel.locator("h4").textContent()).toContain(latest.date);
    expect(await panel.locator("blockquote[dir=rtl][lang=ar]").count()).toBe(await panel.locator(".claim").count());
    mkdirSync(OUT, { recursive: true });
    await page.locator("#chart-0").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, "report-screenshot.png") });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it.skipIf(!hasChromium)("shows the chart and the tables, logs no error, and shows a mark's claims on click", async () => {
    const { page, errors, requests } = await open(renderHtml(demoContext()), "report.html");
    const chart = page.locator("#chart-0 svg.timeline-chart");
    await expect.poll(() => chart.isVisible()).toBe(true);
    expect(await page.locator("#chart-0 .claim-mark").count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator("#chart-0 .estimate-point").count()).toBe(3);
    expect(await page.locator("#chart-0 .best-line").isVisible()).toBe(true);
    expect(await page.locator("#chart-0 .contradiction-ring").count()).toBeGreaterThan(0);
    for (const sel of ["table.timeline-table", "table.sources-table", "table.claims-table", "#finding"]) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(true);
    }
    expect(await page.locator("#finding .estimate").textContent()).toBe("343");

    // Hovering a claim mark shows that claim before anything is clicked.
    await page.locator("#chart-0 .claim-mark").first().hover();
    await expect.poll(() => page.locator("#chart-0 .details .claim").count()).toBe(1);

    // Click the estimate point of 2024-11-30: the panel lists its four claims with their Arabic quotes.
    await page.locator("#chart-0 .estimate-point").nth(2).click();
    const panel = page.locator("#chart-0 .details");
    await expect.poll(() => panel.locator(".claim").count()).toBe(4);
    const quote = panel.locator("blockquote").filter({ hasText: "سقوط 343 قتيلًا" });
    expect(await quote.getAttribute("dir")).toBe("rtl");
    expect(await quote.getAttribute("lang")).toBe("ar");
    expect(await panel.locator("h4").textContent()).toContain("2024-11-30");
    // The link of an article with a URL is there.
    expect(await panel.locator('a[href^="https://www.middleeastmonitor.com/"]').count()).toBe(1);

    // Clicking a claim mark shows that claim alone.
    await page.locator("#chart-0 .claim-mark").first().click();
    await expect.poll(() => panel.locator(".claim").count()).toBe(1);

    mkdirSync(OUT, { recursive: true });
    await page.locator("#chart-0 .estimate-point").nth(2).click();
    await page.locator("#chart-0").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, "report-fixture-screenshot.png") });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it.skipIf(!hasChromium)("shows hostile article text literally and runs nothing from it", async () => {
    const { page, errors, dialogs, requests } = await open(renderHtml(hostileContext()), "hostile.html");
    // Hover and click every mark so that the detail panel renders the hostile quotes too.
    const marks = page.locator("#chart-0 [data-ref]");
    const n = await marks.count();
    for (let i = 0; i < n; i++) await marks.nth(i).dispatchEvent("click");
    await page.locator("#chart-0 .estimate-point").last().click();
    await page.waitForTimeout(200);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    // No element was injected: the only images and scripts are ours.
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("main svg[onload], main [onerror]").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(2);
    // The text is shown as written, in the claims table and in the detail panel.
    const body = await page.locator("main").innerText();
    expect(body).toContain(HOSTILE.script);
    expect(body).toContain(HOSTILE.img);
    expect(await page.locator("#chart-0 .details").innerText()).toContain(HOSTILE.script);
    // A javascript: URL from the manifest is never a link.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
