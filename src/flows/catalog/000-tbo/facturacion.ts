import type { StepInput } from "./types";
import { CORREO, DATOS_GENERALES, DESCRIPCION, LINEA, PRINT_ERROR, RUTA_FINANZAS_VERIFICACION_PAGO } from "./items";
import { escalationStepId, escalationSteps } from "./escalation";

const NUMERO_CUENTA = {
  id: "numero-cuenta",
  label: "Numero de Cuenta (contrato del cliente)",
  required: true,
  value: { format: "text" as const },
};
const FACILITAR_FACTURAS = { id: "facilitar-facturas", label: "Facilitar las facturas al cliente", required: true };

/** "No puedo realizar un pago", "No puedo descargar mi factura", "No se listan todos mis contratos", "Débito Automático". */
export const facturacionSteps: StepInput[] = [
  {
    id: "tbo.pago",
    kind: "question",
    title: "No puedo realizar un pago",
    ref: "No puedo realizar un pago",
    question: "¿Cuál de los 3 escenarios presenta el cliente?",
    options: [
      { id: "no-aplicado", label: "1) No se aplica el pago realizado en TBO", next: "tbo.pago.no-aplicado" },
      {
        id: "historico-facturas",
        label: 'El estado de la facturas en el "Histórico de Facturas" está mal',
        next: escalationStepId("tbo.pago.historico-facturas"),
      },
      { id: "bancard", label: "3) No me funciona Bancard para el pago de mis facturas", next: "tbo.pago.bancard" },
    ],
  },

  // 1) No se aplica el pago realizado en TBO
  {
    id: "tbo.pago.no-aplicado",
    kind: "action",
    title: "Escanear el comprobante de pago con 2da línea Mobile",
    ref: "No puedo realizar un pago 1)",
    instructions: ["Verificar con 2da línea Mobile de manera a escanear el comprobante de pago a través de la plataforma TechSee."],
    next: escalationStepId("tbo.pago.no-aplicado"),
  },
  ...escalationSteps({
    key: "tbo.pago.no-aplicado",
    ref: "No puedo realizar un pago 1)",
    title: "Derivar a Finanzas.Solicitudes al Area de Cobranzas.Verificacion de Pago",
    route: RUTA_FINANZAS_VERIFICACION_PAGO,
    complaint: "No se aplica el pago realizado en TBO",
    instructions: [
      "Una dispongamos del comprobante de pago, derivamos a la ruta 👉 Finanzas.Solicitudes al Area de Cobranzas.Verificacion de Pago con los datos obligatorios.",
    ],
    checklist: [
      { id: "comprobante-pago", label: "Comprobante de pago (escaneado vía TechSee)", required: true, evidence: true },
      DESCRIPCION,
    ],
    rejectedBy: "cobranzas",
  }),

  // 2) El estado de la facturas en el "Histórico de Facturas" está mal
  ...escalationSteps({
    key: "tbo.pago.historico-facturas",
    ref: "No puedo realizar un pago 2)",
    complaint: 'El estado de la facturas en el "Histórico de Facturas" está mal',
    checklist: DATOS_GENERALES,
  }),

  // 3) No me funciona Bancard para el pago de mis facturas
  {
    id: "tbo.pago.bancard",
    kind: "action",
    title: "Apagar la VPN",
    ref: "No puedo realizar un pago 3)",
    instructions: [
      "Es cuando al cliente no le carga la plantilla para el pago con tarjeta de crédito o débito.",
      "Debe indicarle al cliente que la VPN de su máquina desde donde quiere conectarse esté apagada.",
    ],
    next: "tbo.pago.bancard.resultado",
  },
  {
    id: "tbo.pago.bancard.resultado",
    kind: "question",
    title: "¿Persiste el error?",
    ref: "No puedo realizar un pago 3)",
    question: "Con la VPN apagada, ¿aún persiste el error?",
    options: [
      { id: "resuelto", label: "No, ya carga la plantilla de pago", next: "tbo.pago.bancard.resuelto" },
      { id: "persiste", label: "Aún persiste el error", next: escalationStepId("tbo.pago.bancard") },
    ],
  },
  { id: "tbo.pago.bancard.resuelto", kind: "end", title: "Bancard funciona con la VPN apagada", ref: "No puedo realizar un pago 3)" },
  ...escalationSteps({
    key: "tbo.pago.bancard",
    ref: "No puedo realizar un pago 3)",
    complaint: "No me funciona Bancard para el pago de mis facturas (no carga la plantilla; VPN apagada)",
    checklist: DATOS_GENERALES,
  }),

  // No puedo descargar mi factura
  {
    id: "tbo.descarga-factura",
    kind: "question",
    title: "¿El contrato está activo?",
    ref: "No puedo descargar mi factura",
    instructions: [
      "El cliente no puede descargar su factura PDF.",
      "Recibe el reclamo del cliente, debe realizar las siguientes verificaciones antes de escalar el error.",
    ],
    question: "¿El contrato está activo o inactivo?",
    options: [
      { id: "inactivo", label: "Inactivo", next: "tbo.descarga-factura.contrato-inactivo" },
      { id: "activo", label: "Activo", next: "tbo.descarga-factura.facturas-18-meses" },
    ],
  },
  {
    id: "tbo.descarga-factura.contrato-inactivo",
    kind: "end",
    title: "Contrato inactivo: no se lista en TBO",
    ref: "No puedo descargar mi factura",
    instructions: [
      "Si el contrato está inactivo no va a emitir más facturas nuevas, por ende contratos inactivos no se listan en TBO y el cliente no puede descargar facturas de contratos inactivos desde TBO.",
    ],
  },
  {
    id: "tbo.descarga-factura.facturas-18-meses",
    kind: "question",
    title: "¿Facturas emitidas en los últimos 18 meses?",
    ref: "No puedo descargar mi factura",
    instructions: ["Verificar en los sistemas (Siebel/Lucas/BBD) si tiene facturas emitidas en los últimos 18 meses."],
    question: "¿El contrato tiene una factura o documento generado en los últimos 18 meses?",
    options: [
      { id: "sin-facturas", label: "No tiene facturas en los últimos 18 meses", next: "tbo.descarga-factura.sin-facturas-18-meses" },
      { id: "con-facturas", label: "Sí tiene", next: "tbo.descarga-factura.ciclo" },
    ],
  },
  {
    id: "tbo.descarga-factura.sin-facturas-18-meses",
    kind: "end",
    title: "Sin facturas en 18 meses: no se lista en TBO",
    ref: "No puedo descargar mi factura",
    instructions: [
      "Si el contrato está activo pero no cuenta con una factura o documento generado en los últimos 18 meses, entonces el contrato no se va a listar, y el cliente tampoco podrá descargar sus facturas o documentos desde TBO.",
    ],
  },
  {
    id: "tbo.descarga-factura.ciclo",
    kind: "question",
    title: "¿Un solo ciclo de facturación?",
    ref: "No puedo descargar mi factura",
    instructions: ["Que el contrato tenga un solo ciclo de facturación: un mismo contrato, no puede tener dos ciclos de facturación diferente."],
    question: "¿El contrato tiene un solo ciclo de facturación?",
    options: [
      { id: "varios-ciclos", label: "Posee más de un ciclo de facturación", next: escalationStepId("tbo.descarga-factura.ciclo") },
      { id: "un-ciclo", label: "Un solo ciclo", next: "tbo.descarga-factura.pospago" },
    ],
  },
  ...escalationSteps({
    key: "tbo.descarga-factura.ciclo",
    ref: "No puedo descargar mi factura",
    title: "Escalar a BO vía SysHelp: corregir el ciclo de facturación",
    complaint: "No puedo descargar mi factura: el contrato posee más de un ciclo de facturación",
    instructions: [
      "Se debe escalar BO vía SysHelp para que el mismo corrija y lo deje con UN solo ciclo de facturación.",
      "En este caso también facilitar las facturas al cliente.",
    ],
    extraLines: ["Solicitud: corregir el contrato y dejarlo con UN solo ciclo de facturación."],
    checklist: [DESCRIPCION, { ...NUMERO_CUENTA, required: false }, FACILITAR_FACTURAS],
  }),
  {
    id: "tbo.descarga-factura.pospago",
    kind: "question",
    title: "¿Es un contrato pos pago?",
    ref: "No puedo descargar mi factura",
    instructions: ["Solamente contratos pos pago se listan en TBO."],
    question: "¿El contrato es pos pago o prepago?",
    options: [
      { id: "prepago", label: "Prepago", next: "tbo.descarga-factura.prepago" },
      { id: "pospago", label: "Pos pago", next: escalationStepId("tbo.descarga-factura") },
    ],
  },
  {
    id: "tbo.descarga-factura.prepago",
    kind: "end",
    title: "Contrato prepago: no genera facturas",
    ref: "No puedo descargar mi factura",
    instructions: ["Si el contrato es prepago no genera facturas, por lo tanto no se lista."],
  },
  ...escalationSteps({
    key: "tbo.descarga-factura",
    ref: "No puedo descargar mi factura",
    title: "Error: facilitar las facturas y escalar a Back Office pymes vía SysHelp",
    complaint: "No puedo descargar mi factura (contrato activo, con facturas en los últimos 18 meses, un solo ciclo, pospago y PDF generado)",
    instructions: [
      "Verificar que el PDF del documento se haya generado correctamente en cada sistema (tener en cuenta el cuadro del procedimiento).",
      "Si ya se generó el PDF, se trata de un error: favor facilitar las facturas al cliente y escalar el error.",
      "Explicando el error en la descripción, datos del cliente como correo, n° de línea, completar todos los campos obligatorios.",
      "Especificar el número de factura que el cliente no puede descargar así como también el contrato y el servicio (BBD/SIEBEL/LUCAS) de dicha factura.",
    ],
    checklist: [
      { id: "pdf-generado", label: "El PDF del documento se generó correctamente en el sistema", required: true },
      FACILITAR_FACTURAS,
      { id: "razon-social", label: "Razon Social de la empresa", required: true, value: { format: "text" } },
      {
        id: "ruc-ci-empresa",
        label: "RUC o CI de la empresa",
        required: true,
        value: { format: "text", hint: "RUC (ej. 80012345-6) o CI" },
      },
      { id: "nombre-contacto", label: "Nombre de contacto", required: true, value: { format: "text" } },
      CORREO,
      { id: "numero-contacto", label: "Número de contacto", required: true, value: { format: "phonePy" } },
      LINEA,
      NUMERO_CUENTA,
      {
        id: "servicio",
        label: "Servicio de la factura (BBD/SIEBEL/LUCAS)",
        required: true,
        value: { format: "text", hint: "BBD, SIEBEL o LUCAS" },
      },
      {
        id: "numero-documento",
        label: "Número del documento o factura que no se puede descargar",
        required: true,
        value: { format: "text" },
      },
      { ...DESCRIPCION, label: "Descripción del problema" },
      { ...PRINT_ERROR, label: "Print de pantalla del problema" },
    ],
  }),

  // No se listan todos mis contratos
  ...escalationSteps({
    key: "tbo.contratos",
    ref: "No se listan todos mis contratos",
    complaint: "No se listan todos mis contratos: el cliente no visualiza todos sus contratos para ver su estado de cuentas o descargar facturas",
    checklist: DATOS_GENERALES,
  }),

  // Inconvenientes con Débito Automático
  {
    id: "tbo.debito-automatico",
    kind: "question",
    title: "¿Se efectuó la afiliación al débito automático?",
    ref: "Inconvenientes con Débito Automático",
    instructions: [
      "Es cuando el cliente no puede asignar débito automático a un servicio desde TBO.",
      "Consultarle al cliente cuál fue el contrato que intentó afiliar al débito automático.",
      "Verificar en el sistema correspondiente si se efectuó la afiliación al débito automático.",
    ],
    checklist: [{ ...NUMERO_CUENTA, label: "Contrato que intentó afiliar al débito automático" }],
    question: "¿Se efectuó la afiliación al débito automático?",
    options: [
      { id: "afiliado", label: "Sí, se afilió", next: "tbo.debito-automatico.afiliado" },
      { id: "no-afiliado", label: "No se afilió", next: "tbo.debito-automatico.ofrecer-afiliacion" },
    ],
  },
  {
    id: "tbo.debito-automatico.afiliado",
    kind: "end",
    title: "La afiliación al débito automático se efectuó",
    ref: "Inconvenientes con Débito Automático",
  },
  {
    id: "tbo.debito-automatico.ofrecer-afiliacion",
    kind: "question",
    title: "¿Desea que el asesor haga la afiliación?",
    ref: "Inconvenientes con Débito Automático",
    instructions: [
      "Consultarle al cliente si desea que el asesor haga el proceso de afiliación al débito automático, teniendo en cuenta los niveles de seguridad.",
    ],
    question: "¿El cliente desea que el asesor haga el proceso de afiliación al débito automático?",
    options: [
      { id: "si", label: "Responde afirmativamente", next: "tbo.debito-automatico.afiliacion-asesor" },
      { id: "no", label: "Responde que no", next: escalationStepId("tbo.debito-automatico") },
    ],
  },
  {
    id: "tbo.debito-automatico.afiliacion-asesor",
    kind: "end",
    title: "Realizar el proceso de afiliación de débito automático",
    ref: "Inconvenientes con Débito Automático",
    instructions: ["Si el cliente responde afirmativamente, realizar el proceso de afiliación de débito automático, teniendo en cuenta los niveles de seguridad."],
  },
  ...escalationSteps({
    key: "tbo.debito-automatico",
    ref: "Inconvenientes con Débito Automático",
    title: "Escalar el inconveniente vía SysHelp a Back Office pymes",
    complaint: "Inconvenientes con Débito Automático: el cliente no puede asignar débito automático a un servicio desde TBO",
    speech: [
      {
        id: "escalamos",
        label: "Escalamiento al equipo técnico",
        text: "Estaremos escalando al equipo técnico el inconveniente, cuando tengamos un estatus lo estaremos compartiendo con usted",
      },
    ],
    checklist: [...DATOS_GENERALES, { ...NUMERO_CUENTA, label: "Contrato que intentó afiliar al débito automático", required: false }],
  }),
];
