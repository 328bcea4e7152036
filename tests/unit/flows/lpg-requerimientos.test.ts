import type { Flow, Step } from "../../../src/flows/schema";
import { flowById } from "./flowById";
import { walkFlow } from "../../support/walkFlow";

const walk = (flow: Flow, labels: string[]) => walkFlow(flow, labels, { byLabel: true });
const flow = flowById("lpg-requerimientos");
const byId = new Map(flow.steps.map((s) => [s.id, s]));
const leafAt = (path: string[]): Step => {
  const ids = walk(flow, path);
  const leaf = byId.get(ids[ids.length - 1] ?? "");
  if (!leaf) throw new Error("no leaf");
  return leaf;
};

const SV = "sucursalVirtual";
const RETIRO_DOCS = ["Certificado Dom. Vigente (vigencia 90 días)", "Copia Carnet", "Foto de Placa"];
const WIKI =
  "http://wikicc.abastible.cl/mediawiki/index.php/Cliente_reclama_que_no_le_ha_llegado_su_factura_y_han_pasado_m%C3%A1s_de_xx_d%C3%ADas_h%C3%A1biles";

/** The seed's tree, one row per leaf: the labels from the start, the disposition kind, documents and url. */
type Row = [path: string[], kind: string, documents?: string[], url?: string];
const S = "Servicio";
const ticket = (...path: string[]): Row => [path, "createTicket"];
const ROWS: Row[] = [
  ticket(S, "Problemas con instalación", "Instalación fuera de normal, cliente informado"),
  ticket(S, "Problemas con instalación", "Instalación fuera de normal, cliente no informado"),
  [[S, "Problemas con instalación", "Marcador de % pegado"], "emergencyNotice"],
  [[S, "Cotización de tanque"], "webForm", undefined, "https://www.onlineencuesta.com/s/c526f7c"],
  ticket(S, "Mala atención personal de terreno", "Por trato"),
  ticket(S, "Mala atención personal de terreno", "Por información"),
  [[S, "Retiro de tanque"], SV, RETIRO_DOCS],
  ticket(S, "No respetan precio de fecha de entrega"),
  ticket(S, "Solicita entrega en tipo de camión X", "No corresponde Cambio"),
  ticket(S, "Solicita entrega en tipo de camión X", "Camión modificado"),
  ...["Fuera de norma", "Pagos pendientes", "Duplicidad", "Cambio de razon social", "En proceso de certificación", "Error de creación", "Sin consumo", "Instalación requiere visita"].map((s) =>
    ticket(S, "Problema de Bloqueo", s),
  ),
  ticket(S, "Abastecen más de lo solicitado", "Error Tripulación"),
  ticket(S, "Abastecen más de lo solicitado", "Solicitud Cliente"),
  ...["Capacidad Tanque", "Responsabilidad Cliente", "Error Tripulación", "Problemas en Marcador %", "Camión sin gas"].map((s) =>
    ticket(S, "Abastecen menos de lo solicitado", s),
  ),
  ticket(S, "Mala atención", "Telefónica (Mala atención telefónica/presencial)"),
  ticket(S, "Mala atención", "Personal de req"),
  ticket(S, "Mala o no atención de emergencias", "En visita"),
  ticket(S, "Mala o no atención de emergencias", "Por inconformidad de solución"),
  ticket(S, "Pedido no registrado", "Por error de ejecutivo / Call Center"),
  ticket(S, "Pedido no registrado", "Por error de sistema/ APP - Sitio web"),
  [[S, "Pedido no entregado"], "deliveryDelay"],
  ticket(S, "Pedido mal registrado", "Por error de ejecutivo / Call Center - Sitio web"),
  ticket(S, "Pedido mal registrado", "Por error de cliente / APP- Sitio web"),
  [[S, "Daños a la propiedad"], SV, ["Fotos del daño"]],
  [[S, "Proceso de reinspección de tanque (tanque vencido)"], SV, ["Foto de Placa"]],
  ticket(S, "Problemas con entrega de antecedentes de Inscripción SEC Certificación Instalaciones"),
  ticket(S, "No conforme con atención de requerimiento", "Respuesta fuera de plazo"),
  ticket(S, "No conforme con atención de requerimiento", "Inconformidad en la respuesta"),
  ticket(S, "Otros (Servicio)"),

  ...["Por formas de pago", "Debe vuelto", "Debe factura", "Cobros irregulares con tarjetas", "Error en cobro", "Inconformidad en precios", "No se puede realizar transacción", "Campañas promocionales", "NC pendiente por retiro de gas"].map((s) =>
    ticket("Pagos", "Relativos al pago", s),
  ),
  [["Pagos", "Otros (Pagos)"], "doNotUse"],
  // The seed: "Debe descargar factura en sucursal virtual" — the customer goes to the Sucursal Virtual; the wiki is the agent's link.
  [["Pagos", "No recibe factura"], "sucursalVirtual"],
  [["Pagos", "Devolución por trasvasije de gas", "Sí, tiene aprobación y ticket de respaldo"], "otherChannel"],
  ticket("Pagos", "Devolución por trasvasije de gas", "No tiene requerimiento autorizando el trasvasije"),

  ...["No factibilidad técnica", "No aprueba presupuesto", "Generación nuevo proyecto"].map((s) => ticket("Postventa", "Cambio ubicación tanque", s)),
  [["Postventa", "Cambio razón social"], SV],
  ticket("Postventa", "Atención comercial por fuga", "Fuga redes exterior"),
  ticket("Postventa", "Atención comercial por fuga", "Fuga redes interiores"),
  ticket("Postventa", "Normalización Instalación", "Normalización por parte de cliente"),
  ticket("Postventa", "Normalización Instalación", "Normalización por parte de Abastible"),
  ticket("Postventa", "Cambio de Tanques Aéreos a Subterráneos"),
  ticket("Postventa", "Problema Acceso Camión"),
  ...["No factibilidad técnica", "No aprueba presupuesto", "Generación nuevo proyecto"].map((s) => ticket("Postventa", "Cambio formato tanque", s)),

  ...["Solicitud de Cambio", "Cronogramas", "Plazos de ejecución cambios", "Trabajos efectuados", "Retiro de instalaciones", "Restitución señalética", "Habilitación del servicio/deuda", "Otros"].map(
    (s) => ticket("Cambio de Empresa Distribuidora", s),
  ),
];

