import type { Flow, Step } from "../../../src/flows/schema";
import { normalizeName, restorePosition, stepTag, successorsOf, workTag } from "../../../src/engine";
import { aFlow, anAction, anEnd, aQuestion, aTicket, at, fromAgent, fromCustomer, macroApplied, NOW, tagsChanged } from "../../support/builders";

const OFERTA = "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan";
const GESTION = "Respuesta rápida::Opción 4";
const TYC = "Móvil::WhatsApp::Confirmación::Plan + T&C sin Teléfono";
const TOKEN = "Móvil::WhatsApp::Migración de Pre a Post::Tocken::Envío SMS por AR";
const TOKEN_2 = "Móvil::WhatsApp::Migración de Pre a Post::Tocken::Envío SMS 2do Tocken por Vencimiento";
const FR_RO = "Móvil::WhatsApp::Migración de Pre a Post::No califica::Línea en FR/RO";
const DESPEDIDA = "BO::Despedida al resolver";

const CODE = { id: "codigo", label: "Envía el código", pattern: "^\\s*\\d{6}\\s*$", next: "r.gestion-migracion" };

/**
 * A small migration: the offer, "gestión" (the quick-reply macro used twice), T&C waiting for ACEPTO,
 * the token with a 10-minute timer, a second token, "gestión" again and the farewell.
 */
const flow = aFlow({
  id: "r",
  steps: [
    aQuestion("r.inicio", { califica: "r.oferta", "fr-ro": "r.rechazo" }),
    anAction("r.oferta", "r.gestion-titularidad", { macro: OFERTA, status: "hold" }),
    anAction("r.gestion-titularidad", "r.tyc", { macro: GESTION, status: "open" }),
    anAction("r.tyc", "r.token", { macro: TYC, replies: [{ id: "acepto", label: "Responde ACEPTO", pattern: "\\bACEPTO\\b", next: "r.token" }] }),
    anAction("r.token", "r.gestion-migracion", {
      macro: TOKEN,
      timer: { minutes: 10, label: "El código expira", next: "r.segundo-token" },
      replies: [CODE],
    }),
    anAction("r.segundo-token", "r.gestion-migracion", { macro: TOKEN_2, timer: { minutes: 10, label: "El 2do código expira" }, replies: [CODE] }),
    anAction("r.gestion-migracion", "r.fin", { macro: GESTION }),
    anEnd("r.rechazo", { macro: FR_RO, status: "solved" }),
    anEnd("r.fin", { macro: DESPEDIDA, status: "solved" }),
  ],
});

