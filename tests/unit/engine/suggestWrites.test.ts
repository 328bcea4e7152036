import { checkTag, checklistSaveTags, checklistTags, doneItems, flowTag, stepTag, suggestWrites, workTag, type WriteSet } from "../../../src/engine";
import { aFlow, anAction, anEnd, aQuestion } from "../../support/builders";

const flow = aFlow({
  id: "pre-post",
  steps: [
    aQuestion("pre-post.inicio", { oferta: "pre-post.oferta", rechazo: "pre-post.rechazo", datos: "pre-post.datos" }),
    anAction("pre-post.oferta", "pre-post.fin", {
      macro: "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan",
      status: "hold",
      orderState: "En progreso::Datos insuficientes",
      tags: { add: ["migracion_pre_post"], remove: ["sin_clasificar"] },
      checklist: [
        { id: "ci-anverso", label: "CI anverso", required: true, evidence: true },
        { id: "linea", label: "Línea", required: true, value: { format: "phoneBo" } },
      ],
    }),
    anEnd("pre-post.rechazo", { macro: "Móvil::WhatsApp::Migración de Pre a Post::No califica::Línea en FR/RO", status: "solved", orderState: "No clasifica::OTRO" }),
    anAction("pre-post.datos", "pre-post.fin", {
      checklist: [
        { id: "nombre", label: "Nombre", required: true },
        { id: "ciudad", label: "Ciudad", required: false },
      ],
    }),
    anEnd("pre-post.fin"),
  ],
});
const step = (id: string) => flow.steps.find((s) => s.id === id)!;

/** The tags after the adapter applies a write set. */
const applyTags = (tags: string[], writes: WriteSet) => [...tags.filter((t) => !writes.tags.remove.includes(t)), ...writes.tags.add];

describe("suggestWrites()", () => {
  it("writes the step's macro, status, order state and tags, plus the flow and step tags", () => {
    expect(suggestWrites(flow, step("pre-post.oferta"), { tags: ["sin_clasificar", "vip"] })).toEqual({
      macro: "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan",
      status: "hold",
      orderState: "En progreso::Datos insuficientes",
      tags: { add: ["ruta_flow_pre_post", "ruta_step_pre_post_oferta", "migracion_pre_post"], remove: ["sin_clasificar"] },
    });
  });

  it("replaces the previous step tag and keeps the flow tag already there", () => {
    const writes = suggestWrites(flow, step("pre-post.rechazo"), { tags: [flowTag("pre-post"), stepTag("pre-post.inicio"), "vip"] });
    expect(writes.tags).toEqual({ add: [stepTag("pre-post.rechazo")], remove: [stepTag("pre-post.inicio")] });
  });

  it("leaves out what the step does not set", () => {
    expect(suggestWrites(flow, step("pre-post.fin"), { tags: [] })).toEqual({ tags: { add: ["ruta_flow_pre_post", "ruta_step_pre_post_fin"], remove: [] } });
  });

  it("does not remove a tag of the step that is not on the ticket", () => {
    expect(suggestWrites(flow, step("pre-post.oferta"), { tags: [] }).tags.remove).toEqual([]);
  });

  it.each(flow.steps.flatMap((s) => [[s.id, []], [s.id, ["sin_clasificar", stepTag("pre-post.inicio"), stepTag("pre-post.rechazo")]]] as [string, string[]][]))(
    "is idempotent on %s from %j: applied once, nothing is left to write",
    (id, tags) => {
      const first = suggestWrites(flow, step(id), { tags });
      const again = suggestWrites(flow, step(id), { tags: applyTags(tags, first) });
      expect(again.tags).toEqual({ add: [], remove: [] });
    },
  );
});

describe("checklistTags() / doneItems()", () => {
  const oferta = step("pre-post.oferta");
  const ci = checkTag("pre-post.oferta", "ci-anverso");

  it("tags the items done and untags those undone", () => {
    expect(ci).toBe("ruta_ck_pre_post_oferta__ci_anverso");
    expect(checklistTags(oferta, new Set(["ci-anverso"]), [])).toEqual({ add: [ci], remove: [] });
    expect(checklistTags(oferta, new Set(), [ci, "vip"])).toEqual({ add: [], remove: [ci] });
    expect(checklistTags(oferta, new Set(["ci-anverso"]), [ci])).toEqual({ add: [], remove: [] });
  });

  it("reads back from the tags what was done", () => {
    expect(doneItems(oferta, [ci, "vip"])).toEqual(new Set(["ci-anverso"]));
    expect(doneItems(step("pre-post.fin"), [ci])).toEqual(new Set());
  });
});

describe("checklistSaveTags()", () => {
  const datos = step("pre-post.datos"), oferta = step("pre-post.oferta");
  const nombre = checkTag("pre-post.datos", "nombre"), ciudad = checkTag("pre-post.datos", "ciudad");
  const ofertaCi = checkTag("pre-post.oferta", "ci-anverso");
  const onOffer = [flowTag("pre-post"), stepTag("pre-post.oferta"), ofertaCi, "vip"];

  test.each([
    ["every required item of a step that writes nothing: the step is done, the previous step's ticks leave with its tag", datos, ["nombre"], onOffer, {},
      { add: [stepTag("pre-post.datos"), nombre], remove: [stepTag("pre-post.oferta"), ofertaCi] }],
    ["a required item missing: the step is in progress and its ticks stay for the next agent", datos, ["ciudad"], onOffer, {},
      { add: [workTag("pre-post.datos"), ciudad], remove: [ofertaCi] }],
    ["a step done by its Apply, the ticket already on it: only its ticks", oferta, ["ci-anverso"], [flowTag("pre-post"), stepTag("pre-post.oferta")], {},
      { add: [ofertaCi], remove: [] }],
    ["progress recorded since the read (another tab): no tag at all, nothing moves back", datos, ["nombre"], onOffer, { moved: true }, { add: [], remove: [] }],
    ["a note saved with its step's Apply: only its ticks, no in-progress tag the Apply would take off", oferta, ["ci-anverso"], [flowTag("pre-post"), stepTag("pre-post.datos")], { withApply: true },
      { add: [ofertaCi], remove: [] }],
    ["the same note saved alone before the Apply: the step is in progress", oferta, ["ci-anverso"], [flowTag("pre-post"), stepTag("pre-post.datos")], {},
      { add: [workTag("pre-post.oferta"), ofertaCi], remove: [] }],
  ] as const)("%s", (_, s, done, tags, options, expected) => {
    expect(checklistSaveTags(flow, s, new Set(done), tags, options)).toEqual(expected);
  });

  it("an Apply takes the checklist tags of the other steps off, so a finished ticket keeps only the flow and its last step", () => {
    const tags = [flowTag("pre-post"), workTag("pre-post.datos"), nombre, ofertaCi];
    expect(suggestWrites(flow, oferta, { tags }).tags.remove).toEqual([workTag("pre-post.datos"), nombre]);
  });
});
