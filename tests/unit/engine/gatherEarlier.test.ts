import { composeNote, findEvidence, gatherEarlier, missingAhead, recordedItems, type Message } from "../../../src/engine";
import { anAction, anEnd, aFlow, aQuestion, at, aTicket } from "../../support/builders";

const captura = { id: "captura", label: "Captura del estado", required: true, evidence: true };
const flow = aFlow({
  id: "g",
  steps: [
    anAction("g.qvantel", "g.confirmar", { title: "Revisar en Qvantel", ref: "3.1", checklist: [captura, { id: "revisado", label: "Revisado", required: true }] }),
    anAction("g.confirmar", "g.ar", { title: "Confirmar la línea", ref: "5.1", checklist: [{ ...captura, id: "confirmada", label: "Captura de la línea confirmada" }] }),
    aQuestion("g.ar", { exitosa: "g.lectura", error: "g.fin" }),
    anAction("g.lectura", "g.contrato", { instructions: ["Revisa la facturación."] }),
    anAction("g.contrato", "g.fin", {
      title: "Contrato",
      checklist: [
        { id: "estado", label: "Estado de la línea", required: true, evidence: true, earlier: [{ step: "g.qvantel", item: "captura" }, { step: "g.confirmar", item: "confirmada" }] },
        { id: "pdf", label: "Contrato en PDF", required: true },
      ],
    }),
    anEnd("g.fin"),
  ],
});
const stepOf = (id: string) => flow.steps.find((s) => s.id === id)!;

/** The note Ruta writes for `stepId` with `done` ticked, with the adapter's marker after its header. */
function noteOf(stepId: string, done: string[], minutesAgo: number): Message {
  const text = composeNote(flow, stepOf(stepId), {}, new Set(done), { pending: "pendiente" }).text;
  const [header, ...rest] = text.split("\n");
  return { author: "agent", public: false, at: at(minutesAgo), body: [`${header} [ref:0abc123]`, ...rest].join("\n") };
}

describe("recordedItems()", () => {
  it("reads back the items the step's latest Ruta note ticks, the marker after its header", () => {
    const messages = [noteOf("g.qvantel", ["revisado"], 30), noteOf("g.qvantel", ["captura", "revisado"], 20)];
    expect(recordedItems(flow, stepOf("g.qvantel"), messages)).toEqual(new Set(["captura", "revisado"]));
  });

  it("is undefined without a note of that step: another step's note, a public reply with the same words and a typed copy do not count", () => {
    const other = noteOf("g.confirmar", ["confirmada"], 10);
    const copy = { ...noteOf("g.qvantel", ["captura"], 5), public: true };
    const lookalike = { ...noteOf("g.qvantel", ["captura"], 5), body: noteOf("g.qvantel", ["captura"], 5).body.replace("(3.1)", "(3.1) extra") };
    expect(recordedItems(flow, stepOf("g.qvantel"), [other, copy, lookalike])).toBeUndefined();
  });
});

describe("gatherEarlier()", () => {
  const contrato = stepOf("g.contrato");

  it("gathers an item when the note of every step the ticket went through records it", () => {
    expect(gatherEarlier(flow, contrato, [noteOf("g.qvantel", ["captura"], 30)])).toEqual(new Map([["estado", true]]));
    expect(gatherEarlier(flow, contrato, [noteOf("g.qvantel", ["captura"], 30), noteOf("g.confirmar", ["confirmada"], 20)])).toEqual(new Map([["estado", true]]));
  });

  it("does not when a note of those steps leaves it unticked, or no such note is on the ticket", () => {
    expect(gatherEarlier(flow, contrato, [noteOf("g.qvantel", ["captura"], 30), noteOf("g.confirmar", [], 20)])).toEqual(new Map([["estado", false]]));
    expect(gatherEarlier(flow, contrato, [])).toEqual(new Map([["estado", false]]));
  });

  it("leaves a gathered item out of the files the step's own evidence takes", () => {
    const file: Message = { author: "agent", public: false, at: at(1), body: "pdf", attachments: [{ name: "contrato.pdf", contentType: "application/pdf" }] };
    const withCapture = { ...contrato, checklist: [...contrato.checklist!, { id: "firma", label: "Firma", required: true, evidence: true }] };
    const ticket = aTicket({ messages: [file] });
    expect([...findEvidence(withCapture, ticket).keys()]).toEqual(["estado"]);
    expect([...findEvidence(withCapture, ticket, new Set(["estado"])).keys()]).toEqual(["firma"]);
  });
});

describe("missingAhead()", () => {
  it("names, on the step before, the required evidence the next step will gather and the ticket lacks, through reading steps", () => {
    const ahead = missingAhead(flow, stepOf("g.ar"), [noteOf("g.qvantel", [], 30)]);
    expect(ahead.map((a) => [a.step.id, a.items.map((i) => i.id)])).toEqual([["g.contrato", ["estado"]]]);
    expect(missingAhead(flow, stepOf("g.ar"), [noteOf("g.qvantel", ["captura"], 30)])).toEqual([]);
  });
});
