import { flowTag, stepTag, workTag } from "../../../src/engine";
import type { Flow } from "../../../src/flows/schema";
import { createSidebarModel, inMemoryCatalog } from "../../../src/ui/createSidebarModel";
import { ApiFailure } from "../../../src/zendesk/apiError";
import type { ZendeskPort } from "../../../src/zendesk/port";
import type { TicketRead } from "../../../src/zendesk/readTicket";
import { aFlow, anAction, anEnd, aQuestion, aTicket, NOW, tagsChanged } from "../../support/builders";

const MACRO = "Móvil::WhatsApp::Oferta";

const flow: Flow = aFlow({
  id: "demo",
  match: { subjectWords: ["pospago"] },
  steps: [
    aQuestion("demo.inicio", { si: "demo.oferta", no: "demo.fin" }),
    anAction("demo.oferta", "demo.fin", {
      macro: MACRO,
      status: "hold",
      orderState: "En progreso::Datos Insuficientes",
      checklist: [
        { id: "ci", label: "Carnet", required: true, value: { format: "ciBo" } },
        { id: "captura", label: "Captura", required: true, evidence: true },
      ],
    }),
    anEnd("demo.fin", { macro: "BO::Despedida", status: "solved" }),
  ],
});
const other: Flow = aFlow({ id: "otro", match: { subjectWords: ["factura"] }, steps: [anEnd("otro.inicio")] });

function aRead(overrides: Partial<TicketRead> = {}): TicketRead {
  return { ...aTicket({ subject: "Quiero un plan pospago", brand: { id: 1, name: "Tigo Bolivia", subdomain: "tigo-bo" } }), updatedAt: "2026-06-09T14:00:00Z", requesterId: 7, ...overrides };
}

/** A fake port: the ticket it reads can be changed by the test; every write is recorded. */
function createFakePort(initial: TicketRead, settings: Record<string, unknown> = {}) {
  let ticket = initial;
  const calls = { apply: [] as unknown[][], notes: [] as unknown[], reads: 0 };
  const port: ZendeskPort = {
    start: async () => (calls.reads++, { context: { account: { subdomain: "acme" } }, settings, agent: { id: 1, name: "Carla", role: "agent", locale: "es" }, ticket }),
    loadMacros: async () => [{ id: 9, title: MACRO, active: true }],
    readTicket: async () => (calls.reads++, ticket),
    applyChanges: async (_, changes) => (calls.apply.push([...changes]), changes.map((change) => ({ change, ok: true as const }))),
    writeNote: async (intent) => {
      const plan = intent.plan(intent.tags);
      if (!plan) return { status: "unchanged" };
      const tags = { add: plan.tags.filter((t) => !intent.tags.includes(t)), remove: intent.tags.filter((t) => !plan.tags.includes(t)) };
      calls.notes.push({ ticketId: intent.ticketId, updatedStamp: intent.updatedStamp, body: plan.body, tags, ...(plan.fields?.length ? { fields: plan.fields } : {}) });
      return { status: "written", updatedAt: "2026-06-09T14:05:00Z", tags };
    },
    copyToEditor: async () => undefined,
    mirrorTags: async () => undefined,
    onTicketChange: () => () => undefined,
    resize: async () => undefined,
  };
  return { port, calls, setTicket: (t: TicketRead) => void (ticket = t) };
}

async function started(ticket = aRead(), settings: Record<string, unknown> = {}) {
  const fake = createFakePort(ticket, settings);
  const model = createSidebarModel(fake.port, inMemoryCatalog([flow, other]), { now: () => NOW }, () => "pendiente");
  await model.start();
  return { model, ...fake };
}

