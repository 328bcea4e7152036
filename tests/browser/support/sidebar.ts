import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Frame, Page } from "playwright-core";
import { ORDER_STATE_FIELD_ID, ORDER_STATE_OPTIONS, type Ticket } from "../../../emulator/zendesk";
import { checkTag, flowTag, stepTag, TAG_PREFIX } from "../../../src/engine/progressTags";
import type { EmulatorClient } from "./emulator";
import { appFrame, ARTIFACTS_DIR, openTicket, submitEditor } from "./hostPage";

/** What a test waits for in the sidebar before giving up; an emulator round trip takes well under a second. */
export const SIDEBAR_TIMEOUT_MS = 15_000;

/**
 * The requester replies on the ticket (the emulator's control endpoint, as the page's "Responder como
 * cliente" does), with `files` uploaded first as a WhatsApp message's photos are, and the host page shows it. The page's button sits under the app's iframe, which
 * resizes whenever the sidebar re-renders, so clicking it can miss; the endpoint cannot.
 */
export async function customerSays(page: Page, emulator: EmulatorClient, ticketId: number, text: string, files: { name: string; mimeType: string; buffer: Buffer }[] = []): Promise<void> {
  const uploads = await Promise.all(files.map((file) => emulator.upload(file)));
  await emulator.customerReply(ticketId, text, uploads.length ? uploads : undefined);
  await page.waitForFunction(
    (body) => [...document.querySelectorAll('[data-testid="comment"].customer .comment-body')].some((c) => c.textContent === body),
    text,
    { timeout: SIDEBAR_TIMEOUT_MS },
  );
}

/** Ruta's progress tags, spelled by the app's own functions. */
export const flowTagOf = flowTag;
export const stepTagOf = stepTag;
export const checkTagOf = checkTag;

/** The option tag of an "Estado de Pedido" name, as the account's field defines it. */
export function orderStateTag(name: string): string {
  const option = ORDER_STATE_OPTIONS.find((o) => o.name === name);
  if (!option) throw new Error(`The seeded account has no order state named "${name}".`);
  return option.value;
}

/** The ticket's "Estado de Pedido" value (the option tag), or null. */
export function orderStateOf(ticket: Ticket): string | number | boolean | null {
  return ticket.custom_fields.find((f) => f.id === ORDER_STATE_FIELD_ID)?.value ?? null;
}

/** Ruta's own tags on a ticket, sorted. */
export const rutaTags = (ticket: Ticket) => ticket.tags.filter((t) => t.startsWith(TAG_PREFIX)).sort();

type Audit = Awaited<ReturnType<EmulatorClient["readAudits"]>>[number];
type AuditEvent = Audit["events"][number];

/** Titles of the macros recorded in the audits (AgentMacroReference events), oldest first. */
export function macrosApplied(audits: Audit[]): string[] {
  return audits.flatMap((a) => a.events.filter((e) => e.type === "AgentMacroReference").map((e) => String(e.macro_title)));
}

/** Who made the latest audit (the harness types audits by their events only). */
export const lastAuditAuthor = (audits: Audit[]) => (audits.at(-1) as (Audit & { author_id?: number }) | undefined)?.author_id;

/** Every comment in the audits, oldest first. */
export function commentsOf(audits: Audit[]): { body: string; public: boolean; authorId: number }[] {
  return audits.flatMap((a) =>
    a.events.filter((e: AuditEvent) => e.type === "Comment").map((e) => ({ body: String(e.body), public: Boolean(e.public), authorId: Number(e.author_id) })),
  );
}

/** Ruta's internal notes (public: false, first line "[Ruta] …"), oldest first. */
export function rutaNotes(audits: Audit[]): string[] {
  return commentsOf(audits).filter((c) => !c.public && c.body.startsWith("[Ruta]")).map((c) => c.body);
}

/** Opens a ticket in the host page and waits until the sidebar shows a step (or the flow picker). */
export async function openSidebar(page: Page, emulatorUrl: string, ticketId: number): Promise<Frame> {
  await openTicket(page, emulatorUrl, ticketId);
  const frame = await appFrame(page, ticketId);
  await frame.waitForSelector('[data-testid="step"], [data-testid="flow-picker"]', { timeout: SIDEBAR_TIMEOUT_MS });
  return frame;
}

