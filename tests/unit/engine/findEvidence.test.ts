import { findEvidence, stepStartedAt, stepTag } from "../../../src/engine";
import { anAction, anEnd, aFlow, aTicket, at, fromAgent, fromCustomer, tagsChanged } from "../../support/builders";

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
      ["ci-anverso", { name: "anverso.jpg", at: at(20), from: "note" }],
      ["ci-reverso", { name: "reverso.pdf", at: at(10), from: "note" }],
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

describe("findEvidence() of files the customer sends", () => {
  // seed 001, 4.1: the customer sends the ID photos and the selfie on WhatsApp, answering the offer.
  const customerStep = aFlow({
    id: "c",
    steps: [
      anAction("c.titularidad", "c.fin", {
        checklist: [
          { id: "ci-anverso", label: "Foto del anverso del CI", required: true, evidence: "customer" },
          { id: "selfie-ci", label: "Selfie con el CI", required: true, evidence: "customer" },
          { id: "captura", label: "Captura de Qvantel", required: true, evidence: true },
        ],
      }),
      anEnd("c.fin"),
    ],
  }).steps[0]!;
  const photos = (minutesAgo: number, ...names: string[]) => ({ ...fromCustomer("Les envío mi carnet", at(minutesAgo)), attachments: names.map((name) => ({ name, contentType: "image/jpeg" })) });

  it("takes the customer's photos for the items the customer sends, and only notes' files for the agent's captures", () => {
    const ticket = aTicket({ events: [began], messages: [photos(20, "ci.jpg", "selfie.jpg"), note(10, ["qvantel.png", "image/png"])] });
    expect([...findEvidence(customerStep, ticket)]).toEqual([
      ["captura", { name: "qvantel.png", at: at(10), from: "note" }],
      ["ci-anverso", { name: "ci.jpg", at: at(20), from: "customer" }],
      ["selfie-ci", { name: "selfie.jpg", at: at(20), from: "customer" }],
    ]);
  });

  it("gives a customer's item a note's file left over when the photo came another way, never a customer's photo to a capture", () => {
    const ticket = aTicket({ events: [began], messages: [photos(20, "ci.jpg"), note(10, ["qvantel.png", "image/png"], ["selfie-por-correo.jpg", "image/jpeg"])] });
    expect(findEvidence(customerStep, ticket).get("selfie-ci")).toEqual({ name: "selfie-por-correo.jpg", at: at(10), from: "note" });
    const onlyPhotos = aTicket({ events: [began], messages: [photos(20, "ci.jpg", "selfie.jpg", "otra.jpg")] });
    expect(findEvidence(customerStep, onlyPhotos).has("captura")).toBe(false);
  });

  it("does not count the customer's photos sent before the step began", () => {
    expect(findEvidence(customerStep, aTicket({ events: [began], messages: [photos(40, "ci.jpg", "selfie.jpg")] })).size).toBe(0);
  });
});

describe("stepStartedAt()", () => {
  it("is the last audit that recorded another step, not this step's own", () => {
    const ticket = aTicket({ events: [began, tagsChanged([stepTag("e.titularidad")], at(5))] });
    expect(stepStartedAt(step, ticket)).toBe(at(30));
  });
});
