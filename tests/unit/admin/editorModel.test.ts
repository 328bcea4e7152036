import { CATALOG } from "../../../src/flows/catalog/catalog";
import { findStep } from "../../../src/engine";
import type { AdminPort, AdminStart } from "../../../src/admin/AdminPort";
import { edits } from "../../../src/admin/configEdits";
import { createEditorModel } from "../../../src/admin/createEditorModel";
import { editDocument } from "../../../src/admin/editDocument";
import type { AccountData } from "../../../src/settings/checkAccount";
import { ApiFailure } from "../../../src/zendesk/apiError";

const LEADS = 360000200006;
const macros = [...new Set(CATALOG.flatMap((f) => f.steps.flatMap((s) => (s.macro ? [s.macro] : []))))].map((title, i) => ({ id: i + 1, title, active: true }));
const account: AccountData = {
  brands: [{ id: 1, name: "Tigo Bolivia", subdomain: "tigo-bo" }, { id: 2, name: "Tigo Paraguay", subdomain: "tigo-py" }],
  groups: [{ id: LEADS, name: "Supervisores" }],
  macros,
  ticketFields: [{ id: 500, title: "Estado de Pedido", type: "tagger", custom_field_options: [...new Set(CATALOG.flatMap((f) => f.steps.flatMap((s) => (s.orderState ? [s.orderState] : []))))].map((name, i) => ({ id: i, name, value: `v${i}` })) }],
};

/** A fake port: who opens the editor, the installation's settings, and every save recorded. */
function aPort(user: Partial<AdminStart["user"]> = {}, settings: Record<string, unknown> = {}, fail?: ApiFailure) {
  const saves: unknown[] = [];
  const port: AdminPort = {
    start: async () => ({ installationId: 1, settings, user: { id: 9, role: "admin", groupIds: [], locale: "es", ...user } }),
    loadAccountData: async () => account,
    saveSettings: async (id, s) => {
      if (fail) throw fail;
      saves.push([id, s]);
    },
  };
  return { port, saves };
}

async function opened(...args: Parameters<typeof aPort>) {
  const { port, saves } = aPort(...args);
  const model = createEditorModel(port, CATALOG);
  await model.start();
  return { model, saves };
}