describe("createSidebarModel()", () => {
  it("picks the flow from the ticket and starts at its first step", async () => {
    const { model } = await started();
    expect(model.flow.value?.id).toBe("demo");
    expect(model.step.value?.id).toBe("demo.inicio");
    expect(model.changes.value).toEqual([{ kind: "tagAdd", tag: flowTag("demo") }, { kind: "tagAdd", tag: stepTag("demo.inicio") }]);
  });

  it("moves with the agent's answer and steps back", async () => {
    const { model } = await started();
    model.choose({ kind: "option", id: "si" });
    expect(model.step.value?.id).toBe("demo.oferta");
    expect(model.steps.value).toEqual(["demo.inicio", "demo.oferta"]);
    expect(model.atRestored.value).toBe(false);
    model.back();
    expect(model.step.value?.id).toBe("demo.inicio");
  });

  it("applies the step's diff once, then has nothing left to apply", async () => {
    const { model, calls, setTicket } = await started();
    model.choose({ kind: "option", id: "si" });
    await model.apply();
    expect(calls.apply[0]).toEqual([
      { kind: "macro", to: MACRO },
      { kind: "status", from: "open", to: "hold" },
      { kind: "orderState", to: "En progreso::Datos Insuficientes" },
      { kind: "tagAdd", tag: flowTag("demo") },
      { kind: "tagAdd", tag: stepTag("demo.oferta") },
    ]);
    setTicket(aRead({ status: "hold", orderState: "En progreso::Datos Insuficientes", tags: [flowTag("demo"), stepTag("demo.oferta")] }));
    await model.reload();
    // The editor holds the step, the ticket not yet: the step stays, applied and waiting for the submit, nothing left to apply.
    expect(model.restored.value).toMatchObject({ status: "unsaved", stepId: "demo.oferta" });
    expect(model.step.value?.id).toBe("demo.oferta");
    expect(model.changes.value).toEqual([]);
  });

  it("passes a step on without its writes only with a reason, kept in a note, and then stands at the next step", async () => {
    const { model, calls, setTicket } = await started();
    model.choose({ kind: "option", id: "si" });
    setTicket(aRead({ tags: [flowTag("demo"), workTag("demo.fin")], events: [{ kind: "tags", added: [flowTag("demo"), workTag("demo.fin")], removed: [], at: NOW }] }));
    await model.skip("Paso pasado sin aplicar sus cambios desde Ruta. Motivo: Ya lo hice a mano en Zendesk.");
    expect(calls.apply).toEqual([]);
    expect(calls.notes).toEqual([
      expect.objectContaining({ body: expect.stringContaining("Motivo: Ya lo hice a mano en Zendesk."), tags: { add: [flowTag("demo"), workTag("demo.fin")], remove: [] } }),
    ]);
    expect(model.step.value?.id).toBe("demo.fin");
  });

  it("offers no write on a closed ticket", async () => {
    const { model, calls } = await started(aRead({ status: "closed", tags: [flowTag("demo"), stepTag("demo.oferta")], events: [{ kind: "tags", added: [stepTag("demo.oferta")], removed: [], at: NOW - 60_000 }] }));
    expect(model.readOnly.value).toBe(true);
    expect(model.step.value?.id).toBe("demo.fin");
    await model.apply();
    await model.skip("x");
    expect(calls.apply).toEqual([]);
    expect(calls.notes).toEqual([]);
  });

  it("warns about a value that does not fit its format without blocking, and saves the normalised form in one note with its tags", async () => {
    const { model, calls } = await started();
    model.choose({ kind: "option", id: "si" });
    model.checklist.type("ci", "abc");
    expect(model.checklist.doubtful.value.has("ci")).toBe(true);
    expect(model.checklist.done.value.has("ci")).toBe(true);
    model.checklist.type("ci", " 1234567 lp ");
    expect(model.checklist.doubtful.value.has("ci")).toBe(false);
    model.checklist.tick("captura", true);
    expect(await model.checklist.save()).toBe("saved");
    expect(calls.notes).toEqual([
      expect.objectContaining({
        ticketId: 4242,
        updatedStamp: "2026-06-09T14:00:00Z",
        body: expect.stringContaining("✔ Carnet: 1234567 LP"),
        tags: { add: [flowTag("demo"), workTag("demo.oferta"), "ruta_ck_demo_oferta__ci", "ruta_ck_demo_oferta__captura"], remove: [] },
      }),
    ]);
  });

  it("records a step without writes as done once its whole checklist is saved", async () => {
    const datos: Flow = aFlow({
      id: "datos",
      match: { subjectWords: ["pospago"] },
      steps: [anAction("datos.titular", "datos.fin", { checklist: [{ id: "captura", label: "Captura", required: true, evidence: true }] }), anEnd("datos.fin")],
    });
    const fake = createFakePort(aRead());
    const model = createSidebarModel(fake.port, inMemoryCatalog([datos]), { now: () => NOW }, () => "pendiente");
    await model.start();
    model.checklist.tick("captura", true);
    await model.checklist.save();
    expect(fake.calls.notes[0]).toMatchObject({ tags: { add: [flowTag("datos"), stepTag("datos.titular"), "ruta_ck_datos_titular__captura"], remove: [] } });
  });

  it("marks the step in progress on a partial checklist save", async () => {
    const { model, calls } = await started();
    model.choose({ kind: "option", id: "si" });
    model.checklist.tick("captura", true);
    await model.checklist.save();
    expect(calls.notes[0]).toMatchObject({ tags: { add: [flowTag("demo"), workTag("demo.oferta"), "ruta_ck_demo_oferta__captura"], remove: [] } });
  });

  it("writes nothing for a checklist with nothing ticked, typed or recorded, and says what to do", async () => {
    const { model, calls } = await started();
    model.choose({ kind: "option", id: "si" });
    expect(model.checklist.empty.value).toBe(true);
    expect(await model.checklist.save()).toBe("unchanged");
    expect(calls.notes).toEqual([]);
    model.checklist.tick("captura", true);
    expect(model.checklist.empty.value).toBe(false);
    model.checklist.tick("captura", false);
    expect(model.checklist.empty.value).toBe(true);
  });

  it("saves the step's checklist note with its Apply, in one click, and says so on the button", async () => {
    const { model, calls } = await started();
    model.choose({ kind: "option", id: "si" });
    expect(model.checklist.toSave.value).toBe(false);
    model.checklist.tick("captura", true);
    expect(model.checklist.toSave.value).toBe(true);
    await model.apply();
    expect(calls.apply).toHaveLength(1);
    expect(calls.notes).toEqual([expect.objectContaining({ body: expect.stringContaining("✔ Captura") })]);
  });

  describe("a question with a checklist", () => {
    const revisar: Flow = aFlow({
      id: "revisar",
      match: { subjectWords: ["pospago"] },
      steps: [
        aQuestion("revisar.qvantel", { si: "revisar.fin", no: "revisar.fin" }, { checklist: [{ id: "sim", label: "Revisada la SIM", required: true }] }),
        anEnd("revisar.fin"),
      ],
    });
    async function startedOn(writeNote?: ZendeskPort["writeNote"]) {
      const fake = createFakePort(aRead());
      if (writeNote) fake.port.writeNote = writeNote;
      const model = createSidebarModel(fake.port, inMemoryCatalog([revisar]), { now: () => NOW }, () => "pendiente");
      await model.start();
      return { model, calls: fake.calls };
    }

    it("saves the ticked checklist when the agent chooses, then takes the branch", async () => {
      const { model, calls } = await startedOn();
      model.checklist.tick("sim", true);
      await model.choose({ kind: "option", id: "si" });
      expect(calls.notes).toEqual([expect.objectContaining({ body: expect.stringContaining("✔ Revisada la SIM") })]);
      expect(model.step.value?.id).toBe("revisar.fin");
    });

    it("keeps the step and says why when that save fails", async () => {
      const { model } = await startedOn(async () => {
        throw new ApiFailure({ kind: "server", status: 500 });
      });
      model.checklist.tick("sim", true);
      await model.choose({ kind: "option", id: "si" });
      expect(model.step.value?.id).toBe("revisar.qvantel");
      expect(model.problems.value).toContainEqual({ kind: "api", error: { kind: "server", status: 500 } });
    });

    it("takes the branch at once when nothing is ticked", async () => {
      const { model, calls } = await startedOn();
      await model.choose({ kind: "option", id: "no" });
      expect(calls.notes).toEqual([]);
      expect(model.step.value?.id).toBe("revisar.fin");
    });
  });

  describe("known data", () => {
    const datos: Flow = aFlow({
      id: "datos",
      match: { subjectWords: ["pospago"] },
      steps: [
        anAction("datos.titular", "datos.escalar", {
          checklist: [
            { id: "nombre", label: "Nombre", required: true, value: { format: "text", from: "requester.name" } },
            { id: "ci", label: "Carnet", required: true, value: { format: "ciBo", from: "ticket.cedula" } },
          ],
        }),
        anAction("datos.escalar", "datos.fin", { checklist: [{ id: "ci", label: "Carnet del titular", required: true, value: { format: "ciBo" } }] }),
        anEnd("datos.fin"),
      ],
    });
    const read = aRead({ requester: { name: "Marcelo Quispe" }, fieldValues: { cedula: "4789123 LP" }, fields: { cedula: { id: 360001, type: "text" } } });
    async function startedOn(ticket: TicketRead) {
      const fake = createFakePort(ticket);
      const model = createSidebarModel(fake.port, inMemoryCatalog([datos]), { now: () => NOW }, () => "pendiente");
      await model.start();
      return { model, calls: fake.calls };
    }

    it("prefills from the requester and the ticket's fields, saves them and writes no field left as it was", async () => {
      const { model, calls } = await startedOn(read);
      expect(model.checklist.typed.value).toEqual({ nombre: "Marcelo Quispe", ci: "4789123 LP" });
      expect([...model.checklist.prefilled.value.values()].map((p) => p.from)).toEqual(["requester.name", "ticket.cedula"]);
      expect(model.checklist.missingRequired.value).toEqual([]);
      expect(await model.checklist.save()).toBe("saved");
      expect(calls.notes[0]).toMatchObject({ body: expect.stringContaining("✔ Carnet: 4789123 LP") });
      expect(calls.notes[0]).not.toHaveProperty("fields");
    });

    it("writes a value the agent typed back to its ticket field with the note, in its written form", async () => {
      const { model, calls } = await startedOn(read);
      model.checklist.type("ci", " 5123456 cb ");
      expect(model.checklist.prefilled.value.has("ci")).toBe(false);
      await model.checklist.save();
      expect(calls.notes[0]).toMatchObject({ fields: [{ id: 360001, value: "5123456 CB" }] });
    });

    it("keeps an input the agent cleared empty, and offers at a later step what was typed at an earlier one", async () => {
      const { model } = await startedOn(aRead({ requester: { name: "Marcelo Quispe" } }));
      model.checklist.type("nombre", "");
      expect(model.checklist.typed.value.nombre).toBe("");
      expect(model.checklist.done.value.has("nombre")).toBe(false);
      model.checklist.type("ci", "4789123 LP");
      await model.choose({ kind: "next" });
      expect(model.step.value?.id).toBe("datos.escalar");
      expect(model.checklist.typed.value).toEqual({ ci: "4789123 LP" });
      expect(model.checklist.prefilled.value.get("ci")).toEqual({ value: "4789123 LP", from: "earlier" });
    });
  });

  it("reports a failed save as a problem and keeps what was typed", async () => {
    const { model, port } = await started();
    (port as { writeNote: unknown }).writeNote = async () => {
      throw new ApiFailure({ kind: "server", status: 500 });
    };
    model.choose({ kind: "option", id: "si" });
    model.checklist.type("ci", "1234567");
    expect(await model.checklist.save()).toBe("failed");
    expect(model.problems.value).toContainEqual({ kind: "api", error: { kind: "server", status: 500 } });
    expect(model.checklist.typed.value).toEqual({ ci: "1234567" });
  });

  it("offers only the brand's flows and asks the agent when none fits", async () => {
    const { model, calls } = await started(aRead({ subject: "Hola" }), { brandFlows: '{"tigo-bo": ["demo"]}' });
    expect(model.brandFlows.value.map((f) => f.id)).toEqual(["demo"]);
    expect(model.flow.value).toBeUndefined();
    await model.pickFlow("demo");
    expect(model.flow.value?.id).toBe("demo");
    expect(calls.apply.at(-1)).toEqual([{ kind: "tagAdd", tag: flowTag("demo") }]);
  });

  it("loads only the flows the settings give the ticket's brand, and the other brand's when the agent moves the ticket", async () => {
    const loaded: string[] = [];
    const memory = inMemoryCatalog([flow, other]);
    const fake = createFakePort(aRead(), { brandFlows: '{"tigo-bo": ["demo"], "tigo-py": ["otro"]}' });
    const model = createSidebarModel(fake.port, { index: memory.index, load: (id) => (loaded.push(id), memory.load(id)) }, { now: () => NOW }, () => "pendiente");
    await model.start();
    expect(loaded).toEqual(["demo"]);
    expect(model.brandFlows.value.map((f) => f.id)).toEqual(["demo"]);
    fake.setTicket(aRead({ subject: "factura", brand: { id: 2, name: "Tigo Paraguay", subdomain: "tigo-py" } }));
    await model.reload();
    await vi.waitFor(() => expect(model.brandFlows.value.map((f) => f.id)).toEqual(["otro"]));
    expect(loaded).toEqual(["demo", "otro"]);
    expect(model.flow.value?.id).toBe("otro");
  });

  it("layers a brand's overrides and procedures from settings (the layering chunk loaded for them)", async () => {
    const procedure = aFlow({ id: "propio", match: { subjectWords: ["propio"] }, steps: [anEnd("propio.fin")] });
    const config = JSON.stringify({ brands: { "tigo-bo": { overrides: [{ op: "set", step: "demo.oferta", title: "Oferta de la marca", status: "pending" }], procedures: [procedure] } } });
    const { model } = await started(aRead(), { config });
    expect(model.problems.value).toEqual([]);
    expect(model.brandFlows.value.map((f) => f.id)).toEqual(["demo", "otro", "propio"]);
    model.choose({ kind: "option", id: "si" });
    expect(model.step.value).toMatchObject({ id: "demo.oferta", title: "Oferta de la marca", status: "pending" });
  });

  it("reports a broken override at its path and keeps the rest of the brand's settings", async () => {
    const config = JSON.stringify({ brands: { "tigo-bo": { flows: ["demo"], overrides: [{ op: "set", step: "demo.nada", title: "x" }] } } });
    const { model } = await started(aRead(), { config });
    expect(model.problems.value).toEqual([{ kind: "settings", issue: { key: "brands.tigo-bo.overrides[0].step", problem: "unknownStep", detail: "demo.nada" } }]);
    expect(model.brandFlows.value.map((f) => f.id)).toEqual(["demo"]);
  });

  it("reports invalid settings and still works with every flow", async () => {
    const { model } = await started(aRead(), { brandFlows: "{oops" });
    expect(model.problems.value).toEqual([{ kind: "settings", issue: { key: "brandFlows", problem: "notJson", detail: "1:2" } }]);
    expect(model.brandFlows.value.map((f) => f.id)).toEqual(["demo", "otro"]);
  });
});