describe("lpg-requerimientos (seed 003)", () => {
  it("has exactly one end per leaf of the seed's tree", () => {
    const ends = flow.steps.filter((s) => s.kind === "end").map((s) => s.id);
    const reached = ROWS.map(([path]) => leafAt(path).id);
    expect(new Set(reached).size).toBe(ROWS.length);
    expect(reached.sort()).toEqual(ends.sort());
  });

  it("asks for the four subjects first", () => {
    const start = byId.get(flow.start);
    expect(start?.kind === "question" && start.options.map((o) => o.label)).toEqual(["Servicio", "Pagos", "Postventa", "Cambio de Empresa Distribuidora"]);
  });

  test.each(ROWS)("%j → %s", (path, kind, documents, url) => {
    const leaf = leafAt(path);
    expect(leaf.kind).toBe("end");
    expect(leaf.disposition?.kind).toBe(kind);
    expect(leaf.disposition?.documents).toEqual(documents);
    expect(leaf.disposition?.url).toEqual(url);
    expect([leaf.macro, leaf.status, leaf.orderState]).toEqual([undefined, undefined, undefined]);
  });

  test.each(ROWS.filter(([, kind]) => kind === SV))("%j tells the agent why it goes to Sucursal Virtual", (path) => {
    expect(leafAt(path).instructions?.join(" ")).toMatch(/Sucursal Virtual/i);
  });

  it("lists the documents in the instructions too, for the agent to read out", () => {
    expect(leafAt([S, "Retiro de tanque"]).instructions).toEqual(expect.arrayContaining(RETIRO_DOCS));
  });

  it("links the web form and the wiki the seed gives", () => {
    expect(leafAt([S, "Cotización de tanque"]).links?.[0]?.url).toBe("https://www.onlineencuesta.com/s/c526f7c");
    expect(leafAt(["Pagos", "No recibe factura"]).links?.[0]?.url).toBe(WIKI);
  });

  it("marks Otros (Pagos) as not to be used", () => {
    expect(leafAt(["Pagos", "Otros (Pagos)"]).instructions).toContain("NO UTILIZAR ESTA TIPIFICACIÓN");
  });

  it("walks the trasvasije procedure: steps a–d when there is an approved balance", () => {
    const yes = leafAt(["Pagos", "Devolución por trasvasije de gas", "Sí, tiene aprobación y ticket de respaldo"]);
    expect(yes.checklist?.map((i) => i.label.slice(0, 2))).toEqual(["a.", "b.", "c.", "d."]);
    expect(yes.checklist?.every((i) => i.required)).toBe(true);
    expect(yes.checklist?.[2]?.label).toContain("NO DAR CORREO SI NO HAY TICKET CON RESPUESTA");
    const no = leafAt(["Pagos", "Devolución por trasvasije de gas", "No tiene requerimiento autorizando el trasvasije"]);
    expect(no.instructions?.join(" ")).toContain("ticket Postventa");
  });
});
