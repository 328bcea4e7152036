import type { Flow, Step } from "../../../src/flows/schema";
import { flowById } from "./flowById";
import { walkFlow } from "../../support/walkFlow";

const flow = flowById("tbo");
const byId = new Map(flow.steps.map((s) => [s.id, s]));

function stepOf(id: string): Step {
  const step = byId.get(id);
  if (!step) throw new Error(`No step "${id}" in flow tbo`);
  return step;
}

const walk = (f: Flow, choices: string[]) => walkFlow(f, choices, { stopWhenDone: true }).at(-1)!;
const BO = ["Customer.Colaborador", "Soporte PYMES", "BO Pymes.Inconvenientes TBO regional"];
const GENERAL = ["descripcion-error", "correo", "linea"];
const TRANSFER_LIST = ["linea-origen", "linea-destino", "razon-social", "ruc-empresa", "nombre-usuario", "telefono-usuario", "print-error"];

/** Every escalation of the seed: path from the start, route values, mandatory data. */
const ESCALATIONS: [string, string[], string, string[], string[]][] = [
  ["Reseteo de Contraseña", ["reseteo-contrasena", "next", "no-pudo"], "tbo.reseteo-contrasena", BO, GENERAL],
  ["Código TIGO ID", ["codigo-tigo-id"], "tbo.codigo-tigo-id", BO, GENERAL],
  ["Auto creación + creación asistida", ["autocreacion"], "tbo.autocreacion", BO, GENERAL],
  [
    "Error en creación de cuenta TBO",
    ["error-creacion-cuenta"],
    "tbo.error-creacion-cuenta",
    BO,
    ["descripcion-error", "ci-usuario", "nombre-usuario", "correo-usuario", "linea-usuario", "razon-social", "ruc-ci-empresa"],
  ],
  ["ABM de usuario y/o empresa", ["abm-usuario"], "tbo.abm-usuario", BO, GENERAL],
  [
    "Transferir saldo 1) línea no existe",
    ["transferir-saldo", "linea-no-existe", "formato-correcto", "existe"],
    "tbo.transferir-saldo.linea-no-existe",
    BO,
    [...GENERAL, ...TRANSFER_LIST],
  ],
  [
    "Transferir saldo 2) sin saldo",
    ["transferir-saldo", "sin-saldo", "con-saldo"],
    "tbo.transferir-saldo.sin-saldo",
    BO,
    [...GENERAL, ...TRANSFER_LIST],
  ],
  [
    "Transferir saldo 3) sin opción Administrar",
    ["transferir-saldo", "sin-opcion-administrar"],
    "tbo.transferir-saldo.sin-opcion-administrar",
    BO,
    GENERAL,
  ],
  ["Consumo: GB de Internet", ["consumo-movil", "internet-gb", "si"], "tbo.consumo-movil.internet-gb", BO, TRANSFER_LIST],
  ["Consumo: minutos", ["consumo-movil", "minutos", "si"], "tbo.consumo-movil.minutos", BO, TRANSFER_LIST],
  ["Consumo: SMS", ["consumo-movil", "sms", "si"], "tbo.consumo-movil.sms", BO, TRANSFER_LIST],
  [
    "Consumo: Detalle de consumo",
    ["consumo-movil", "detalle-consumo", "si"],
    "tbo.consumo-movil.detalle-consumo",
    ["Customer.Customer"],
    TRANSFER_LIST,
  ],
  [
    "Consumo: Histórico Internet Adicional",
    ["consumo-movil", "historico-internet", "si"],
    "tbo.consumo-movil.historico-internet",
    ["Customer.Customer"],
    TRANSFER_LIST,
  ],
  [
    "Pago 1) no aplicado (Finanzas)",
    ["pago", "no-aplicado", "next"],
    "tbo.pago.no-aplicado",
    ["Finanzas.Solicitudes al Area de Cobranzas.Verificacion de Pago"],
    ["comprobante-pago", "descripcion-error"],
  ],
  ["Pago 2) Histórico de Facturas", ["pago", "historico-facturas"], "tbo.pago.historico-facturas", BO, GENERAL],
  ["Pago 3) Bancard", ["pago", "bancard", "next", "persiste"], "tbo.pago.bancard", BO, GENERAL],
  [
    "Factura: más de un ciclo",
    ["descarga-factura", "activo", "con-facturas", "varios-ciclos"],
    "tbo.descarga-factura.ciclo",
    BO,
    ["descripcion-error"],
  ],
  [
    "Factura: error de descarga",
    ["descarga-factura", "activo", "con-facturas", "un-ciclo", "pospago"],
    "tbo.descarga-factura",
    BO,
    [
      "razon-social",
      "ruc-ci-empresa",
      "nombre-contacto",
      "correo",
      "numero-contacto",
      "linea",
      "numero-cuenta",
      "servicio",
      "numero-documento",
      "descripcion-error",
      "print-error",
    ],
  ],
  ["Wifi 360 con HFC", ["wifi-360", "hfc"], "tbo.wifi-360", BO, [...GENERAL, "screens-error"]],
  ["No se listan todos mis contratos", ["contratos"], "tbo.contratos", BO, GENERAL],
  ["Débito automático, cliente no quiere afiliación", ["debito-automatico", "no-afiliado", "no"], "tbo.debito-automatico", BO, GENERAL],
  ["Pantalla en blanco", ["pantalla-blanco"], "tbo.pantalla-blanco", BO, GENERAL],
  [
    "Correo de notificación tras SPAM y whitelist",
    ["correo-notificacion", "no-encontrado", "no-funciono"],
    "tbo.correo-notificacion",
    BO,
    GENERAL,
  ],
  ["PIN caducado, falla el 2do intento", ["pin-caducado", "next", "no-funciono"], "tbo.pin-caducado", BO, GENERAL],
  ["Dos notificaciones de creación", ["doble-notificacion"], "tbo.doble-notificacion", BO, GENERAL],
];