/** Reloads the whole host page (a new Zendesk session of the same agent) and returns the ticket's new sidebar. */
export async function reopenSidebar(page: Page, emulatorUrl: string, ticketId: number): Promise<Frame> {
  await page.goto(new URL(`/?ticket=${ticketId}`, emulatorUrl).toString());
  await page.waitForSelector("body[data-ready=true]");
  return openSidebar(page, emulatorUrl, ticketId);
}

/** Waits until the sidebar stands at `stepId`. */
export async function waitForStep(frame: Frame, stepId: string): Promise<void> {
  await frame.waitForSelector(`[data-testid="step"][data-step-id="${stepId}"]`, { timeout: SIDEBAR_TIMEOUT_MS });
}

/** The step the sidebar shows now. */
export const currentStep = (frame: Frame) => frame.getAttribute('[data-testid="step"]', "data-step-id");

/** Text of a sidebar element (trimmed), waiting for it to be there. */
export async function textOf(frame: Frame, testId: string): Promise<string> {
  const handle = await frame.waitForSelector(`[data-testid="${testId}"]`, { timeout: SIDEBAR_TIMEOUT_MS });
  return ((await handle.textContent()) ?? "").trim();
}

/** Waits until a sidebar element's text contains `text`. */
export async function waitForText(frame: Frame, testId: string, text: string): Promise<void> {
  await frame.waitForFunction(
    ([id, expected]) => (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? "").includes(expected),
    [testId, text] as const,
    { timeout: SIDEBAR_TIMEOUT_MS },
  );
}

/** The titles of the steps in the trail ("Camino recorrido"), oldest first. */
export async function trailOf(frame: Frame): Promise<string[]> {
  return frame.$$eval('[data-testid="trail"] li', (items) => items.map((li) => (li.textContent ?? "").trim()));
}

/** Clicks a sidebar control by test id. */
export async function click(frame: Frame, testId: string): Promise<void> {
  await frame.click(`[data-testid="${testId}"]`, { timeout: SIDEBAR_TIMEOUT_MS });
}

/**
 * Clicks a sidebar control through the DOM: headless Chromium gives mouse input only to the newest page of a
 * context, so a test with two tabs acts on the older one this way (and on both in the same tick).
 */
export async function clickInTab(frame: Frame, testId: string): Promise<void> {
  const control = await frame.waitForSelector(`[data-testid="${testId}"]:not([disabled])`, { timeout: SIDEBAR_TIMEOUT_MS });
  await control.evaluate((element) => (element as HTMLElement).click());
}

/** Answers the current question and waits for the step it leads to. */
export async function chooseOption(frame: Frame, optionId: string, nextStepId: string): Promise<void> {
  await click(frame, `option-${optionId}`);
  await waitForStep(frame, nextStepId);
}

/**
 * Answers the current question with an option that also applies the step it leads to (the button says
 * so in `option-then-…`), and waits until that step's writes are in the editor.
 */
export async function chooseAndApply(page: Page, frame: Frame, optionId: string, stepId: string): Promise<void> {
  await frame.waitForSelector(`[data-testid="option-${optionId}"][data-arrival="apply"]`, { timeout: SIDEBAR_TIMEOUT_MS });
  await chooseOption(frame, optionId, stepId);
  await appliedInEditor(page, frame, stepId);
}

/** Confirms a proposed reply whose button also applies the step it leads to, and waits for its writes in the editor. */
export async function confirmAndApply(page: Page, frame: Frame, words: string, stepId: string): Promise<void> {
  await frame.waitForSelector('[data-testid="confirm-reply"][data-arrival="apply"]', { timeout: SIDEBAR_TIMEOUT_MS });
  await confirmReply(frame, words, stepId);
  await appliedInEditor(page, frame, stepId);
}