describe("restorePosition()", () => {
  it("starts at the start when nothing of the flow was applied", () => {
    const ticket = aTicket({ tags: ["vip", "ruta_step_otro_flujo_paso"], events: [macroApplied("BO::Saludo", at(30)), tagsChanged(["vip"], at(30))] });
    expect(restorePosition(flow, ticket, NOW)).toEqual({ status: "active", stepId: "r.inicio", trail: [], reason: { kind: "start" } });
  });

  describe("the last applied step", () => {
    it("is read from Ruta's step tag in the audits", () => {
      const ticket = aTicket({ tags: [stepTag("r.oferta")], events: [tagsChanged([stepTag("r.oferta")], at(20))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "active",
        stepId: "r.gestion-titularidad",
        trail: ["r.oferta"],
        reason: { kind: "applied", stepId: "r.oferta", via: "tag" },
      });
    });

    it("stays on the step applied in the editor until the ticket is submitted (an unsaved Apply)", () => {
      const ticket = aTicket({ tags: ["ruta_flow_r", stepTag("r.oferta")] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({ status: "unsaved", stepId: "r.oferta", trail: [], reason: { kind: "applied", stepId: "r.oferta", via: "tag" } });
    });

    it.each([
      ["the seed's spelling", OFERTA],
      ['without "de"', "Móvil::WhatsApp::Migración Pre a Post::Oferta::Línea Confirmada + Plan"],
      ['">" as separator', "Móvil > WhatsApp > Migración de Pre a Post > Oferta > Línea Confirmada + Plan"],
      ["upper case, no accents", "MOVIL::WHATSAPP::MIGRACION DE PRE A POST::OFERTA::LINEA CONFIRMADA + PLAN"],
      ['spaces around "::"', "Móvil :: Whatsapp :: Migración Pre a Post :: Oferta :: Línea confirmada + plan"],
    ])("is read from a flow macro in the audits: %s", (_, title) => {
      const ticket = aTicket({ events: [macroApplied(title, at(20))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "active",
        stepId: "r.gestion-titularidad",
        trail: ["r.oferta"],
        reason: { kind: "applied", stepId: "r.oferta", via: "macro", macro: title },
      });
    });

    it('takes "Token" for "Tocken"', () => {
      const title = "Móvil::WhatsApp::Migración Pre a Post::Token::Envío SMS por AR";
      const ticket = aTicket({ events: [macroApplied(title, at(2))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ status: "waiting", stepId: "r.token", reason: { stepId: "r.token", macro: title } });
    });

    it("ignores macros of other procedures with a similar name", () => {
      const ticket = aTicket({ events: [macroApplied("Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea sin confirmación + Plan", at(20))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ stepId: "r.inicio", reason: { kind: "start" } });
    });

    it("counts a step once when its tag and its macro land in the same audit (macro listed first)", () => {
      const ticket = aTicket({ tags: [stepTag("r.oferta")], events: [macroApplied(OFERTA, at(20)), tagsChanged([stepTag("r.oferta")], at(20))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "active",
        stepId: "r.gestion-titularidad",
        trail: ["r.oferta"],
        reason: { kind: "applied", stepId: "r.oferta", via: "tag", macro: OFERTA },
      });
    });

    // BUG (restorePosition.ts, appliedSteps): the merge of one Apply's tag and macro only works when the
    // adapter lists the macro first; listed after the tag, the macro counts as a second application.
    it("counts a step once when its tag and its macro land in the same audit (tags listed first)", () => {
      const ticket = aTicket({ tags: [stepTag("r.oferta")], events: [tagsChanged([stepTag("r.oferta")], at(20)), macroApplied(OFERTA, at(20))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "active",
        stepId: "r.gestion-titularidad",
        trail: ["r.oferta"],
        reason: { kind: "applied", stepId: "r.oferta", via: "tag", macro: OFERTA },
      });
    });

    // BUG (same cause): with a macro several steps share, the duplicate resolves to the *next* step with that
    // macro (the tagged step is "previous", so it is skipped) and the position jumps ahead.
    it("does not jump ahead when one Apply writes the tag and a shared macro (tags listed first)", () => {
      const tag = stepTag("r.gestion-titularidad");
      const ticket = aTicket({ tags: [tag], events: [tagsChanged([tag], at(20)), macroApplied(GESTION, at(20))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ status: "active", stepId: "r.tyc", trail: ["r.gestion-titularidad"] });
    });

    // BUG (restorePosition.ts, the `current` step tag): the step tag still on the ticket is pushed as applied
    // "now" whenever it is not the last applied step, so a flow macro applied by hand later is overridden.
    it("follows a flow macro applied by hand after Ruta's last step, though the older step tag is still on the ticket", () => {
      const tag = stepTag("r.gestion-titularidad");
      const ticket = aTicket({
        tags: ["ruta_flow_r", tag],
        events: [macroApplied(GESTION, at(30)), tagsChanged(["ruta_flow_r", tag], at(30)), macroApplied(TYC, at(10))],
      });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "waiting",
        stepId: "r.tyc",
        trail: ["r.gestion-titularidad", "r.tyc"],
        reason: { kind: "applied", stepId: "r.tyc", via: "macro", macro: TYC },
        since: at(10),
      });
    });

    it("takes an unsaved step tag in the editor as the newest application", () => {
      const ticket = aTicket({
        tags: ["ruta_flow_r", stepTag("r.gestion-titularidad")],
        events: [macroApplied(OFERTA, at(30)), tagsChanged(["ruta_flow_r", stepTag("r.oferta")], at(30))],
      });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({
        status: "unsaved",
        stepId: "r.gestion-titularidad",
        trail: ["r.oferta"],
        reason: { kind: "applied", stepId: "r.gestion-titularidad", via: "tag" },
      });
    });
    it("takes the step tag of a step that writes nothing as saved (only Ruta's API save puts it on), though this read lacks its audit", () => {
      const datos = aFlow({ id: "d", steps: [anAction("d.datos", "d.fin", { checklist: [{ id: "ci", label: "CI", required: true }] }), anEnd("d.fin")] });
      expect(restorePosition(datos, aTicket({ tags: [stepTag("d.datos")] }), NOW)).toMatchObject({ status: "active", stepId: "d.fin", trail: ["d.datos"] });
    });

    it("starts no clock and reads no reply for a waiting step applied in the editor and not saved yet", () => {
      const ticket = aTicket({ tags: [stepTag("r.token")], messages: [fromCustomer("482913", at(1))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "unsaved",
        stepId: "r.token",
        trail: [],
        reason: { kind: "applied", stepId: "r.token", via: "tag" },
      });
    });

    // BUG (restorePosition.ts, the `current` step tag since a99faf1): an unsaved step tag counts only if no audit
    // ever recorded that step's tag, so going back in the editor to a step applied before (a loop: rejected →
    // escalate again, recontact → T&C again) is ignored until the ticket is saved.
    it("takes an unsaved step tag as newest also when the editor goes back to a step applied before", () => {
      const ticket = aTicket({
        tags: [stepTag("r.oferta")],
        events: [tagsChanged([stepTag("r.oferta")], at(30)), tagsChanged([stepTag("r.gestion-titularidad")], at(20), [stepTag("r.oferta")])],
      });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({
        status: "unsaved",
        stepId: "r.oferta",
        trail: ["r.oferta", "r.gestion-titularidad"],
        reason: { kind: "applied", stepId: "r.oferta", via: "tag" },
      });
    });
  });

  describe("a macro several steps share", () => {
    it("resolves to the step nearest the start when nothing was applied before", () => {
      const ticket = aTicket({ events: [macroApplied(GESTION, at(5))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ stepId: "r.tyc", trail: ["r.gestion-titularidad"] });
    });

    it("resolves to the nearest successor of the previous applied step", () => {
      const ticket = aTicket({ events: [macroApplied(TOKEN, at(8)), macroApplied("Respuesta Rápida::Opción 4", at(3))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({
        status: "active",
        stepId: "r.fin",
        trail: ["r.token", "r.gestion-migracion"],
        reason: { kind: "applied", stepId: "r.gestion-migracion", via: "macro" },
      });
    });

    it("moves past the previous step when the same macro is applied again", () => {
      const ticket = aTicket({ events: [macroApplied(GESTION, at(30)), macroApplied(GESTION, at(5))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ stepId: "r.fin", trail: ["r.gestion-titularidad", "r.gestion-migracion"] });
    });
  });

  describe("a customer reply", () => {
    const tycApplied = macroApplied(TYC, at(20));

    it.each([["ACEPTO"], ["acepto"], ["Sí, ACEPTO."]])("proposes the reply it matches, for the agent to confirm: %j", (body) => {
      const ticket = aTicket({ events: [tycApplied], messages: [fromCustomer(body, at(15))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "waiting",
        stepId: "r.tyc",
        trail: ["r.tyc"],
        reason: { kind: "applied", stepId: "r.tyc", via: "macro", macro: TYC },
        since: at(20),
        reply: { kind: "proposed", replyId: "acepto", words: [body.match(/acepto/i)![0]], excerpt: body, at: at(15), next: "r.token", label: "Responde ACEPTO" },
      });
    });

    it.each([["No lo acepto"], ["Acepto pero primero quiero saber el precio"], ["¿Acepto?"]])("proposes nothing for %j", (body) => {
      const ticket = aTicket({ events: [tycApplied], messages: [fromCustomer(body, at(15))] });
      const position = restorePosition(flow, ticket, NOW);
      expect(position).toMatchObject({ status: "waiting", stepId: "r.tyc" });
      expect(position.status === "waiting" && position.reply?.kind).not.toBe("proposed");
    });

    it("does not count when it came before the step was applied", () => {
      const ticket = aTicket({ events: [tycApplied], messages: [fromCustomer("ACEPTO", at(25))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "waiting",
        stepId: "r.tyc",
        trail: ["r.tyc"],
        reason: { kind: "applied", stepId: "r.tyc", via: "macro", macro: TYC },
        since: at(20),
      });
    });

    it.each([
      ["the agent writes it", fromAgent("Responda ACEPTO por favor", at(15))],
      ["it is a private message", { ...fromCustomer("ACEPTO", at(15)), public: false }],
      ["it does not match", fromCustomer("¿Cuánto cuesta el plan?", at(15))],
    ])("keeps waiting when %s", (_, message) => {
      const ticket = aTicket({ events: [tycApplied], messages: [message] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ status: "waiting", stepId: "r.tyc", since: at(20) });
    });

    it("reads only the latest customer message", () => {
      const ticket = aTicket({ events: [tycApplied], messages: [fromCustomer("¿y luego?", at(5)), fromCustomer("ACEPTO", at(15))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ status: "waiting", stepId: "r.tyc" });
    });

    it("sent before the timer ran out stays proposed after it ran out", () => {
      const ticket = aTicket({ events: [macroApplied(TOKEN, at(12))], messages: [fromCustomer(" 482913 ", at(11))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({
        status: "waiting",
        stepId: "r.token",
        reply: { kind: "proposed", replyId: "codigo", words: ["482913"], next: "r.gestion-migracion" },
      });
    });

    it("sent after the timer ran out does not count: the timer decides (seed 001 7.3, a code after the token expired)", () => {
      const ticket = aTicket({ events: [macroApplied(TOKEN, at(25))], messages: [fromCustomer("El código es 482913", at(1))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "active",
        stepId: "r.segundo-token",
        trail: ["r.token"],
        reason: { kind: "timer", stepId: "r.token", minutes: 10, late: "El código es 482913" },
      });
    });

    it("finds a code inside a sentence", () => {
      const ticket = aTicket({ events: [macroApplied(TOKEN, at(5))], messages: [fromCustomer("Hola, el código que me llegó es 482913, gracias", at(2))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ status: "waiting", reply: { kind: "proposed", words: ["482913"] } });
    });
  });

  describe("a timer", () => {
    it("offers timer.next once it has run out with no reply (12 minutes after a 10-minute timer)", () => {
      const ticket = aTicket({ events: [macroApplied(TOKEN, at(12))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "active",
        stepId: "r.segundo-token",
        trail: ["r.token"],
        reason: { kind: "timer", stepId: "r.token", minutes: 10 },
      });
    });

    it("runs out exactly at its length", () => {
      const ticket = aTicket({ events: [macroApplied(TOKEN, at(10))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ status: "active", stepId: "r.segundo-token" });
    });

    it("waits, saying since when, while it runs (5 minutes in)", () => {
      const ticket = aTicket({ events: [macroApplied(TOKEN, at(5))] });
      expect(restorePosition(flow, ticket, NOW)).toEqual({
        status: "waiting",
        stepId: "r.token",
        trail: ["r.token"],
        reason: { kind: "applied", stepId: "r.token", via: "macro", macro: TOKEN },
        since: at(5),
      });
    });

    it("keeps waiting after it runs out when it has nowhere to go", () => {
      const ticket = aTicket({ events: [macroApplied(TOKEN_2, at(60))] });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ status: "waiting", stepId: "r.segundo-token", since: at(60) });
    });
  });

  it("is done when the last applied step is an end", () => {
    const ticket = aTicket({ events: [macroApplied(FR_RO, at(1))] });
    expect(restorePosition(flow, ticket, NOW)).toEqual({
      status: "done",
      stepId: "r.rechazo",
      trail: ["r.rechazo"],
      reason: { kind: "applied", stepId: "r.rechazo", via: "macro", macro: FR_RO },
    });
  });

  it("stays on a question step applied by tag, leaving it out of the trail", () => {
    const ticket = aTicket({ tags: [stepTag("r.inicio")], events: [tagsChanged([stepTag("r.inicio")], at(3))] });
    expect(restorePosition(flow, ticket, NOW)).toEqual({
      status: "active",
      stepId: "r.inicio",
      trail: [],
      reason: { kind: "applied", stepId: "r.inicio", via: "tag" },
    });
  });

  it("keeps the trail in time order, whatever order the audits come in", () => {
    const ticket = aTicket({
      events: [macroApplied(DESPEDIDA, at(1)), macroApplied(TYC, at(20)), macroApplied(OFERTA, at(40)), macroApplied(GESTION, at(30)), macroApplied(TOKEN, at(10))],
    });
    expect(restorePosition(flow, ticket, NOW)).toEqual({
      status: "done",
      stepId: "r.fin",
      trail: ["r.oferta", "r.gestion-titularidad", "r.tyc", "r.token", "r.fin"],
      reason: { kind: "applied", stepId: "r.fin", via: "macro", macro: DESPEDIDA },
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// The real primary flow, seed 001. Steps are found by their macro, so renaming an id does not break these.

const CATALOG: Flow[] = await import("../../../src/flows/catalog/catalog").then(
  (m) => m.CATALOG,
  () => [],
);
const prePost = CATALOG.find((f) => f.id === "pre-post");

/** Steps of `flow` whose macro ends with `suffix`, compared as the engine compares macro titles. */
function stepsByMacro(f: Flow | undefined, suffix: string): Step[] {
  const key = normalizeName(suffix);
  return (f?.steps ?? []).filter((s) => s.macro && normalizeName(s.macro).endsWith(key));
}

const offer = stepsByMacro(prePost, "Oferta::Línea Confirmada + Plan")[0];
const sms = stepsByMacro(prePost, "Tocken::Envío SMS por AR")[0];
const secondToken = stepsByMacro(prePost, "Tocken::Envío SMS 2do Tocken por Vencimiento")[0];
const gestionAfterSms = sms && stepsByMacro(prePost, "Respuesta rápida::Opción 4").find((s) => successorsOf(sms).includes(s.id));
const ENCODED = Boolean(prePost && offer && sms && secondToken && gestionAfterSms);

describe.skipIf(!ENCODED)("restorePosition() on the real pre-post flow (skipped while CATALOG's pre-post is a placeholder)", () => {
  const real = prePost!;

  it("goes to the ownership validation once the customer answers the offer", () => {
    const ticket = aTicket({ events: [macroApplied(offer!.macro!, at(30))], messages: [fromCustomer("Me interesa el plan, adjunto mi carnet", at(10))] });
    const position = restorePosition(real, ticket, NOW);
    expect(position).toMatchObject({ status: "waiting", stepId: offer!.id, reply: { kind: "proposed" } });
    const next = position.status === "waiting" ? position.reply?.next : undefined;
    expect(next).toMatch(/titularidad/);
    expect(successorsOf(offer!)).toContain(next);
  });

  it("stays on the offer when the customer asks a question", () => {
    const ticket = aTicket({ events: [macroApplied(offer!.macro!, at(30))], messages: [fromCustomer("¿cuánto cuesta el plan?", at(10))] });
    expect(restorePosition(real, ticket, NOW)).toMatchObject({ status: "waiting", stepId: offer!.id, reply: { kind: "question", excerpt: "¿cuánto cuesta el plan?" } });
  });

  it("waits on the offer while the customer has not answered", () => {
    const ticket = aTicket({ events: [macroApplied(offer!.macro!, at(30))] });
    expect(restorePosition(real, ticket, NOW)).toMatchObject({ status: "waiting", stepId: offer!.id, since: at(30) });
  });

  it('offers the second token when "Envío SMS por AR" was applied 12 minutes ago and no code came', () => {
    const ticket = aTicket({ events: [macroApplied(sms!.macro!, at(12))], messages: [fromCustomer("ok, espero el mensaje", at(11))] });
    expect(restorePosition(real, ticket, NOW)).toMatchObject({ status: "active", stepId: secondToken!.id, reason: { kind: "timer", stepId: sms!.id } });
  });

  it('goes on to "Respuesta rápida::Opción 4" after the SMS when the token code arrives', () => {
    const ticket = aTicket({ events: [macroApplied(sms!.macro!, at(6))], messages: [fromCustomer("A7K29Q", at(4))] });
    expect(restorePosition(real, ticket, NOW)).toMatchObject({ status: "waiting", stepId: sms!.id, reply: { kind: "proposed", next: gestionAfterSms!.id, words: ["A7K29Q"] } });
  });

  it('resolves the shared "Respuesta rápida::Opción 4" to the step after the SMS, spelt as Zendesk lists it', () => {
    const ticket = aTicket({
      events: [macroApplied("Móvil > WhatsApp > Migración Pre a Post > Token > Envío SMS por AR", at(6)), macroApplied("Respuesta Rapida::Opcion 4", at(2))],
    });
    expect(restorePosition(real, ticket, NOW)).toMatchObject({ trail: [sms!.id, gestionAfterSms!.id], reason: { kind: "applied", stepId: gestionAfterSms!.id } });
  });

  it("takes the T&C macro sent a second time as the resend, not as the first send again", () => {
    const tyc = stepsByMacro(real, "Confirmación::Plan + T&C sin Teléfono");
    test.skipIf(tyc.length < 2);
    const ticket = aTicket({ events: [macroApplied(tyc[0]!.macro!, at(60)), macroApplied(tyc[0]!.macro!, at(20))] });
    const position = restorePosition(real, ticket, NOW);
    expect(position.trail).toEqual([tyc[0]!.id, tyc[1]!.id]);
    expect(position).toMatchObject({ status: "waiting", stepId: tyc[1]!.id, since: at(20) });
  });

  describe("work saved on a step not done yet", () => {
    it("opens the ticket at that step, after what was applied", () => {
      const ticket = aTicket({
        tags: ["ruta_flow_r", stepTag("r.oferta"), workTag("r.tyc")],
        events: [tagsChanged(["ruta_flow_r", stepTag("r.oferta")], at(30)), tagsChanged([workTag("r.tyc"), "ruta_ck_r_tyc__captura"], at(10))],
      });
      expect(restorePosition(flow, ticket, NOW)).toEqual({ status: "active", stepId: "r.tyc", trail: ["r.oferta"], reason: { kind: "inProgress", stepId: "r.tyc" } });
    });

    it("gives way to the step applied after it", () => {
      const ticket = aTicket({
        tags: ["ruta_flow_r", stepTag("r.gestion-titularidad")],
        events: [tagsChanged([workTag("r.gestion-titularidad")], at(30)), tagsChanged([stepTag("r.gestion-titularidad")], at(10), [workTag("r.gestion-titularidad")])],
      });
      expect(restorePosition(flow, ticket, NOW)).toMatchObject({ status: "active", stepId: "r.tyc", trail: ["r.gestion-titularidad"], reason: { kind: "applied" } });
    });
  });
});
