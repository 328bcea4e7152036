import fc from "fast-check";
import { placeholdersOf, VALUE_FORMATS, type Flow } from "../../../src/flows/schema";
import {
  flowTag,
  normalizeName,
  renderTemplate,
  restorePosition,
  selectFlow,
  stepTag,
  suggestWrites,
  validateValue,
  type Message,
  type TicketEvent,
  type TicketSnapshot,
} from "../../../src/engine";
import { aFlow, anAction, anEnd, aQuestion, aTicket, NOW } from "../../support/builders";

/** The catalog when it parses; its own tests say why when it does not. */
const CATALOG: Flow[] = await import("../../../src/flows/catalog/catalog").then(
  (m) => m.CATALOG,
  () => [],
);

/** A purpose-built flow with every way of moving on (replies, timers, a shared macro), so the properties never run on placeholders only. */
const FIXTURE = aFlow({
  id: "prop",
  steps: [
    aQuestion("prop.inicio", { a: "prop.tyc", b: "prop.fin" }),
    anAction("prop.tyc", "prop.token", { macro: "Móvil::T&C", replies: [{ id: "acepto", label: "ACEPTO", pattern: "(?<!no\\s)\\bacepto\\b", next: "prop.token" }] }),
    anAction("prop.token", "prop.gestion", {
      macro: "Móvil::Tocken::Envío SMS",
      timer: { minutes: 10, label: "Expira", next: "prop.tyc" },
      replies: [{ id: "codigo", label: "Código", pattern: "^\\s*[a-z\\d]{6}\\s*$", next: "prop.gestion" }],
    }),
    anAction("prop.gestion", "prop.fin", { macro: "Respuesta rápida::Opción 4", alternatives: [{ id: "otra", label: "Otra", next: "prop.inicio" }] }),
    anEnd("prop.fin", { macro: "BO::Despedida al resolver", timer: { minutes: 60, label: "Reabre", next: "prop.gestion" } }),
  ],
});
const FLOWS = [FIXTURE, ...CATALOG];

const HOUR = 3_600_000;
const time = fc.integer({ min: NOW - 48 * HOUR, max: NOW + HOUR });

/** Macro titles as audits may spell them: the flow's own, with ">" or other case, or anything else. */
const macroTitle = (flow: Flow) => {
  const own = flow.steps.flatMap((s) => (s.macro ? [s.macro] : []));
  const spelt = own.length ? fc.constantFrom(...own).chain((m) => fc.constantFrom(m, m.toUpperCase(), m.replaceAll("::", " > "), m.replace("Tocken", "Token"))) : fc.string();
  return fc.oneof(spelt, fc.string(), fc.constantFrom("Respuesta rápida::Opción 4", ""));
};
const aTag = (flow: Flow) => fc.oneof(fc.constantFrom(...flow.steps.map((s) => stepTag(s.id)), flowTag(flow.id), "vip"), fc.string({ maxLength: 12 }));
const body = fc.oneof(fc.constantFrom("ACEPTO", "no acepto", "A7K29Q", "482913", "Hola", "", "   "), fc.string(), fc.string({ unit: "grapheme" }));
const message: fc.Arbitrary<Message> = fc.record({ author: fc.constantFrom("requester" as const, "agent" as const), body, public: fc.boolean(), at: time });
const event = (flow: Flow): fc.Arbitrary<TicketEvent> =>
  fc.oneof(
    fc.record({ kind: fc.constant("macro" as const), title: macroTitle(flow), at: time }),
    fc.record({ kind: fc.constant("tags" as const), added: fc.array(aTag(flow), { maxLength: 4 }), removed: fc.array(aTag(flow), { maxLength: 2 }), at: time }),
  );