/** Confirms a proposed reply whose button also saves the note of the step it leads to, and waits for the note on the ticket. */
export async function confirmAndSave(page: Page, frame: Frame, words: string, stepId: string): Promise<void> {
  await frame.waitForSelector('[data-testid="confirm-reply"][data-arrival="save"]', { timeout: SIDEBAR_TIMEOUT_MS });
  const notes = await internalNoteCount(page);
  await confirmReply(frame, words, stepId);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="comment"].internal').length > n, notes, { timeout: SIDEBAR_TIMEOUT_MS });
  await frame.waitForFunction((id) => document.querySelector('[data-testid="step"]')?.getAttribute("data-step-id") !== id, stepId, { timeout: SIDEBAR_TIMEOUT_MS });
}

/**
 * Counts the agent's clicks on the sidebar's controls from now on (buttons, boxes, links), as the
 * done-when of issue 8 counts them; read the count with sidebarClicks().
 */
export async function countSidebarClicks(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { rutaClicks?: number };
    w.rutaClicks = 0;
    document.addEventListener("click", (e) => {
      if (e.isTrusted && (e.target as Element | null)?.closest("button, input, a, summary, select")) w.rutaClicks! += 1;
    }, true);
  });
}

export const sidebarClicks = (frame: Frame) => frame.evaluate(() => (window as unknown as { rutaClicks?: number }).rutaClicks ?? 0);

/** Continues to the step's `next` and waits for it. */
export async function continueTo(frame: Frame, nextStepId: string): Promise<void> {
  await click(frame, "continue");
  await waitForStep(frame, nextStepId);
}

/**
 * Waits for the sidebar to propose a branch from the customer's reply, checks the words it shows as
 * matched, confirms it (one click) and waits for the step it leads to.
 */
export async function confirmReply(frame: Frame, words: string, nextStepId: string): Promise<void> {
  await frame.waitForSelector('[data-testid="proposal"][data-kind="proposed"]', { timeout: SIDEBAR_TIMEOUT_MS });
  const shown = await frame.textContent('[data-testid="reply-words"]');
  if (shown !== words) throw new Error(`The proposal shows «${shown}» as the matched words, not «${words}».`);
  await click(frame, "confirm-reply");
  await waitForStep(frame, nextStepId);
}

/**
 * Passes the current step on without its writes, as a deliberate choice ("No corresponde en este
 * caso"), and waits until the ticket stands at `nextStepId` (the note with the reason is saved).
 */
export async function skipTo(frame: Frame, nextStepId: string): Promise<void> {
  await click(frame, "skip");
  await click(frame, "skip-notApplicable");
  await waitForStep(frame, nextStepId);
}

/** The tags the host page's editor holds for the open ticket (saved tags plus the draft). */
async function editorTags(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="prop-tags"] .tag', (tags) => tags.map((t) => (t.textContent ?? "").trim()));
}

/**
 * Clicks Apply on `stepId` and waits until the app has put everything into the editor: the step's
 * progress tag is in the draft, the previous step tag is out, and the app is no longer applying.
 */
export async function applyStep(page: Page, frame: Frame, stepId: string): Promise<void> {
  await waitForStep(frame, stepId);
  await click(frame, "apply");
  await appliedInEditor(page, frame, stepId);
}

/** Waits until an Apply of `stepId` (its button, or a choice that does it) has put everything into the editor. */
export async function appliedInEditor(page: Page, frame: Frame, stepId: string): Promise<void> {
  const tag = stepTagOf(stepId);
  await page.waitForFunction(
    (wanted) => {
      const tags = [...document.querySelectorAll('[data-testid="prop-tags"] .tag')].map((t) => (t.textContent ?? "").trim());
      return tags.includes(wanted) && !tags.some((t) => t.startsWith("ruta_step_") && t !== wanted);
    },
    tag,
    { timeout: SIDEBAR_TIMEOUT_MS },
  );
  await frame.waitForFunction(
    (id) =>
      !document.querySelector('[data-testid="apply"][disabled]') &&
      (Boolean(document.querySelector('[data-testid="apply-result"], [data-testid="apply-partial"], [data-testid="apply-failure"]')) ||
        document.querySelector('[data-testid="step"]')?.getAttribute("data-step-id") !== id),
    stepId,
    { timeout: SIDEBAR_TIMEOUT_MS },
  );
  if (!(await editorTags(page)).includes(tag)) throw new Error(`Apply of ${stepId} left no ${tag} in the editor.`);
}