describe("createSidebarModel() with reading steps", () => {
  const reading: Flow = aFlow({
    id: "lee",
    match: { subjectWords: ["lectura"] },
    steps: [
      anAction("lee.revisar", "lee.pregunta", { instructions: ["Revisa la cuenta."] }),
      aQuestion("lee.pregunta", { si: "lee.normal", no: "lee.fin" }),
      anAction("lee.normal", "lee.fin", { instructions: ["Retoma el proceso."] }),
      anEnd("lee.fin", { macro: "BO::Despedida", status: "solved" }),
    ],
  });

  it("opens on the first step that asks something, the reading step folded in, and steps back over it in one click", async () => {
    const fake = createFakePort(aRead({ subject: "lectura" }));
    const model = createSidebarModel(fake.port, inMemoryCatalog([reading]), { now: () => NOW }, () => "pendiente");
    await model.start();
    expect(model.step.value?.id).toBe("lee.pregunta");
    expect(model.folded.value.map((s) => s.id)).toEqual(["lee.revisar"]);
    await model.choose({ kind: "option", id: "si" });
    expect(model.step.value?.id).toBe("lee.fin");
    expect(model.folded.value.map((s) => s.id)).toEqual(["lee.normal"]);
    model.back();
    expect(model.step.value?.id).toBe("lee.pregunta");
  });
});