/** Checks that resolve the complaint without escalating: path, end reached, speech ids shown there. */
const RESOLVED: [string, string[], string, string[]][] = [
  ["Reseteo con el artículo", ["reseteo-contrasena", "next", "pudo"], "tbo.reseteo-contrasena.resuelto", []],
  [
    "Transferir: formato incorrecto",
    ["transferir-saldo", "linea-no-existe", "formato-incorrecto"],
    "tbo.transferir-saldo.linea-no-existe.formato-incorrecto",
    ["formato-correcto"],
  ],
  [
    "Transferir: línea inexistente en SIEBEL",
    ["transferir-saldo", "linea-no-existe", "formato-correcto", "no-existe"],
    "tbo.transferir-saldo.linea-no-existe.no-tigo",
    ["solo-lineas-tigo"],
  ],
  ["Transferir: sin saldo en SIEBEL", ["transferir-saldo", "sin-saldo", "sin-saldo"], "tbo.transferir-saldo.sin-saldo.confirmado", ["saldo-insuficiente"]],
  ["Consumo: sin GB", ["consumo-movil", "internet-gb", "no"], "tbo.consumo-movil.internet-gb.vista-correcta", []],
  ["Consumo: sin minutos", ["consumo-movil", "minutos", "no"], "tbo.consumo-movil.minutos.vista-correcta", []],
  ["Consumo: sin SMS", ["consumo-movil", "sms", "no"], "tbo.consumo-movil.sms.vista-correcta", []],
  ["Consumo: sin internet", ["consumo-movil", "detalle-consumo", "no"], "tbo.consumo-movil.detalle-consumo.vista-correcta", []],
  ["Consumo: sin paquetigos", ["consumo-movil", "historico-internet", "no"], "tbo.consumo-movil.historico-internet.vista-correcta", []],
  ["Bancard: VPN apagada", ["pago", "bancard", "next", "resuelto"], "tbo.pago.bancard.resuelto", []],
  ["Factura: contrato inactivo", ["descarga-factura", "inactivo"], "tbo.descarga-factura.contrato-inactivo", []],
  ["Factura: sin facturas 18 meses", ["descarga-factura", "activo", "sin-facturas"], "tbo.descarga-factura.sin-facturas-18-meses", []],
  ["Factura: prepago", ["descarga-factura", "activo", "con-facturas", "un-ciclo", "prepago"], "tbo.descarga-factura.prepago", []],
  ["Wifi 360: sólo TV / no HFC", ["wifi-360", "tv-o-no-hfc"], "tbo.wifi-360.no-hfc", ["solo-hfc"]],
  ["Débito: ya afiliado", ["debito-automatico", "afiliado"], "tbo.debito-automatico.afiliado", []],
  ["Débito: afiliación por el asesor", ["debito-automatico", "no-afiliado", "si"], "tbo.debito-automatico.afiliacion-asesor", []],
  ["Correo en SPAM", ["correo-notificacion", "encontrado"], "tbo.correo-notificacion.resuelto", []],
  ["Correo tras whitelist", ["correo-notificacion", "no-encontrado", "funciono"], "tbo.correo-notificacion.resuelto", []],
  ["PIN: 2do intento funciona", ["pin-caducado", "next", "funciono"], "tbo.pin-caducado.resuelto", []],
];

