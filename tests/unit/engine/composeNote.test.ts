import { composeNote, NOTE_HEADER } from "../../../src/engine";
import { aFlow, anAction, anEnd } from "../../support/builders";

const flow = aFlow({
  title: "Migración Prepago a Pospago (WhatsApp)",
  steps: [
    anAction("demo.titularidad", "demo.fin", {
      title: "Solicitar datos para validar la titularidad",
      ref: "1",
      note: "Cliente {{requester.name}} · línea {{linea}}",
      checklist: [
        { id: "ci-anverso", label: "Foto del anverso del CI", required: true, evidence: true },
        { id: "linea", label: "Línea a migrar", required: true, value: { format: "phoneBo" } },
        { id: "ciudad", label: "Ciudad", required: true, value: { format: "text" } },
        { id: "otra-linea", label: "Otra línea", required: false, value: { format: "phoneBo" } },
      ],
    }),
    anEnd("demo.fin", { title: "Fin" }),
  ],
});
const [titularidad, fin] = flow.steps;
const labels = { pending: "pendiente" };

describe("composeNote()", () => {
  it("writes the header, the step's filled template, then the checklist with values and what is pending", () => {
    const note = composeNote(flow, titularidad!, { "requester.name": "Ana Pérez", linea: "77390000", ciudad: " " }, new Set(["ci-anverso", "linea"]), labels);
    expect(note).toEqual({
      text: [
        `${NOTE_HEADER} Migración Prepago a Pospago (WhatsApp) · Solicitar datos para validar la titularidad (1)`,
        "",
        "Cliente Ana Pérez · línea 77390000",
        "",
        ["✔ Foto del anverso del CI", "✔ Línea a migrar: 77390000", "☐ Ciudad (pendiente)", "☐ Otra línea"].join("\n"),
      ].join("\n"),
      missing: [],
    });
  });

  it("lists the template's missing values and marks them in the text", () => {
    const note = composeNote(flow, titularidad!, {}, new Set(), labels);
    expect(note.missing).toEqual(["requester.name", "linea"]);
    expect(note.text).toContain("Cliente «requester.name» · línea «linea»");
    expect(note.text).toContain("☐ Foto del anverso del CI (pendiente)");
  });

  it("is only the header for a step with no template and no checklist", () => {
    expect(composeNote(flow, fin!, {}, new Set(), labels)).toEqual({ text: "[Ruta] Migración Prepago a Pospago (WhatsApp) · Fin", missing: [] });
  });
});
