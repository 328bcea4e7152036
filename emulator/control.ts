import type { IncomingMessage, ServerResponse } from "node:http";
import { getResponse } from "msw";
import { z } from "zod";
import { json, readBody, readJson } from "./httpJson";
import { FaultSpec } from "./zendesk/faults";
import { PLANS } from "./zendesk/rateLimit";
import { validateTicketInput } from "./zendesk/validateTicket";
import { AGENT_SUBMIT_PATH, agentUiHandlers, type StoreChange, type ZendeskStore } from "./zendesk";

/** A customer's message: its text, the files it carries (upload tokens), or both. */
const CustomerReply = z
  .object({ body: z.string(), uploads: z.array(z.string()).min(1).optional() })
  .refine((r) => r.body.trim() !== "" || r.uploads, { message: "A reply needs a body or uploads" });
const ClockAdvance = z.object({ minutes: z.number().positive() });
const PlanChoice = z.object({ plan: z.enum(PLANS) });
const LongTicket = z.object({ comments: z.number().int().positive().max(20_000) });
const AgentSwitch = z.object({ userId: z.number().optional(), locale: z.enum(["es", "en"]).optional() });

/** Answers the agent UI's submit through the same msw handlers the Node tests use. */
async function answerAgentUi(store: ZendeskStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const request = new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`), {
    method: req.method ?? "GET",
    headers,
    ...(body.length ? { body: new Uint8Array(body) } : {}),
  });
  const response = (await getResponse(agentUiHandlers(store), request)) ?? Response.json({ error: "InvalidEndpoint", description: "Not found" }, { status: 404 });
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => (out[key] = value));
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** What the page needs beyond the REST API: the agents to switch between, armed faults, the clock. */
export function emulatorState(store: ZendeskStore) {
  const data = store.data;
  return {
    currentUserId: data.currentUserId,
    agents: data.users.filter((u) => u.role !== "end-user").map((u) => ({ id: u.id, name: u.name, role: u.role, locale: u.locale })),
    appId: data.installation.app_id,
    installationId: data.installation.id,
    subdomain: data.account.subdomain,
    advancedMinutes: store.clock.advancedMinutes,
    faults: store.faults.list(),
    plans: PLANS,
    rateLimit: store.rateLimit.usage(),
  };
}

/** Keeps a server-sent-events stream open and writes every store change to it. */
function streamEvents(store: ZendeskStore, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive" });
  res.write(": connected\n\n");
  const send = (change: StoreChange) => res.write(`data: ${JSON.stringify(change)}\n\n`);
  const unsubscribe = store.subscribe(send);
  const heartbeat = setInterval(() => res.write(": ping\n\n"), 15_000);
  req.on("close", () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

/**
 * The `/__emulator/…` control endpoints: state, reset, faults, the plan (rate limit), a customer reply,
 * a long ticket, the clock, the agent, the agent UI's submit and an SSE stream of changes. Answers true when it handled the request.
 */
export async function handleControl(store: ZendeskStore, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  const route = `${req.method} ${pathname}`;
  try {
    if (pathname.startsWith(`${AGENT_SUBMIT_PATH}/`)) return await answerAgentUi(store, req, res), true;
    if (route === "GET /__emulator/events") return streamEvents(store, req, res), true;
    if (route === "GET /__emulator/state") return json(res, 200, emulatorState(store)), true;
    if (route === "POST /__emulator/reset") return store.reset(), json(res, 200, emulatorState(store)), true;
    if (route === "POST /__emulator/faults") return json(res, 201, store.faults.arm(FaultSpec.parse(await readJson(req)))), true;
    if (route === "DELETE /__emulator/faults") return store.faults.clear(), json(res, 200, { faults: [] }), true;
    if (route === "GET /__emulator/rate-limit") return json(res, 200, store.rateLimit.usage()), true;
    if (route === "POST /__emulator/rate-limit") return store.setPlan(PlanChoice.parse(await readJson(req)).plan), json(res, 200, store.rateLimit.usage()), true;
    if (route === "POST /__emulator/tickets/long") return json(res, 201, { ticket: store.addLongTicket(LongTicket.parse(await readJson(req)).comments) }), true;
    if (route === "POST /__emulator/clock/advance") {
      store.advanceClock(ClockAdvance.parse(await readJson(req)).minutes);
      return json(res, 200, emulatorState(store)), true;
    }
    if (route === "POST /__emulator/agent") {
      const { userId, locale } = AgentSwitch.parse(await readJson(req));
      if (userId !== undefined) store.setCurrentUser(userId);
      if (locale !== undefined) store.setAgentLocale(locale);
      return json(res, 200, emulatorState(store)), true;
    }
    const reply = /^POST \/__emulator\/tickets\/(\d+)\/customer-reply$/.exec(route);
    if (reply) {
      const { body, uploads = [] } = CustomerReply.parse(await readJson(req));
      const details = validateTicketInput(store.data, { comment: { body, uploads } });
      if (details) return json(res, 422, { error: "RecordInvalid", description: "Record validation errors", details }), true;
      const outcome = store.customerReply(Number(reply[1]), body, uploads);
      if (outcome.kind === "not-found") return json(res, 404, { error: "RecordNotFound", description: "Not found" }), true;
      if (outcome.kind === "closed") return json(res, 422, { error: "RecordInvalid", description: "Closed tickets take no replies" }), true;
      return json(res, 200, { ticket: outcome.ticket, audit: outcome.audit }), true;
    }
  } catch (error) {
    return json(res, 400, { error: "InvalidControlRequest", description: error instanceof Error ? error.message : String(error) }), true;
  }
  return false;
}