describe("createEditorModel()", () => {
  it("lets an admin turn a step off and change a macro for one brand, marks both in the preview and saves the document", async () => {
    const { model, saves } = await opened();
    model.brand.value = "tigo-bo";
    model.edit(edits.brandFlows("tigo-bo", ["pre-post"]));
    model.edit(edits.addOverride("tigo-bo", { op: "off", step: "pre-post.escenario.proceso-normal" }));
    model.edit(edits.addOverride("tigo-bo", { op: "set", step: "pre-post.preanalisis.gestion", macro: "Rápidas::Opción cuatro" }));
    expect(model.parsed.value.issues).toEqual([]);
    const flow = model.preview.value!.flows[0]!;
    expect(flow.steps.some((s) => s.id === "pre-post.escenario.proceso-normal")).toBe(false);
    expect(findStep(flow, "pre-post.preanalisis.gestion").macro).toBe("Rápidas::Opción cuatro");
    expect(model.preview.value!.marks.map((m) => [m.op, m.stepId])).toEqual([["off", "pre-post.escenario.proceso-normal"], ["set", "pre-post.preanalisis.gestion"]]);
    expect(model.findings.value).toEqual([expect.objectContaining({ problem: "macroMissing", detail: "Rápidas::Opción cuatro" })]);
    model.brand.value = "tigo-py";
    expect(model.preview.value!.flows).toEqual(CATALOG);
    await model.save();
    expect(saves).toEqual([[1, { config: model.text.value }]]);
    expect(JSON.parse(model.text.value)).toEqual({
      brands: { "tigo-bo": { flows: ["pre-post"], overrides: [{ op: "off", step: "pre-post.escenario.proceso-normal" }, { op: "set", step: "pre-post.preanalisis.gestion", macro: "Rápidas::Opción cuatro" }] } },
    });
    expect(model.saveState.value).toEqual({ status: "saved" });
    expect(model.dirty.value).toBe(false);
  });

  it("does not save a draft with issues, and names them with their paths", async () => {
    const { model, saves } = await opened();
    model.setText('{"brands": {"tigo-bo": {"overrides": [{"op": "off", "step": "pre-post.x"}]}}}');
    expect(model.parsed.value.issues).toEqual([{ key: "brands.tigo-bo.overrides[0].step", problem: "unknownStep", detail: "pre-post.x" }]);
    await model.save();
    expect(saves).toEqual([]);
  });

  it("leaves the forms alone while the JSON is broken", async () => {
    const { model } = await opened();
    model.setText("{oops");
    model.edit(edits.locale("en"));
    expect(model.text.value).toBe("{oops");
    expect(model.parsed.value.issues).toEqual([{ key: "config", problem: "notJson", detail: "1:2" }]);
  });

  it("says why a save failed and keeps the draft", async () => {
    const { port } = aPort({}, {}, new ApiFailure({ kind: "forbidden", status: 403 }));
    const model = createEditorModel(port, CATALOG);
    await model.start();
    model.edit(edits.locale("en"));
    await model.save();
    expect(model.saveState.value).toEqual({ status: "failed", kind: "forbidden" });
    expect(model.dirty.value).toBe(true);
  });

  it.each<[string, Partial<AdminStart["user"]>, Record<string, unknown>, string]>([
    ["an admin", { role: "admin" }, {}, "admin"],
    ["a member of a team-lead group", { role: "agent", groupIds: [LEADS] }, { config: JSON.stringify({ teamLeadGroups: [LEADS] }) }, "teamLead"],
    ["an agent outside the team-lead groups", { role: "agent", groupIds: [1] }, { config: JSON.stringify({ teamLeadGroups: [LEADS] }) }, "none"],
  ])("gives %s the access it has", async (_, user, settings, access) => {
    const { model } = await opened(user, settings);
    expect(model.access.value).toBe(access);
  });

  it("never lets a draft grant its author access, and a team lead cannot save", async () => {
    const { model, saves } = await opened({ role: "agent", groupIds: [LEADS] }, { config: JSON.stringify({ teamLeadGroups: [LEADS] }) });
    model.edit(edits.teamLeadGroups([]));
    expect(model.access.value).toBe("teamLead");
    await model.save();
    expect(saves).toEqual([]);
    const agent = await opened({ role: "agent", groupIds: [5] });
    agent.model.setText(JSON.stringify({ teamLeadGroups: [5] }));
    expect(agent.model.access.value).toBe("none");
  });
});

describe("editDocument()", () => {
  it("writes a brand named __proto__ or constructor as data", () => {
    const text = editDocument("", edits.brandFlows("__proto__", ["tbo"]))!;
    expect(text).toContain('"__proto__"');
    expect(JSON.parse(editDocument(text, edits.brandFlows("constructor", []))!)).toEqual(JSON.parse('{"brands": {"__proto__": {"flows": ["tbo"]}, "constructor": {"flows": []}}}'));
    expect(({} as Record<string, unknown>).flows).toBeUndefined();
  });

  it("removes an override by its index and a setting set to nothing", () => {
    let text = editDocument("", edits.addOverride("b", { op: "off", step: "x.y" }))!;
    text = editDocument(text, edits.addOverride("b", { op: "off", step: "x.z" }))!;
    text = editDocument(text, edits.removeOverride("b", 0))!;
    text = editDocument(text, edits.field("orderState", 5))!;
    text = editDocument(text, edits.field("orderState", undefined))!;
    expect(JSON.parse(text)).toEqual({ brands: { b: { overrides: [{ op: "off", step: "x.z" }] } }, fields: {} });
  });
});
