import { findStep } from "../../../src/engine";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import { Flow } from "../../../src/flows/schema";
import { applyMacroMatches } from "../../../src/settings/applyMacroMatches";
import { layerBrand } from "../../../src/settings/layerBrand";
import { LAYER_KIT } from "../../../src/settings/layerKit";

const prePost = CATALOG.find((f) => f.id === "pre-post")!;
const layer = (brand: unknown) => layerBrand(CATALOG, brand, ["brands", "tigo-bo"], LAYER_KIT);
const flowOf = (brand: unknown, id = "pre-post") => {
  const { setup, issues } = layer(brand);
  expect(issues).toEqual([]);
  return setup.flows.find((f) => f.id === id)!;
};
const nextOf = (flow: Flow, id: string) => {
  const s = findStep(flow, id);
  return s?.kind === "action" ? s.next : undefined;
};

describe("layerBrand()", () => {
  it("turns an action step off: whatever led to it goes on to its next, and the step is gone", () => {
    // seed 001: "proceso normal" leads to the pre-analysis request.
    const flow = flowOf({ overrides: [{ op: "off", step: "pre-post.escenario.proceso-normal" }] });
    expect(flow.steps.map((s) => s.id)).not.toContain("pre-post.escenario.proceso-normal");
    const facturacion = findStep(flow, "pre-post.escenario.facturacion");
    expect(facturacion?.kind === "question" && facturacion.options.map((o) => o.next)).toContain("pre-post.preanalisis.gestion");
    expect(Flow.safeParse(flow).success).toBe(true);
  });

  it("drops the team-lead notes about steps turned off, keeping the others", () => {
    const noted = prePost.notes!.find((n) => n.stepId && findStep(prePost, n.stepId).kind === "action" && n.stepId !== prePost.start)!;
    const flow = flowOf({ overrides: [{ op: "off", step: noted.stepId }] });
    expect(flow.notes!.some((n) => n.stepId === noted.stepId)).toBe(false);
    expect(flow.notes!.length).toBeGreaterThan(0);
  });

  it("drops the evidence a later step gathers from the notes of a step turned off, keeping the rest", () => {
    // seed 001: 8.2 gathers the ID card captures of the ownership step, and the line state of 4.x.
    const flow = flowOf({ overrides: [{ op: "off", step: "pre-post.titularidad.gestion" }] });
    const earlier = flow.steps.flatMap((s) => s.checklist ?? []).flatMap((i) => i.earlier ?? []);
    expect(earlier.some((ref) => ref.step === "pre-post.titularidad.gestion")).toBe(false);
    expect(earlier.length).toBeGreaterThan(0);
  });

  it("turns the start step off: the flow starts at its next", () => {
    const flow = flowOf({ overrides: [{ op: "off", step: prePost.start }] });
    expect(flow.start).toBe(nextOf(prePost, prePost.start));
  });

  it("turns a branch off and drops the steps only that branch reached", () => {
    const flow = flowOf({ overrides: [{ op: "off", step: "pre-post.preanalisis.resultado", option: "fr-ro" }] });
    const q = findStep(flow, "pre-post.preanalisis.resultado");
    expect(q?.kind === "question" && q.options.map((o) => o.id)).not.toContain("fr-ro");
    expect(flow.steps.map((s) => s.id)).not.toContain("pre-post.no-califica.fr-ro");
    expect(flow.steps.length).toBeLessThan(prePost.steps.length);
  });

  it("changes a step's text, macro, status, order state and timer, keeping what it does not name", () => {
    const flow = flowOf({
      overrides: [
        { op: "set", step: "pre-post.saludo.primer-contacto", title: "Saludo de la marca", macro: "Marca::Saludo", status: "pending", orderState: "En progreso::En Gestión", timer: { minutes: 30, label: "Espera" } },
      ],
    });
    const step = findStep(flow, "pre-post.saludo.primer-contacto")!;
    const base = findStep(prePost, "pre-post.saludo.primer-contacto")!;
    expect(step).toEqual({ ...base, title: "Saludo de la marca", macro: "Marca::Saludo", status: "pending", orderState: "En progreso::En Gestión", timer: { minutes: 30, label: "Espera" } });
  });

  it("changes what frames a step and what to do there", () => {
    const flow = flowOf({ overrides: [{ op: "set", step: "pre-post.saludo.primer-contacto", context: ["Solo para la marca"], instructions: ["Saludar por el nombre"] }] });
    const step = findStep(flow, "pre-post.saludo.primer-contacto")!;
    expect(step.context).toEqual(["Solo para la marca"]);
    expect(step.instructions).toEqual(["Saludar por el nombre"]);
  });

  it("adds a checklist item at the end of a step's checklist", () => {
    const item = { id: "correo", label: "Correo del titular", required: true, value: { format: "email" } };
    const flow = flowOf({ overrides: [{ op: "addItem", step: "pre-post.escenario.datos-titular", item }] });
    expect(findStep(flow, "pre-post.escenario.datos-titular")?.checklist?.at(-1)).toEqual(item);
  });

  it("applies overrides in order, each over the previous, and marks where each one changed the flow", () => {
    const { setup } = layer({
      overrides: [
        { op: "set", step: "pre-post.preanalisis.gestion", status: "hold" },
        { op: "set", step: "pre-post.preanalisis.gestion", status: "pending" },
        { op: "off", step: "pre-post.preanalisis.resultado", option: "chip-3g" },
      ],
    });
    expect(findStep(setup.flows[0]!, "pre-post.preanalisis.gestion")?.status).toBe("pending");
    expect(setup.marks).toEqual([
      { flowId: "pre-post", stepId: "pre-post.preanalisis.gestion", index: 0, op: "set" },
      { flowId: "pre-post", stepId: "pre-post.preanalisis.gestion", index: 1, op: "set" },
      { flowId: "pre-post", stepId: "pre-post.preanalisis.resultado", index: 2, op: "off", option: "chip-3g" },
    ]);
  });

  it("never changes the catalog it layers over", () => {
    const before = JSON.stringify(CATALOG);
    layer({ overrides: [{ op: "off", step: "pre-post.escenario.proceso-normal" }, { op: "set", step: "pre-post.preanalisis.gestion", title: "x" }] });
    expect(JSON.stringify(CATALOG)).toBe(before);
  });

  it("adds a whole procedure as data, overridable like the catalog's, and enables only the listed flows", () => {
    const nuevo = {
      id: "portabilidad",
      seed: "900",
      title: "Portabilidad",
      summary: "Portabilidad numérica",
      match: { subjectWords: ["portabilidad"] },
      start: "portabilidad.datos",
      steps: [
        { id: "portabilidad.datos", kind: "action", title: "Pedir datos", next: "portabilidad.fin", checklist: [{ id: "ci", label: "CI", required: true, value: { format: "ciBo" } }] },
        { id: "portabilidad.fin", kind: "end", title: "Fin", macro: "Portabilidad::Cierre", status: "solved" },
      ],
    };
    const { setup, issues } = layer({ flows: ["portabilidad", "tbo"], procedures: [nuevo], overrides: [{ op: "set", step: "portabilidad.fin", status: "pending" }] });
    expect(issues).toEqual([]);
    expect(setup.flows.map((f) => f.id)).toEqual(["tbo", "portabilidad"]);
    expect(findStep(setup.flows[1]!, "portabilidad.fin")?.status).toBe("pending");
  });

  it("reads typed values in the brand's country's formats", () => {
    const flow = flowOf({ country: "py" });
    expect(findStep(flow, "pre-post.escenario.datos-titular")?.checklist?.map((i) => i.value?.format)).toEqual(["text", "ciPy", "phonePy", "text", "phonePy"]);
    expect(findStep(flowOf({ country: "bo" }), "pre-post.escenario.datos-titular")?.checklist?.map((i) => i.value?.format)).toEqual(["text", "ciBo", "phoneBo", "text", "phoneBo"]);
  });
});

describe("applyMacroMatches()", () => {
  const path = "Respuesta rápida::Opción 4";
  it("renames a macro path to the account's title, given by title or by id", () => {
    expect(findStep(applyMacroMatches(prePost, new Map([[path, "Rápidas::Opción cuatro"]]), []), "pre-post.preanalisis.gestion")?.macro).toBe("Rápidas::Opción cuatro");
    expect(findStep(applyMacroMatches(prePost, new Map([[path, 77]]), [{ id: 77, title: "Rápidas::Cuatro" }]), "pre-post.preanalisis.gestion")?.macro).toBe("Rápidas::Cuatro");
  });

  it("keeps the path when the account has no macro with that id, and the flow itself with no matches", () => {
    expect(findStep(applyMacroMatches(prePost, new Map([[path, 77]]), []), "pre-post.preanalisis.gestion")?.macro).toBe(path);
    expect(applyMacroMatches(prePost, new Map(), [])).toBe(prePost);
  });
});
