import { flowTag, restorePosition, type TicketSnapshot } from "../../src/engine";
import { CATALOG } from "../../src/flows/catalog/catalog";
import { parseFlowFile } from "../../src/flows/schema";
import { type IndexedMacro, keyMacros, matchMacro } from "../../src/zendesk/matchMacro";

/** A 1,000-step procedure file: questions every tenth step, actions with macro, status, checklist and replies, one end. */
export function aLongFlowFile(steps = 1000): unknown {
  const id = (i: number) => `bench.paso-${String(i).padStart(4, "0")}`;
  const body = Array.from({ length: steps - 1 }, (_, i) => {
    const next = id(i + 1);
    if (i % 10 === 5) {
      return { id: id(i), kind: "question", title: `Pregunta ${i}`, question: "¿El cliente confirma?", options: [{ id: "si", label: "Sí", next }, { id: "no", label: "No", next }] };
    }
    return {
      id: id(i),
      kind: "action",
      title: `Paso ${i}`,
      instructions: [`Indicar al cliente el paso ${i}.`, "Registrar la gestión en el ticket."],
      macro: `Móvil::WhatsApp::Bench::Paso ${i}`,
      status: "pending",
      checklist: [{ id: "linea", label: "Número de línea", required: true, value: { format: "text" } }],
      replies: [{ id: "acepto", label: "ACEPTO", pattern: "\\bacepto\\b", next }],
      next,
    };
  });
  return {
    id: "bench",
    seed: "999",
    title: "Procedimiento de 1.000 pasos",
    summary: "Carga sintética para medir la validación.",
    match: { subjectWords: ["bench"] },
    start: id(0),
    steps: [...body, { id: id(steps - 1), kind: "end", title: "Fin" }],
  };
}

/** 5,000 macros as the browser's cache hands them over (parsed from storage): title keys computed when they were fetched. */
export function storedMacros(count = 5000): IndexedMacro[] {
  const keyed = keyMacros(Array.from({ length: count }, (_, i) => ({ id: i + 1, title: `Categoría ${i % 50}::Subcategoría ${i % 7}::Macro ${i}`, active: true })));
  return JSON.parse(JSON.stringify(keyed)) as IndexedMacro[];
}

/** Validates the long flow; throws if it does not parse (a bench over a broken input measures nothing). */
export function validateLongFlow(input: unknown): void {
  const parsed = parseFlowFile(input);
  if (!parsed.success) throw new Error(`The bench's 1,000-step flow does not validate: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
}

/** Builds the index over a fresh copy of the list (so nothing is reused) and resolves one path. */
export function indexAndMatch(macros: IndexedMacro[]): void {
  const match = matchMacro("Categoría 49::Subcategoría 1::Macro 4999", [...macros]);
  if (match.status !== "found") throw new Error("The bench's macro was not found.");
}

/**
 * CPU milliseconds `work` takes in this process: on a machine shared with other jobs, wall time measures
 * the machine's load as much as the code.
 */
export function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const prePost = CATALOG.find((f) => f.id === "pre-post")!;
const SMS_MACRO = "Móvil::WhatsApp::Migración de Pre a Post::Tocken::Envío SMS por AR";
const AT = Date.UTC(2026, 5, 9, 14, 0);

/** Seed 001's ticket two minutes after the token SMS, with the customer's code at the end of a reply of `length` characters. */
export function aTokenReplyTicket(length: number): TicketSnapshot {
  const code = "El código es A7K29Q";
  const body = `${"hola ".repeat(Math.max(0, Math.ceil((length - code.length) / 5)))}${code}`.slice(-Math.max(length, code.length));
  return {
    id: 1, subject: "Quiero pasar a pospago", status: "hold", tags: [flowTag("pre-post")], channel: "whatsapp",
    brand: { id: 1, name: "Tigo Bolivia", subdomain: "tigo-bo" }, requester: { name: "Cliente" },
    messages: [{ author: "requester", body, public: true, at: AT + 60_000 }],
    events: [{ kind: "macro", title: SMS_MACRO, at: AT }],
  };
}

/** Where the sidebar stands on that ticket; throws unless the code is proposed (a bench that finds nothing measures nothing). */
export function positionFromReply(ticket: TicketSnapshot): void {
  const position = restorePosition(prePost, ticket, AT + 120_000);
  if (!("reply" in position) || position.reply?.kind !== "proposed") throw new Error("The bench's token reply was not proposed.");
}
