import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium; playwright's own browsers cannot be downloaded here. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Block third-party cookies and storage, as Incognito, Safari-like settings or a strict policy do.
   * Headless Chromium blocks them by default; an agent's everyday Chrome does not, so the default here
   * is to allow them. The app's iframe (127.0.0.1) is third-party to the page (localhost), as in Zendesk.
   */
  blockThirdPartyStorage?: boolean;
}

/** Launches headless Chromium with a fresh profile, removed again on close. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "ruta-chromium-"));
  mkdirSync(join(userDataDir, "Default"));
  const cookieControlsMode = options.blockThirdPartyStorage ? 1 : 0;
  writeFileSync(join(userDataDir, "Default", "Preferences"), JSON.stringify({ profile: { cookie_controls_mode: cookieControlsMode } }));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: "es-BO",
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