/** Submits the editor as the agent would and fails the test unless Zendesk saved it. */
export async function submit(page: Page): Promise<void> {
  const outcome = await submitEditor(page);
  if (outcome !== "ok") {
    const error = await page.textContent('[data-testid="submit-error"]').catch(() => null);
    throw new Error(`The submit ended with "${outcome}"${error ? `: ${error}` : ""}.`);
  }
}

/** Types a checklist value (replacing what is there). */
export async function typeValue(frame: Frame, itemId: string, value: string): Promise<void> {
  await frame.fill(`[data-testid="checklist-value-${itemId}"]`, value, { timeout: SIDEBAR_TIMEOUT_MS });
}

/** Ticks a checklist box (no-op when it is already ticked). */
export async function tick(frame: Frame, itemId: string): Promise<void> {
  await frame.check(`[data-testid="checklist-check-${itemId}"]`, { timeout: SIDEBAR_TIMEOUT_MS });
}

/** Ids of the checklist boxes that are ticked now. */
export async function tickedItems(frame: Frame): Promise<string[]> {
  return frame.$$eval('[data-testid^="checklist-check-"]', (boxes) =>
    boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => b.getAttribute("data-testid")!.replace("checklist-check-", "")),
  );
}

/** How many internal notes the host page's conversation shows for the open ticket. */
export const internalNoteCount = (page: Page) => page.$$eval('[data-testid="comment"].internal', (notes) => notes.length);

/**
 * Clicks "Guardar en nota interna" and waits until the note is on the ticket (the host page shows one
 * more internal note) and the sidebar has finished saving (it confirms, or it moved on to the next step).
 */
export async function saveChecklist(page: Page, frame: Frame): Promise<void> {
  await frame.waitForSelector('[data-testid="save-checklist"]:not([disabled])', { timeout: SIDEBAR_TIMEOUT_MS });
  const notes = await internalNoteCount(page);
  const stepId = await currentStep(frame);
  await click(frame, "save-checklist");
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="comment"].internal').length > n, notes, { timeout: SIDEBAR_TIMEOUT_MS });
  await frame.waitForFunction(
    (id) =>
      document.querySelector('[data-testid="step"]')?.getAttribute("data-step-id") !== id ||
      (Boolean(document.querySelector('[data-testid="checklist-saved"]')) && !document.querySelector('[data-testid="save-checklist"][disabled]')),
    stepId,
    { timeout: SIDEBAR_TIMEOUT_MS },
  );
}

/**
 * Saves a screenshot of the Ruta sidebar (the app's iframe, at the height the app asked for) to
 * test-artifacts/<name>.png. The host page's sidebar column scrolls and the viewport is short; for the
 * picture both are grown so the whole app shows, then put back.
 */
export async function sidebarShot(page: Page, ticketId: number, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = resolve(ARTIFACTS_DIR, `${name}.png`);
  const unroll = (on: boolean) =>
    page.evaluate((expand) => {
      const shell = document.querySelector<HTMLElement>(".shell");
      const right = document.querySelector<HTMLElement>(".right");
      if (shell) shell.style.height = expand ? "auto" : "";
      if (right) right.style.overflowY = expand ? "visible" : "";
    }, on);
  // The app's iframe is painted only where the viewport is: grow it to the whole sidebar for the picture.
  const viewport = page.viewportSize();
  const frame = page.locator(`[data-testid="app-frame-${ticketId}"]`);
  await unroll(true);
  try {
    const box = await frame.boundingBox();
    if (viewport && box) await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(box.y + box.height + 16)) });
    await frame.screenshot({ path });
  } finally {
    if (viewport) await page.setViewportSize(viewport);
    await unroll(false);
  }
  return path;
}
