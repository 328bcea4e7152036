import type { Page } from "playwright-core";
import { inject } from "vitest";
import { launchBrowser, type LaunchedBrowser } from "./browser";
import { emulatorClient } from "./emulator";
import { screenshot } from "./hostPage";

/**
 * The life of a browser-test file: one Chromium for the file, a fresh emulator account, an empty app
 * storage and a fresh page for each test (handed to `onPage`), a screenshot named `<name>-failed-<test>` when a test fails.
 */
export function useEmulatorSession(name: string, onPage: (page: Page) => void) {
  const emulatorUrl = inject("emulatorUrl");
  const emulator = emulatorClient(emulatorUrl);
  let browser: LaunchedBrowser | undefined;
  let page: Page | undefined;
  const open = async () => {
    page = await browser!.context.newPage();
    onPage(page);
    return page;
  };
  /** What the app keeps in the browser (macros, ticket histories) goes with the account it came from. */
  const clearAppStorage = async () => {
    const blank = await browser!.context.newPage();
    const cdp = await browser!.context.newCDPSession(blank);
    const { port } = new URL(emulatorUrl);
    for (const host of ["127.0.0.1", "localhost"]) {
      await cdp.send("Storage.clearDataForOrigin", { origin: `http://${host}:${port}`, storageTypes: "local_storage,session_storage,indexeddb,cache_storage" });
    }
    await blank.close();
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await emulator.reset();
    await clearAppStorage();
    await open();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail" && page) await screenshot(page, `${name}-failed-${task.name.replace(/\W+/g, "-")}`);
    await page?.close();
  });
  return {
    emulatorUrl,
    emulator,
    /** Closes this test's page and opens a new one, as an agent opening the ticket in a new tab. */
    async replacePage(): Promise<Page> {
      await page?.close();
      return open();
    },
  };
}