describe("createSidebarModel() choices that also act on the step they lead to", () => {
  const GESTION = "Respuesta rápida::Opción 4";
  const acting: Flow = aFlow({
    id: "act",
    match: { subjectWords: ["pospago"] },
    steps: [
      aQuestion("act.facturacion", { titular: "act.normal", tercero: "act.datos" }),
      anAction("act.normal", "act.gestion", { instructions: ["Verifica los datos."] }),
      anAction("act.gestion", "act.fin", { macro: GESTION, status: "open" }),
      anAction("act.datos", "act.fin", { checklist: [{ id: "nit", label: "NIT", required: true, value: { format: "text" } }] }),
      anEnd("act.fin", { status: "solved" }),
    ],
  });
  const startActing = async () => {
    const fake = createFakePort(aRead({ status: "open" }));
    const model = createSidebarModel(fake.port, inMemoryCatalog([acting]), { now: () => NOW }, () => "pendiente");
    await model.start();
    return { model, ...fake };
  };

  it("says which answer applies the next step, and applies it with the one click, the reading step on the way still shown", async () => {
    const { model, calls, setTicket } = await startActing();
    expect(model.arrivalOf({ kind: "option", id: "titular" })).toMatchObject({ kind: "apply", step: { id: "act.gestion" }, macro: GESTION });
    expect(model.arrivalOf({ kind: "option", id: "tercero" })).toBeUndefined();
    // The editor shows the Apply's tags once the port has put them there: the next read lands on the step itself.
    setTicket(aRead({ status: "open", tags: [flowTag("act"), stepTag("act.gestion")] }));
    await model.choose({ kind: "option", id: "titular" });
    expect(calls.apply).toHaveLength(1);
    expect(calls.apply[0]).toContainEqual({ kind: "macro", to: GESTION });
    expect(model.step.value?.id).toBe("act.gestion");
    expect(model.folded.value.map((s) => s.id)).toEqual(["act.normal"]);
  });

  it("only moves on where the next step has something to type", async () => {
    const { model, calls } = await startActing();
    await model.choose({ kind: "option", id: "tercero" });
    expect(calls.apply).toEqual([]);
    expect(model.step.value?.id).toBe("act.datos");
  });

  it("keeps an Apply's macro counted as in the editor after its note is saved through the API (the ticket's update does not undo the editor)", async () => {
    const { model, setTicket } = await started(aRead({ status: "open" }));
    await model.choose({ kind: "option", id: "si" });
    model.checklist.type("ci", "4789123 LP");
    model.checklist.tick("captura", true);
    await model.apply();
    setTicket(aRead({ status: "hold", tags: [flowTag("demo"), stepTag("demo.oferta")], updatedAt: "2026-06-09T14:05:00Z", orderState: "En progreso::Datos Insuficientes" }));
    await model.reload();
    expect(model.changes.value.filter((c) => c.kind === "macro")).toEqual([]);
  });
});

