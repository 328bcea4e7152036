import type { Flow, Step } from "../../../src/flows/schema";
import { readReply } from "../../../src/engine";
import { flowById } from "./flowById";
import { walkFlow } from "../../support/walkFlow";

/** The seed writes macro paths and order states as "A > B > C" or "A :: B :: C"; the flow stores "A::B::C". */
const canon = (seedPath: string) => seedPath.split(/\s*(?:::|>)\s*/).join("::");

const flow = flowById("pre-post");
const byId = new Map(flow.steps.map((s) => [s.id, s]));
const step = (id: string): Step => {
  const found = byId.get(id);
  if (!found) throw new Error(`No step "${id}" in flow "${flow.id}"`);
  return found;
};

const walk = (f: Flow, choices: string[]) => walkFlow(f, choices);

/** True when `sub` appears in `path` in order (not necessarily adjacent). */
const inOrder = (path: string[], sub: string[]) => {
  let i = 0;
  for (const id of path) if (id === sub[i]) i++;
  return i === sub.length;
};

/** step id → the seed's macro path, status and order state as written at that place ("Estado" translated). */
const WRITES: [string, string, Step["status"], string | undefined][] = [
  ["pre-post.saludo.primer-contacto", "Móvil :: WhatsApp :: Migración Pre a Post :: Saludo Inicial :: Primer contacto", "hold", "En progreso :: Datos Insuficientes"],
  ["pre-post.saludo.segundo-contacto", "Móvil :: WhatsApp :: Migración Pre a Post :: Saludo Inicial :: Segundo contacto", "pending", "En progreso :: Datos Insuficientes"],
  ["pre-post.saludo.cliente-no-contesta", "Móvil :: WhatsApp :: Migración Pre a Post :: Saludo Inicial :: Cliente No Contesta :: Mega Plan X", "pending", "No Aplica :: Incontactable"],
  ["pre-post.preanalisis.gestion", "Respuesta rápida > Opción 4", "open", undefined],
  ["pre-post.no-califica.fr-ro", "Móvil > WhatsApp > Migración de Pre a Post > No califica > Línea en FR/RO", "solved", "No clasifica>OTRO"],
  ["pre-post.no-califica.otra-compania", "Móvil > WhatsApp > Migración de Pre a Post > No califica > Línea de otra compañía", "pending", "No aplica > Contrato en otra Telefonía"],
  ["pre-post.no-califica.autogenda", "Móvil > WhatsApp > Migración de Pre a Post > No califica > Derivación Autogenda Cita Web", "solved", undefined],
  ["pre-post.no-califica.linea-3g", "Móvil > WhatsApp > Migración de Pre a Post > No califica > Línea 3G", "hold", undefined],
  ["pre-post.no-califica.deuda-otra-operadora", "Móvil > WhatsApp > Migración de Pre a Post > No califica > Deuda en Otra Operadora MP", "pending", "No califica > Mora"],
  ["pre-post.oferta.linea-confirmada", "Móvil > WhatsApp > Migración de Pre a Post > Oferta > Línea Confirmada + Plan", "hold", "En progreso > Datos insuficientes"],
  ["pre-post.oferta.linea-sin-confirmacion", "Móvil > WhatsApp > Migración de Pre a Post > Oferta > Línea sin confirmación + Plan", "hold", "En progreso > Datos insuficientes"],
  ["pre-post.oferta.recontacto", "Móvil :: WhatsApp :: Migración Pre a Post :: Recontacto Sin Respuesta", "pending", "En progreso :: Datos Insuficientes"],
  ["pre-post.titularidad.gestion", "Respuesta Rápida > Opción 4", "solved", undefined],
  ["pre-post.titularidad.no-titular", "Transacción no exitosa > Cliente no es titular", "solved", undefined],
  ["pre-post.tyc.confirmacion", "Móvil > WhatsApp > Confirmación > Plan + T&C sin Teléfono", "hold", "En progreso > En Gestión"],
  ["pre-post.tyc.reenvio", "Móvil > WhatsApp > Confirmación > Plan + T&C sin Teléfono", "hold", "En progreso > En Gestión"],
  ["pre-post.tyc.recontacto", "Móvil :: WhatsApp :: Migración Pre a Post :: Recontacto Sin Respuesta", "pending", "En progreso :: Datos Insuficientes"],
  ["pre-post.token.envio-sms", "Móvil > WhatsApp > Migración de Pre a Post > Tocken > Envío SMS por AR", "hold", "En progreso > En Gestión"],
  ["pre-post.token.segundo-tocken", "Móvil > WhatsApp > Migración de Pre a Post > Tocken > Envío SMS 2do Tocken por Vencimiento", "hold", "En progreso > En Gestión"],
  ["pre-post.token.cliente-no-contesta", "Móvil > Whatsapp > Migración de Pre a Post > Tocken > Cliente no contesta", "pending", "En progreso > En Gestión"],
  ["pre-post.token.gestion", "Respuesta rápida > Opción 4", "open", undefined],
  ["pre-post.no-califica.deuda-historica", "Móvil > WhatsApp > Migración Pre a Post > No Califica > Deuda Histórica Móvil", "solved", "No califica > Mora"],
  ["pre-post.contrato.analisis-riesgo", "Móvil > WhatsApp > Migración de Pre a Post > Rechaza > En Revisión de Activaciones", "hold", undefined],
  ["pre-post.contrato.corregir-observacion", "Móvil > WhatsApp > Migración de Pre a Post > Rechaza > Corregir observación", "hold", "En progreso"],
  ["pre-post.contrato.infactible", "Móvil > WhatsApp > Migración de Pre a Post > Rechaza > Solicitud Infactible", "solved", undefined],
  ["pre-post.confirmar.migracion-exitosa", "Móvil > WhatsApp > Migración Pre a Post > Activación Exitosa > Línea Sin Equipo", "solved", "Acepta > Plan Recomendado"],
  ["pre-post.despedida", "BO > Despedida al resolver", "solved", undefined],
];