describe("flow tbo (seed 000)", () => {
  it("starts with one option per complaint type (sixteen in the seed)", () => {
    const start = stepOf(flow.start);
    expect(start.kind).toBe("question");
    if (start.kind !== "question") return;
    expect(start.question).toBe("¿Qué reclamo presenta el cliente?");
    expect(start.options).toHaveLength(16);
  });

  // The seed names no macro, ticket status, Estado de Pedido or tag anywhere: none may be written.
  test.each(flow.steps.map((s) => [s.id, s] as const))("%s writes no macro, status, order state or tags", (_id, step) => {
    expect(step.macro).toBeUndefined();
    expect(step.status).toBeUndefined();
    expect(step.orderState).toBeUndefined();
    expect(step.tags).toBeUndefined();
  });

  it("has exactly the escalations of the table", () => {
    const escalating = flow.steps.filter((s) => s.escalation).map((s) => s.id);
    expect(escalating.sort()).toEqual(ESCALATIONS.map((row) => `${row[2]}.syshelp`).sort());
  });

  describe.each(ESCALATIONS)("%s", (_name, choices, key, route, requires) => {
    const escalationId = `${key}.syshelp`;

    it("is reached from the start", () => {
      expect(walk(flow, choices)).toBe(escalationId);
    });

    it("escalates via SysHelp on the seed's route with the mandatory data", () => {
      const escalation = stepOf(escalationId).escalation;
      expect(escalation?.system).toBe("SysHelp");
      expect(escalation?.route.map((r) => r.value)).toEqual(route);
      expect(escalation?.requires).toEqual(requires);
    });

    it("ends by contacting the customer when the SysHelp is solved", () => {
      const end = walk(flow, [...choices, "next", "solucionado"]);
      expect(end).toBe(`${key}.solucionado`);
      expect(stepOf(end).kind).toBe("end");
      expect(stepOf(end).instructions?.[0]).toContain("contactar al cliente para informarle y/o guiarle");
    });

    it("loops back to the escalation when the SysHelp is rejected", () => {
      expect(walk(flow, [...choices, "next", "rechazado"])).toBe(`${key}.rechazado`);
      expect(stepOf(`${key}.rechazado`).instructions?.[0]).toContain("verificar el motivo y adjuntar/gestionar lo necesario");
      expect(walk(flow, [...choices, "next", "rechazado", "next"])).toBe(escalationId);
    });
  });

  it("asks cobranzas' requests after a rejected payment verification", () => {
    expect(stepOf("tbo.pago.no-aplicado.rechazado").instructions?.[0]).toContain("solicitado por cobranzas");
    const item = stepOf("tbo.pago.no-aplicado.syshelp").checklist?.find((i) => i.id === "comprobante-pago");
    expect(item?.evidence).toBe(true);
  });

  it("types the mandatory data", () => {
    const formats = (id: string) => Object.fromEntries((stepOf(id).checklist ?? []).map((i) => [i.id, i.value?.format]));
    expect(formats("tbo.transferir-saldo.sin-saldo.syshelp")).toMatchObject({
      correo: "email",
      linea: "phonePy",
      "linea-origen": "phonePy",
      "linea-destino": "phonePy",
      "ruc-empresa": "rucPy",
      "telefono-usuario": "phonePy",
    });
    expect(formats("tbo.error-creacion-cuenta.syshelp")).toMatchObject({ "ci-usuario": "ciPy", "correo-usuario": "email" });
  });

  test.each(RESOLVED)("%s ends without escalating", (_name, choices, endId, speechIds) => {
    expect(walk(flow, choices)).toBe(endId);
    const end = stepOf(endId);
    expect(end.kind).toBe("end");
    expect(end.escalation).toBeUndefined();
    expect((end.speech ?? []).map((s) => s.id)).toEqual(speechIds);
  });
});
