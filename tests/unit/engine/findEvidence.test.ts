import { findEvidence, stepStartedAt, stepTag } from "../../../src/engine";
import { anAction, anEnd, aFlow, aTicket, at, fromAgent, tagsChanged } from "../../support/builders";

const flow = aFlow({
  id: "e",
  steps: [
    anAction("e.oferta", "e.titularidad", { macro: "A::B" }),
    anAction("e.titularidad", "e.fin", {
      checklist: [
        { id: "ci-anverso", label: "Foto del anverso del CI", required: true, evidence: true },
        { id: "ci-reverso", label: "Foto del reverso del CI", required: true, evidence: true },
        { id: "revisado", label: "Revisado en Qvantel", required: true },
      ],
    }),
    anEnd("e.fin"),
  ],
});
const step = flow.steps[1]!;
const note = (minutesAgo: number, ...files: [string, string][]) => ({ ...fromAgent("Adjunto", at(minutesAgo)), public: false, attachments: files.map(([name, contentType]) => ({ name, contentType })) });
const began = tagsChanged([stepTag("e.oferta")], at(30));

describe("findEvidence()", () => {
  it("gives each evidence item a file from an internal note added since the step began, oldest first", () => {
    const ticket = aTicket({ events: [began], messages: [note(20, ["anverso.jpg", "image/jpeg"]), note(10, ["reverso.pdf", "application/pdf"])] });
    expect([...findEvidence(step, ticket)]).toEqual([
      ["ci-anverso", { name: "anverso.jpg", at: at(20) }],
      ["ci-reverso", { name: "reverso.pdf", at: at(10) }],
    ]);
  });

  it.each([
    ["a file from before the step began", note(40, ["viejo.jpg", "image/jpeg"])],
    ["a public comment's file", { ...note(10, ["x.jpg", "image/jpeg"]), public: true }],
    ["a file that is neither image nor PDF", note(10, ["datos.xlsx", "application/vnd.ms-excel"])],
    ["a note with no file", note(10)],
  ])("does not count %s", (_, message) => {
    expect(findEvidence(step, aTicket({ events: [began], messages: [message] })).size).toBe(0);
  });

  it("leaves an item unfound when there are fewer files than evidence items", () => {
    const found = findEvidence(step, aTicket({ events: [began], messages: [note(5, ["anverso.png", "image/png"])] }));
    expect([...found.keys()]).toEqual(["ci-anverso"]);
  });
});

describe("stepStartedAt()", () => {
  it("is the last audit that recorded another step, not this step's own", () => {
    const ticket = aTicket({ events: [began, tagsChanged([stepTag("e.titularidad")], at(5))] });
    expect(stepStartedAt(step, ticket)).toBe(at(30));
  });
});