const ticketFor = (flow: Flow): fc.Arbitrary<TicketSnapshot> =>
  fc
    .record({
      subject: fc.oneof(fc.string(), fc.constantFrom("Quiero un plan pospago", "Reclamo TBO", "")),
      tags: fc.array(aTag(flow), { maxLength: 5 }),
      channel: fc.constantFrom("whatsapp", "native_messaging", "email", "voice", "web"),
      formId: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      messages: fc.array(message, { maxLength: 6 }),
      events: fc.array(event(flow), { maxLength: 10 }),
    })
    .map((t) => aTicket(t));
const flowAndTicket = fc.constantFrom(...FLOWS).chain((flow) => fc.tuple(fc.constant(flow), ticketFor(flow), time));

describe("engine properties", () => {
  it(`run over ${FLOWS.length} flows (the fixture and every CATALOG flow that parses)`, () => {
    expect(FLOWS.map((f) => f.id)).toContain("prop");
  });

  it("restorePosition() is total, deterministic, leaves the ticket alone and lands on a step of the flow", () => {
    fc.assert(
      fc.property(flowAndTicket, ([flow, ticket, now]) => {
        const before = structuredClone(ticket);
        const position = restorePosition(flow, ticket, now);
        expect(ticket).toEqual(before);
        expect(restorePosition(flow, structuredClone(ticket), now)).toEqual(position);
        const ids = new Set(flow.steps.map((s) => s.id));
        expect(ids.has(position.stepId)).toBe(true);
        for (const id of position.trail) expect(ids.has(id)).toBe(true);
        if (position.status === "done") expect(flow.steps.find((s) => s.id === position.stepId)?.kind).toBe("end");
      }),
      { numRuns: 400 },
    );
    // 400 runs over every flow: seconds on a loaded machine, so more than the default 5 s.
  }, 30_000);

  it("selectFlow() never throws and only chooses among the flows it was given", () => {
    fc.assert(
      fc.property(fc.subarray(FLOWS), flowAndTicket, (flows, [, ticket]) => {
        const choice = selectFlow(flows, ticket);
        if (choice.status === "chosen") expect(flows).toContain(choice.flow);
        else for (const c of choice.candidates) expect(flows).toContain(c);
      }),
    );
  });

  it("renderTemplate() never throws, leaves no {{ and lists each missing placeholder once", () => {
    const name = fc.oneof(fc.stringMatching(/^[a-zA-Z0-9.\-_]{1,12}$/), fc.constantFrom("constructor", "valueOf", "requester.name"));
    const noBraces = fc.string().map((s) => s.replace(/[{}]/g, ""));
    const piece = fc.oneof(noBraces, name.map((n) => `{{${n}}}`), name.map((n) => `{{ ${n} }}`));
    const values = fc.dictionary(name, fc.option(noBraces, { nil: undefined }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), values, (pieces, vals) => {
        const template = pieces.join("");
        const { text, missing } = renderTemplate(template, vals);
        expect(text).not.toContain("{{");
        expect(new Set(missing).size).toBe(missing.length);
        for (const m of missing) expect(placeholdersOf(template)).toContain(m);
      }),
    );
  });

  it("suggestWrites() is idempotent on every step: once applied, nothing is left to write", () => {
    const flowStepTags = fc.constantFrom(...FLOWS).chain((flow) => fc.tuple(fc.constant(flow), fc.constantFrom(...flow.steps), fc.array(aTag(flow), { maxLength: 6 })));
    fc.assert(
      fc.property(flowStepTags, ([flow, step, tags]) => {
        const first = suggestWrites(flow, step, { tags });
        const applied = [...tags.filter((t) => !first.tags.remove.includes(t)), ...first.tags.add];
        expect(suggestWrites(flow, step, { tags: applied }).tags).toEqual({ add: [], remove: [] });
      }),
    );
  });

  it("normalizeName() is idempotent and validateValue() never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom(...VALUE_FORMATS), (s, format) => {
        expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
        expect(typeof validateValue(format, s).fits).toBe("boolean");
      }),
    );
  });
});