describe("createSidebarModel() answers kept across re-reads", () => {
  const chain: Flow = aFlow({
    id: "chain",
    match: { subjectWords: ["pospago"] },
    steps: [
      aQuestion("chain.uno", { si: "chain.gestion", no: "chain.fin" }),
      anAction("chain.gestion", "chain.dos", { macro: MACRO, status: "open" }),
      aQuestion("chain.dos", { si: "chain.cierre", no: "chain.fin" }),
      anAction("chain.cierre", "chain.fin", { status: "solved" }),
      anEnd("chain.fin"),
    ],
  });

  /** A sidebar started on a ticket whose last saved step is chain.gestion: it stands at chain.dos. */
  async function startedAfterGestion() {
    const recorded = [flowTag("chain"), stepTag("chain.gestion")];
    const fake = createFakePort(aRead({ status: "open", tags: recorded, events: [tagsChanged(recorded, NOW - 60_000)] }));
    const model = createSidebarModel(fake.port, inMemoryCatalog([chain]), { now: () => NOW }, () => "pendiente");
    await model.start();
    return { recorded, fake, model };
  }

  it("keeps the step an answer led to when a later read only adds audits of the way there", async () => {
    const { recorded, fake, model } = await startedAfterGestion();
    expect(model.step.value?.id).toBe("chain.dos");
    await model.choose({ kind: "option", id: "si" });
    expect(model.step.value?.id).toBe("chain.cierre");
    // The first audit, read late: the trail to chain.dos grows, the ticket still stands there.
    fake.setTicket(aRead({ status: "open", tags: recorded, events: [tagsChanged([flowTag("chain"), stepTag("chain.uno")], NOW - 120_000), tagsChanged(recorded, NOW - 60_000, [stepTag("chain.uno")])] }));
    await model.reload();
    expect(model.restored.value?.stepId).toBe("chain.dos");
    expect(model.step.value?.id).toBe("chain.cierre");
  });

  it("keeps it when a read shows the ticket still at a step on the agent's way, differently placed (work saved there)", async () => {
    const { fake, model } = await startedAfterGestion();
    const before = model.restored.value;
    await model.choose({ kind: "option", id: "si" });
    expect(model.step.value?.id).toBe("chain.cierre");
    // The ticket stands at chain.gestion again, its work saved but not done: a step the agent already passed.
    const inProgress = [flowTag("chain"), workTag("chain.gestion")];
    fake.setTicket(aRead({ status: "open", tags: inProgress, events: [tagsChanged(inProgress, NOW - 30_000)] }));
    await model.reload();
    expect(model.restored.value).not.toEqual(before);
    expect(model.restored.value?.stepId).toBe("chain.gestion");
    expect(model.step.value?.id).toBe("chain.cierre");
  });

  it("follows the ticket when it moved past the agent's way (another agent went on)", async () => {
    const { fake, model } = await startedAfterGestion();
    await model.choose({ kind: "option", id: "no" });
    expect(model.step.value?.id).toBe("chain.fin");
    const closed = [flowTag("chain"), stepTag("chain.cierre")];
    fake.setTicket(aRead({ status: "solved", tags: closed, events: [tagsChanged(closed, NOW - 10_000, [stepTag("chain.gestion")])] }));
    await model.reload();
    expect(model.step.value?.id).toBe(model.restored.value?.stepId);
    expect(model.restored.value?.stepId).not.toBe("chain.dos");
  });
});
