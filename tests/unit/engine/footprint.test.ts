import { checklistSaveTags, doneItems, restorePosition, suggestWrites, TAG_PREFIX, type TicketEvent } from "../../../src/engine";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import type { Step } from "../../../src/flows/schema";
import { aTicket, NOW } from "../../support/builders";

const flow = CATALOG.find((f) => f.id === "pre-post")!;
const step = (id: string) => flow.steps.find((s) => s.id === `pre-post.${id}`)!;

/** Seed 001's happy path as the agent walks it (tests/browser/sidebar-pre-post.test.ts): an Apply, a checklist saved with every item, or a step passed in the sidebar. */
const HAPPY_PATH: [action: "apply" | "save" | "pass", stepId: string][] = [
  ["pass", "escenario.identificar"],
  ["apply", "saludo.primer-contacto"],
  ["save", "escenario.datos-titular"],
  ["pass", "escenario.facturacion"],
  ["pass", "escenario.proceso-normal"],
  ["apply", "preanalisis.gestion"],
  ["save", "preanalisis.resultado"],
  ["save", "qvantel.estado-linea"],
  ["apply", "oferta.linea-confirmada"],
  ["save", "oferta.linea-confirmada"],
  ["save", "titularidad.gestion"],
  ["apply", "titularidad.gestion"],
  ["pass", "titularidad.qvantel"],
  ["apply", "tyc.confirmacion"],
  ["save", "tyc.acepto"],
  ["apply", "token.envio-sms"],
  ["apply", "token.gestion"],
  ["pass", "migracion.resultado-ar"],
  ["pass", "contrato.facturacion-tercero"],
  ["save", "contrato.sin-preanalisis"],
  ["save", "confirmar.migracion-exitosa"],
  ["apply", "confirmar.migracion-exitosa"],
  ["apply", "despedida"],
];

type Ticket = { tags: string[]; events: TicketEvent[]; notes: string[] };

/** One submit or API save: the tags change in one audit, a minute after the previous one. */
function write(ticket: Ticket, changes: { add: string[]; remove: string[] }, macro?: string): Ticket {
  const at = NOW - 60 * 60_000 + ticket.events.length * 60_000;
  const tags = [...ticket.tags.filter((t) => !changes.remove.includes(t)), ...changes.add.filter((t) => !ticket.tags.includes(t))];
  const events: TicketEvent[] = [...(macro ? [{ kind: "macro" as const, title: macro, at }] : []), { kind: "tags", added: changes.add, removed: changes.remove, at }];
  return { ...ticket, tags, events: [...ticket.events, ...events] };
}

function save(ticket: Ticket, s: Step, done: ReadonlySet<string>): Ticket {
  return { ...write(ticket, checklistSaveTags(flow, s, done, ticket.tags)), notes: [...ticket.notes, s.id] };
}

function walk(path = HAPPY_PATH): Ticket {
  let ticket: Ticket = { tags: ["whatsapp"], events: [], notes: [] };
  for (const [action, id] of path) {
    const s = step(id);
    if (action === "apply") ticket = write(ticket, suggestWrites(flow, s, ticket).tags, s.macro);
    if (action === "save") ticket = save(ticket, s, new Set((s.checklist ?? []).map((i) => i.id)));
  }
  return ticket;
}

describe("Ruta's footprint on a finished 001 ticket (issue 8, item 9)", () => {
  const finished = walk();
  const rutaTags = finished.tags.filter((t) => t.startsWith(TAG_PREFIX));

  it("carries at most 6 Ruta tags: the flow and its last step, no checklist tag of a step done", () => {
    expect(rutaTags.length).toBeLessThanOrEqual(6);
    expect(rutaTags.sort()).toEqual(["ruta_flow_pre_post", "ruta_step_pre_post_despedida"]);
    expect(finished.tags).toContain("whatsapp");
  });

  it("carries one Ruta note for each step whose checklist was saved, none twice", () => {
    expect(finished.notes).toHaveLength(8);
    expect(new Set(finished.notes).size).toBe(finished.notes.length);
  });

  it("still places the finished ticket where the procedure ended", () => {
    expect(restorePosition(flow, aTicket({ tags: finished.tags, events: finished.events }), NOW)).toMatchObject({ status: "done", stepId: "pre-post.despedida" });
  });

  it("keeps a partial checklist on the ticket so the next agent resumes it with its items ticked", () => {
    const upTo = HAPPY_PATH.findIndex(([, id]) => id === "contrato.sin-preanalisis");
    const contract = step("contrato.sin-preanalisis");
    const partial = new Set((contract.checklist ?? []).slice(0, 2).map((i) => i.id));
    const ticket = save(walk(HAPPY_PATH.slice(0, upTo)), contract, partial);
    expect(restorePosition(flow, aTicket({ tags: ticket.tags, events: ticket.events }), NOW)).toMatchObject({ status: "active", stepId: contract.id, reason: { kind: "inProgress" } });
    expect(doneItems(contract, ticket.tags)).toEqual(partial);
    expect(ticket.tags.filter((t) => t.startsWith(`${TAG_PREFIX}ck_`))).toHaveLength(2);
  });
});
