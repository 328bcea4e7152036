import { actOnArrival, findStep, stepTag, unmetOnArrival } from "../../../src/engine";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import { aTicket, at, fromAgent, fromCustomer, tagsChanged } from "../../support/builders";

const prePost = CATALOG.find((f) => f.id === "pre-post")!;
const step = (id: string) => findStep(prePost, id);
const photos = (minutesAgo: number, ...names: string[]) => ({ ...fromCustomer("Les envío mi carnet y la selfie", at(minutesAgo)), attachments: names.map((name) => ({ name, contentType: "image/jpeg" })) });
const capture = (minutesAgo: number) => ({ ...fromAgent("Constancia ACEPTO", at(minutesAgo), false), attachments: [{ name: "acepto.png", contentType: "image/png" }] });

describe("actOnArrival() on seed 001", () => {
  it("applies the next step with the answer when it only has a macro to apply (billing in the holder's name → 2.1 «gestión»)", () => {
    const arrival = actOnArrival(prePost, step("pre-post.escenario.facturacion"), { kind: "option", id: "titular-o-comercial" }, aTicket({ status: "open" }));
    expect(arrival).toEqual({ kind: "apply", step: expect.objectContaining({ id: "pre-post.preanalisis.gestion" }), macro: "Respuesta rápida::Opción 4" });
  });

  it("waits for the agent where the next step has something to tick or attach (Planifícate's capture, the plans image)", () => {
    const ticket = aTicket({ status: "open" });
    expect(actOnArrival(prePost, step("pre-post.preanalisis.resultado"), { kind: "option", id: "ac-usim-lte" }, ticket)).toBeUndefined();
    expect(unmetOnArrival(prePost, step("pre-post.qvantel.estado-linea"), ticket)).toEqual(["recuperacion-sim-24h", "captura-estado-linea"]);
  });

  it("applies 4.1 with the customer's reply once the ID photos and the selfie are on the ticket, and not before", () => {
    const offered = tagsChanged([stepTag("pre-post.oferta.linea-confirmada")], at(30));
    const offer = step("pre-post.oferta.linea-confirmada");
    const reply = { kind: "reply", id: offer.kind === "action" ? offer.replies![0]!.id : "" } as const;
    const withPhotos = aTicket({ status: "open", events: [offered], messages: [photos(5, "anverso.jpg", "reverso.jpg", "selfie.jpg")] });
    expect(actOnArrival(prePost, offer, reply, withPhotos)).toMatchObject({ kind: "apply", step: { id: "pre-post.titularidad.gestion" } });
    const oneShort = aTicket({ status: "open", events: [offered], messages: [photos(5, "anverso.jpg", "reverso.jpg")] });
    expect(actOnArrival(prePost, offer, reply, oneShort)).toBeUndefined();
  });

  it("saves 6.4's note with the ACEPTO once its capture is attached, the step having nothing to apply", () => {
    const sent = tagsChanged([stepTag("pre-post.tyc.confirmacion")], at(20));
    const terms = step("pre-post.tyc.confirmacion");
    const reply = { kind: "reply", id: terms.kind === "action" ? terms.replies!.find((r) => r.next === "pre-post.tyc.acepto")!.id : "" } as const;
    expect(actOnArrival(prePost, terms, reply, aTicket({ status: "open", events: [sent], messages: [capture(2)] }))).toMatchObject({ kind: "save", step: { id: "pre-post.tyc.acepto" } });
    expect(actOnArrival(prePost, terms, reply, aTicket({ status: "open", events: [sent] }))).toBeUndefined();
  });

  it("prefills from values typed so far: the holder's data step is done on arrival only when every required value is known", () => {
    const first = step("pre-post.saludo.primer-contacto");
    const reply = { kind: "reply", id: first.kind === "action" ? first.replies![0]!.id : "" } as const;
    const ticket = aTicket({ status: "open" });
    expect(actOnArrival(prePost, first, reply, ticket)).toBeUndefined();
    const known = { "nombre-titular": "Marcelo Quispe", "ci-titular": "4789123 LP", "telefono-titular": "71234567", ciudad: "La Paz" };
    expect(actOnArrival(prePost, first, reply, ticket, known)).toMatchObject({ kind: "save", step: { id: "pre-post.escenario.datos-titular" } });
  });

  it("does nothing more on an end, on a step the ticket already records, or for a choice the step does not offer", () => {
    const ar = step("pre-post.migracion.resultado-ar");
    // 7.7 b1: the historical-debt end solves the ticket; the agent applies it deliberately.
    expect(actOnArrival(prePost, ar, { kind: "option", id: "deuda-historica" }, aTicket({ status: "open" }))).toBeUndefined();
    expect(actOnArrival(prePost, ar, { kind: "option", id: "no-existe" }, aTicket({ status: "open" }))).toBeUndefined();
    const recorded = aTicket({ status: "open", tags: [stepTag("pre-post.preanalisis.gestion")], events: [tagsChanged([stepTag("pre-post.preanalisis.gestion")], at(1))] });
    expect(actOnArrival(prePost, step("pre-post.escenario.facturacion"), { kind: "option", id: "titular-o-comercial" }, recorded)).toBeUndefined();
  });
});
