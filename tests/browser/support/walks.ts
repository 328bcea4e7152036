import type { Frame, Page } from "playwright-core";
import { TICKET_IDS } from "../../../emulator/zendesk";
import type { EmulatorClient } from "./emulator";
import { applyStep, chooseAndApply, confirmReply, customerSays, openSidebar, submit, waitForStep } from "./sidebar";

/**
 * The seeded half-way ticket (seed 001, at the offer) walked as an agent does to the T&C step the
 * customer accepted: ownership "gestión", holder confirmed (the answer applies the T&C macro), T&C sent, "Acepto." confirmed.
 */
export async function halfwayToAcceptedTerms(page: Page, emulator: EmulatorClient, emulatorUrl: string): Promise<Frame> {
  const ticket = TICKET_IDS.prePostHalfway;
  const frame = await openSidebar(page, emulatorUrl, ticket);
  await confirmReply(frame, "Listo", "pre-post.titularidad.gestion");
  await applyStep(page, frame, "pre-post.titularidad.gestion");
  await submit(page);
  await waitForStep(frame, "pre-post.titularidad.qvantel");
  await chooseAndApply(page, frame, "titular-confirmada", "pre-post.tyc.confirmacion");
  await submit(page);
  await customerSays(page, emulator, ticket, "Acepto.");
  await confirmReply(frame, "Acepto", "pre-post.tyc.acepto");
  return frame;
}