describe("writes: macro, status and order state as the seed names them", () => {
  test.each(WRITES)("%s → %s (%s, %s)", (id, macro, status, orderState) => {
    const s = step(id);
    expect(s.macro).toBe(canon(macro));
    expect(s.status).toBe(status);
    expect(s.orderState).toBe(orderState === undefined ? undefined : canon(orderState));
  });

  it("writes nothing on steps the table does not list", () => {
    const listed = new Set(WRITES.map(([id]) => id));
    const writing = flow.steps.filter((s) => s.macro || s.status || s.orderState || s.tags || s.note).map((s) => s.id);
    expect(writing.sort()).toEqual([...listed].sort());
  });

  it("sends the farewell macro only from the shared 11.1 step", () => {
    const farewell = flow.steps.filter((s) => s.macro === "BO::Despedida al resolver").map((s) => s.id);
    expect(farewell).toEqual(["pre-post.despedida"]);
  });
});

const TO_PREANALISIS = ["titular-o-comercial"];
const TO_OFERTA_CONFIRMADA = [...TO_PREANALISIS, "ac-usim-lte", "confirmada"];
const TO_AR = [...TO_OFERTA_CONFIRMADA, "titular-confirmada"];

/** branch name, choices from start, steps that must be visited in order, expected end. */
const WALKS: [string, string[], string[], string][] = [
  [
    "1 b) government entity → SysHelp B2B → farewell speech",
    ["institucion-publica", "gubernamental"],
    ["pre-post.saludo.primer-contacto", "pre-post.escenario.datos-titular", "pre-post.escenario.facturacion", "pre-post.gobierno.verificar-nit", "pre-post.gobierno.derivar-syshelp"],
    "pre-post.gobierno.despedida",
  ],
  [
    "1 d) NIT not identified as government → normal process → success",
    ["institucion-publica", "no-identificada", "ac-usim-lte", "confirmada", "titular-confirmada", "exitosa"],
    ["pre-post.gobierno.verificar-nit", "pre-post.escenario.proceso-normal", "pre-post.preanalisis.gestion"],
    "pre-post.despedida",
  ],
  [
    "1 greeting unanswered twice, supervisor reopens → Cliente No Contesta",
    ["cliente-no-responde", "reabierto-sin-respuesta"],
    ["pre-post.saludo.primer-contacto", "pre-post.saludo.segundo-contacto"],
    "pre-post.saludo.cliente-no-contesta",
  ],
  [
    "happy path: AC + USIM LTE, confirmed line, titular, ACEPTO, token, AR success → contract → Migración Exitosa → Despedida",
    [...TO_AR, "exitosa"],
    [
      "pre-post.preanalisis.gestion",
      "pre-post.preanalisis.resultado",
      "pre-post.qvantel.estado-linea",
      "pre-post.oferta.linea-confirmada",
      "pre-post.titularidad.gestion",
      "pre-post.titularidad.qvantel",
      "pre-post.tyc.confirmacion",
      "pre-post.tyc.acepto",
      "pre-post.token.envio-sms",
      "pre-post.token.gestion",
      "pre-post.migracion.resultado-ar",
      "pre-post.contrato.facturacion-tercero",
      "pre-post.contrato.sin-preanalisis",
      "pre-post.confirmar.migracion-exitosa",
    ],
    "pre-post.despedida",
  ],
  [
    "2.5 a) no Planifícate result → Sin requisitos sin subsidio → 3.1; offer unanswered → recontacto → 3.1",
    [...TO_PREANALISIS, "sin-resultado", "confirmada", "cliente-no-responde", "sin-confirmacion", "titular-pendiente-confirmacion", "exitosa"],
    [
      "pre-post.preanalisis.sin-requisitos",
      "pre-post.qvantel.estado-linea",
      "pre-post.oferta.linea-confirmada",
      "pre-post.oferta.recontacto",
      "pre-post.qvantel.estado-linea",
      "pre-post.oferta.linea-sin-confirmacion",
      "pre-post.confirmacion-linea.qvantel",
      "pre-post.tyc.confirmacion",
    ],
    "pre-post.despedida",
  ],
  ["2.5 b) FR/RO → rejection → Despedida", [...TO_PREANALISIS, "fr-ro"], ["pre-post.no-califica.fr-ro"], "pre-post.despedida"],
  [
    "2.5 c1) other operator, interested in portability → Autogenda Cita Web",
    [...TO_PREANALISIS, "otra-compania", "interes-portacion"],
    ["pre-post.no-califica.otra-compania", "pre-post.no-califica.otra-compania-respuesta"],
    "pre-post.no-califica.autogenda",
  ],
  [
    "2.5 c2) other operator, not agreeing → Despedida",
    [...TO_PREANALISIS, "otra-compania", "no-de-acuerdo"],
    ["pre-post.no-califica.otra-compania", "pre-post.no-califica.otra-compania-respuesta"],
    "pre-post.despedida",
  ],
  [
    "2.5 d1) 3G chip, not agreeing → Despedida",
    [...TO_PREANALISIS, "chip-3g", "no-de-acuerdo"],
    ["pre-post.no-califica.linea-3g", "pre-post.no-califica.linea-3g-respuesta"],
    "pre-post.despedida",
  ],
  [
    "2.5 d) 3G chip, recovers the line → Planifícate again",
    [...TO_PREANALISIS, "chip-3g", "recupera-linea", "fr-ro"],
    ["pre-post.no-califica.linea-3g", "pre-post.no-califica.linea-3g-respuesta", "pre-post.preanalisis.resultado", "pre-post.no-califica.fr-ro"],
    "pre-post.despedida",
  ],
  ["2.5 e) MP debt with the previous operator", [...TO_PREANALISIS, "mora-mp"], [], "pre-post.no-califica.deuda-otra-operadora"],
  [
    "4.3 not the holder → Cliente no es titular",
    [...TO_PREANALISIS, "ac-usim-lte", "sin-confirmacion", "no-titular"],
    ["pre-post.oferta.linea-sin-confirmacion", "pre-post.titularidad.gestion", "pre-post.titularidad.qvantel"],
    "pre-post.titularidad.no-titular",
  ],
  [
    "6.2–6.3 T&C unanswered → resend → recontacto → back to 6.1 → ACEPTO",
    [...TO_AR, "cliente-no-responde", "cliente-no-responde", "acepto", "exitosa"],
    [
      "pre-post.tyc.confirmacion",
      "pre-post.tyc.reenvio",
      "pre-post.tyc.recontacto",
      "pre-post.tyc.confirmacion",
      "pre-post.tyc.acepto",
      "pre-post.token.envio-sms",
    ],
    "pre-post.despedida",
  ],
  [
    "7.3 token expired → 2nd token → code → 7.5",
    [...TO_AR, "codigo-expirado", "codigo-tocken", "exitosa"],
    ["pre-post.token.envio-sms", "pre-post.token.segundo-tocken", "pre-post.token.gestion", "pre-post.migracion.resultado-ar"],
    "pre-post.despedida",
  ],
  [
    "7.4 no answer to the 2nd token (timer) → Cliente no contesta → 2nd token again",
    [...TO_AR, "timer", "timer", "cliente-disponible", "codigo-tocken", "exitosa"],
    [
      "pre-post.token.envio-sms",
      "pre-post.token.segundo-tocken",
      "pre-post.token.cliente-no-contesta",
      "pre-post.token.segundo-tocken",
      "pre-post.token.gestion",
    ],
    "pre-post.despedida",
  ],
  [
    "7.7 a) AR error → contract with pre-analysis → approved → Migración Exitosa",
    [...TO_AR, "error-ar", "aprobada"],
    ["pre-post.contrato.con-preanalisis", "pre-post.contrato.analisis-riesgo", "pre-post.contrato.revision", "pre-post.confirmar.migracion-exitosa"],
    "pre-post.despedida",
  ],
  [
    "9.4 b1) missing document found in Zendesk → back to 9.3 → approved",
    [...TO_AR, "error-ar", "respaldo-en-zendesk", "aprobada"],
    ["pre-post.contrato.revision", "pre-post.contrato.respaldo-faltante", "pre-post.contrato.analisis-riesgo", "pre-post.contrato.revision", "pre-post.confirmar.migracion-exitosa"],
    "pre-post.despedida",
  ],
  [
    "9.4 b2) document not in Zendesk → Corregir observación → back to 9.3 → not fixable",
    [...TO_AR, "error-ar", "respaldo-no-en-zendesk", "no-subsanable"],
    ["pre-post.contrato.revision", "pre-post.contrato.corregir-observacion", "pre-post.contrato.analisis-riesgo", "pre-post.contrato.revision"],
    "pre-post.contrato.infactible",
  ],
  ["9.4 c) not fixable → Solicitud Infactible", [...TO_AR, "error-ar", "no-subsanable"], ["pre-post.contrato.con-preanalisis"], "pre-post.contrato.infactible"],
  ["7.7 b1) historical debt → Deuda Histórica Móvil", [...TO_AR, "deuda-historica"], ["pre-post.migracion.resultado-ar"], "pre-post.no-califica.deuda-historica"],
];

