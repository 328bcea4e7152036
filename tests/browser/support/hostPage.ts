import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Frame, Page } from "playwright-core";

/** Where screenshots go (gitignored). */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, "../../../test-artifacts");

/** Opens the host page on a ticket and waits until the page has loaded the account. */
export async function openTicket(page: Page, emulatorUrl: string, ticketId: number): Promise<void> {
  if (!page.url().startsWith(emulatorUrl)) {
    await page.goto(new URL(`/?ticket=${ticketId}`, emulatorUrl).toString());
    await page.waitForSelector("body[data-ready=true]");
  } else {
    await page.click(`[data-testid="ticket-link-${ticketId}"]`);
  }
  await page.waitForSelector(`[data-testid="app-frame-${ticketId}"]`);
}

/** The Ruta app's frame for a ticket tab (each tab has its own iframe, as in Zendesk). */
export async function appFrame(page: Page, ticketId: number): Promise<Frame> {
  const handle = await page.waitForSelector(`[data-testid="app-frame-${ticketId}"]`, { state: "attached" });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`The app iframe of ticket ${ticketId} has no document yet.`);
  await frame.waitForLoadState("domcontentloaded");
  return frame;
}

/**
 * Types in the editor and submits it, optionally choosing the status first; resolves when the submit
 * has finished with "ok", or "hook" / "http" when the app's save hook or Zendesk refused it.
 */
export async function submitEditor(page: Page, options: { comment?: string; internal?: boolean; status?: string } = {}): Promise<string> {
  if (options.internal !== undefined) await page.click(`[data-testid="${options.internal ? "editor-internal" : "editor-public"}"]`);
  if (options.comment !== undefined) await page.fill('[data-testid="editor-comment"]', options.comment);
  if (options.status) await page.selectOption('[data-testid="editor-status"]', options.status);
  const before = Number(await page.evaluate(() => document.body.dataset.submitCount ?? "0"));
  await page.click('[data-testid="submit-button"]');
  await page.waitForFunction((count) => Number(document.body.dataset.submitCount ?? "0") > count, before);
  return page.evaluate(() => document.body.dataset.lastSubmit ?? "");
}

/** Makes the requester reply through the page's control panel. */
export async function customerReplies(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="customer-reply-text"]', text);
  await page.click('[data-testid="customer-reply-send"]');
}

/** Saves a full-page screenshot to test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = resolve(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
