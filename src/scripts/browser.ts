/**
 * Debian's Chromium, headless, driven by playwright-core: the review page's browser tests,
 * its screenshot and its measurements all start it here, the same way. The one place
 * playwright-core is imported (a devDependency: loaded only when a browser is wanted).
 *
 * Never a browser that Playwright downloads: `executablePath` is the system's Chromium
 * (`apt-get install chromium`), and every run gets a fresh profile directory, removed after.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a quiet, reproducible headless run in a container (no sandbox: CI runs as root). */
const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
];

export const chromiumInstalled = (): boolean => existsSync(CHROMIUM);

export interface Browser {
  context: BrowserContext;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/** Starts Chromium with a fresh `--user-data-dir` (made with mkdtemp); `viewport` in CSS px. */
export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  if (!chromiumInstalled()) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const { chromium } = await import("playwright-core");
  const profile = await mkdtemp(join(tmpdir(), "thai-facts-chromium-"));
  try {
    // launchPersistentContext passes the profile as --user-data-dir (launch() refuses that flag).
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport, locale: "th-TH",
    });
    return {
      context,
      async close() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