describe("walks: every branch of the seed reaches its end", () => {
  test.each(WALKS)("%s", (_name, choices, through, end) => {
    const path = walk(flow, choices);
    expect(path.at(-1)).toBe(end);
    expect(step(end).kind).toBe("end");
    expect(inOrder(path, through), `path: ${path.join(" → ")}`).toBe(true);
  });

  it("visits every step across the branch walks", () => {
    const visited = new Set(WALKS.flatMap(([, choices]) => walk(flow, choices)));
    expect(flow.steps.map((s) => s.id).filter((id) => !visited.has(id))).toEqual([]);
  });
});

describe("checklists", () => {
  test.each([
    ["nombre-titular", "text"],
    ["ci-titular", "ciBo"],
    ["telefono-titular", "phoneBo"],
    ["ciudad", "text"],
    ["linea-a-migrar", "phoneBo"],
  ])("activity 1 collects %s as %s", (id, format) => {
    expect(step("pre-post.escenario.datos-titular").checklist?.find((c) => c.id === id)?.value?.format).toBe(format);
  });

  test.each([
    ["pre-post.preanalisis.resultado", "captura-planificate", true],
    ["pre-post.qvantel.estado-linea", "captura-estado-linea", true],
    // 4.1: "Estos son los documentos que debe proporcionar el solicitante": the customer's own photos.
    ["pre-post.titularidad.gestion", "ci-anverso", "customer"],
    ["pre-post.titularidad.gestion", "ci-reverso", "customer"],
    ["pre-post.titularidad.gestion", "selfie-ci", "customer"],
    ["pre-post.confirmacion-linea.qvantel", "captura-linea-confirmada", true],
    ["pre-post.tyc.acepto", "captura-acepto", true],
    ["pre-post.contrato.con-preanalisis", "error-ar", true],
    ["pre-post.contrato.sin-preanalisis", "aceptacion-tyc", true],
    ["pre-post.contrato.sin-preanalisis", "selfie-ci", true],
  ] as const)("%s asks for the capture %s as required evidence (%s: true, an internal note's; customer, the customer sends it)", (id, item, evidence) => {
    const c = step(id).checklist?.find((x) => x.id === item);
    expect(c?.evidence).toBe(evidence);
    expect(c?.required).toBe(true);
  });

  test.each(["pre-post.contrato.sin-preanalisis", "pre-post.contrato.con-preanalisis"])(
    "%s does not require Planifícate (absent under \"Sin requisitos sin subsidio\")",
    (id) => {
      const c = step(id).checklist?.find((x) => x.id === "planificate");
      expect(c?.required).toBe(false);
      expect(c?.label).toMatch(/Sin requisito/);
    },
  );

  it("7.7 b1) records the amount owed from BCCS as a number", () => {
    const c = step("pre-post.no-califica.deuda-historica").checklist?.find((x) => x.id === "monto-adeudado");
    expect(c).toMatchObject({ required: true, value: { format: "number" } });
  });
});

describe("timers", () => {
  test.each([
    ["pre-post.oferta.recontacto", 30, undefined],
    ["pre-post.tyc.recontacto", 30, undefined],
    ["pre-post.token.envio-sms", 10, "pre-post.token.segundo-tocken"],
    ["pre-post.token.segundo-tocken", 10, "pre-post.token.cliente-no-contesta"],
  ])("%s runs %i minutes then offers %s", (id, minutes, next) => {
    expect(step(id).timer?.minutes).toBe(minutes);
    expect(step(id).timer?.next).toBe(next);
  });
});

describe("customer replies", () => {
  const replyTo = (stepId: string, message: string) => {
    const s = step(stepId);
    if (s.kind !== "action") throw new Error(`"${stepId}" is not an action`);
    const reading = readReply(s.replies ?? [], message);
    return reading?.kind === "proposed" ? s.replies?.find((r) => r.id === reading.replyId)?.next : undefined;
  };

  test.each([
    ["pre-post.oferta.linea-confirmada", "Quiero el plan de 100 Bs", "pre-post.titularidad.gestion"],
    ["pre-post.oferta.linea-sin-confirmacion", "ok", "pre-post.titularidad.gestion"],
    ["pre-post.oferta.linea-confirmada", "   ", undefined],
    ["pre-post.oferta.recontacto", "ya estoy", "pre-post.qvantel.estado-linea"],
    ["pre-post.tyc.confirmacion", "ACEPTO", "pre-post.tyc.acepto"],
    ["pre-post.tyc.confirmacion", "Sí, acepto.", "pre-post.tyc.acepto"],
    ["pre-post.tyc.confirmacion", "no acepto", undefined],
    ["pre-post.tyc.confirmacion", "aceptable", undefined],
    ["pre-post.tyc.reenvio", "acepto", "pre-post.tyc.acepto"],
    ["pre-post.tyc.recontacto", "hola", "pre-post.tyc.confirmacion"],
    ["pre-post.token.envio-sms", "A7K29Q", "pre-post.token.gestion"],
    ["pre-post.token.envio-sms", " 4821 ", "pre-post.token.gestion"],
    ["pre-post.token.envio-sms", "Hola", undefined],
    ["pre-post.token.envio-sms", "ACEPTO", undefined],
    ["pre-post.token.envio-sms", "mi código es 4821, gracias", "pre-post.token.gestion"],
    ["pre-post.tyc.confirmacion", "Acepto pero primero quiero saber el precio", undefined],
    ["pre-post.oferta.linea-confirmada", "¿cuánto cuesta el plan?", undefined],
    ["pre-post.token.segundo-tocken", "x9y8z7", "pre-post.token.gestion"],
    ["pre-post.token.cliente-no-contesta", "estoy disponible", "pre-post.token.segundo-tocken"],
  ])("%s: %j → %s", (stepId, message, next) => {
    expect(replyTo(stepId, message)).toBe(next);
  });

  it("lets the agent send an unanswered offer to Recontacto sin Respuesta", () => {
    for (const id of ["pre-post.oferta.linea-confirmada", "pre-post.oferta.linea-sin-confirmacion"]) {
      const s = step(id);
      expect(s.kind === "action" && s.alternatives?.find((a) => a.id === "cliente-no-responde")?.next).toBe("pre-post.oferta.recontacto");
    }
  });
});
