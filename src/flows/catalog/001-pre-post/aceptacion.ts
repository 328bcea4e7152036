import type * as z from "zod/mini";
import type { Step } from "../../schema";

const ANY_REPLY = "\\S";
/** The customer's acceptance word, on its own as a word ("acepto", "ACEPTO."), but not "no acepto". */
const ACEPTO = "(?<!\\bno\\s{1,3})\\bACEPTO\\b";
/** The AR token: a 4–8 character alphanumeric code with at least one digit, alone in the message (so "Hola" is not a token). */
const TOKEN = "^\\s*(?=[a-z]*\\d)[a-z\\d]{4,8}\\s*[.!]?\\s*$";

const TYC_MACRO = "Móvil::WhatsApp::Confirmación::Plan + T&C sin Teléfono";

const tokenReply = (label: string) => ({ id: "codigo-tocken", label, pattern: TOKEN, next: "pre-post.token.gestion" });

/** Seed 001, activities 6–7: T&C acceptance ("ACEPTO") and the SMS token from the Activador Regional. */
export const aceptacionSteps: z.input<typeof Step>[] = [
  {
    id: "pre-post.tyc.confirmacion",
    kind: "action",
    title: "Confirmación del Plan + T&C",
    ref: "6.1 a)",
    instructions: [
      "Solicita que el cliente confirme con la palabra ACEPTO que está de acuerdo con el plan seleccionado y los términos y condiciones del servicio.",
      "Si el cliente no contesta en ese instante, realiza el seguimiento en la Vista de Tickets En Espera.",
    ],
    macro: TYC_MACRO,
    status: "hold",
    orderState: "En progreso::En Gestión",
    next: "pre-post.tyc.acepto",
    replies: [{ id: "acepto", label: "El cliente responde \"ACEPTO\"", pattern: ACEPTO, next: "pre-post.tyc.acepto" }],
    alternatives: [{ id: "cliente-no-responde", label: "El cliente no responde sobre la macro T&C", next: "pre-post.tyc.reenvio" }],
  },
  {
    id: "pre-post.tyc.reenvio",
    kind: "action",
    title: "Reenviar la macro de T&C",
    ref: "6.2",
    instructions: [
      "Desde la vista \"En Espera\", reenvía la misma macro sin modificar el texto: tiene un tono más formal y será el respaldo regulatorio con la respuesta \"ACEPTO\" del cliente.",
      "El ticket se mantiene en la bandeja del asesor y el supervisor realiza seguimiento continuo.",
    ],
    macro: TYC_MACRO,
    status: "hold",
    orderState: "En progreso::En Gestión",
    next: "pre-post.tyc.acepto",
    replies: [{ id: "acepto", label: "El cliente responde \"ACEPTO\"", pattern: ACEPTO, next: "pre-post.tyc.acepto" }],
    alternatives: [{ id: "cliente-no-responde", label: "El cliente sigue sin responder", next: "pre-post.tyc.recontacto" }],
  },
  {
    id: "pre-post.tyc.recontacto",
    kind: "action",
    title: "Recontacto sin Respuesta (T&C)",
    ref: "6.2–6.3",
    instructions: [
      "Solicita al cliente su respuesta o un horario específico para volverlo a contactar.",
      "Si el cliente no contesta, a los 30 minutos el ticket vuelve a \"Abierto\" en la bandeja del agente asignado; si el agente no responde en los 30 minutos siguientes, pasa a la Bandeja General.",
      "Una vez recibida la respuesta, revisa el histórico del ticket \"Recontacto sin Respuesta\" y dirígete al punto 6.1.",
    ],
    macro: "Móvil::WhatsApp::Migración Pre a Post::Recontacto Sin Respuesta",
    status: "pending",
    orderState: "En progreso::Datos Insuficientes",
    timer: { minutes: 30, label: "Sin respuesta: el ticket vuelve a Abierto en tu bandeja (30 min más sin atender → Bandeja General)" },
    next: "pre-post.tyc.confirmacion",
    replies: [{ id: "respuesta-cliente", label: "El cliente responde al recontacto", pattern: ANY_REPLY, next: "pre-post.tyc.confirmacion" }],
  },
  {
    id: "pre-post.tyc.acepto",
    kind: "action",
    title: "Constancia de la aceptación \"ACEPTO\"",
    ref: "6.4",
    instructions: ["Una vez recibida la palabra \"ACEPTO\", adjunta la constancia como nota interna."],
    checklist: [
      {
        id: "captura-acepto",
        label: "Captura de la Macro Formal de T&C enviada y de la respuesta \"ACEPTO\" del cliente (nota interna)",
        required: true,
        evidence: true,
      },
    ],
    next: "pre-post.token.envio-sms",
  },
  {
    id: "pre-post.token.envio-sms",
    kind: "action",
    title: "Envío de SMS por AR",
    ref: "7.1–7.2",
    instructions: [
      "Informa que recibirá un SMS con un código de verificación generado por el AR, para que esté atento a su móvil y responda a la brevedad.",
      "Ingresa al Activador Regional (AR) para procesar la migración: en esta primera etapa se genera el \"tocken\" para garantizar que la línea a migrar sea la correcta.",
      "El cliente recibirá un SMS del corto 7371 con el código alfanumérico. El código expira en aproximadamente 10 minutos.",
    ],
    macro: "Móvil::WhatsApp::Migración de Pre a Post::Tocken::Envío SMS por AR",
    status: "hold",
    orderState: "En progreso::En Gestión",
    timer: { minutes: 10, label: "El código del tocken expira en ~10 minutos", next: "pre-post.token.segundo-tocken" },
    next: "pre-post.token.gestion",
    replies: [tokenReply("El cliente envía el código del tocken")],
    alternatives: [{ id: "codigo-expirado", label: "El código del tocken ya expiró", next: "pre-post.token.segundo-tocken" }],
  },
  {
    id: "pre-post.token.segundo-tocken",
    kind: "action",
    title: "Envío de SMS con 2º Tocken",
    ref: "7.3",
    instructions: [
      "El cliente respondió con el código del Token pero ya expiró: envía esta macro e ingresa nuevamente al AR para generarlo.",
    ],
    macro: "Móvil::WhatsApp::Migración de Pre a Post::Tocken::Envío SMS 2do Tocken por Vencimiento",
    status: "hold",
    orderState: "En progreso::En Gestión",
    timer: { minutes: 10, label: "El 2do tocken expira en ~10 minutos", next: "pre-post.token.cliente-no-contesta" },
    next: "pre-post.token.gestion",
    replies: [tokenReply("El cliente envía el código del 2do tocken")],
    alternatives: [{ id: "cliente-no-responde", label: "El cliente no responde el 2do intento del tocken", next: "pre-post.token.cliente-no-contesta" }],
  },
  {
    id: "pre-post.token.cliente-no-contesta",
    kind: "action",
    title: "Cliente no Contesta para Generar el 2do Tocken",
    ref: "7.4",
    instructions: [
      "Solicita al cliente que indique si está disponible para generar el código para su migración o en qué horario podemos contactarlo nuevamente.",
    ],
    macro: "Móvil::Whatsapp::Migración de Pre a Post::Tocken::Cliente no contesta",
    status: "pending",
    orderState: "En progreso::En Gestión",
    next: "pre-post.token.segundo-tocken",
    replies: [{ id: "cliente-disponible", label: "El cliente responde que está disponible", pattern: ANY_REPLY, next: "pre-post.token.segundo-tocken" }],
  },
  {
    id: "pre-post.token.gestion",
    kind: "action",
    title: "Macro \"gestión\": procesando la migración",
    ref: "7.5",
    instructions: ["Recibido el código alfanumérico del Tocken vigente, envía la macro \"gestión\" para informar que se procesará la consulta y que demorará unos minutos."],
    macro: "Respuesta rápida::Opción 4",
    status: "open",
    next: "pre-post.migracion.resultado-ar",
  },
  {
    id: "pre-post.migracion.resultado-ar",
    kind: "question",
    title: "Ejecutar la migración en el AR",
    ref: "7.6–7.7",
    instructions: [
      "Completa los campos requeridos en el AR y realiza la migración.",
      "Preanálisis del AR: Scoring (qué planes se visualizarán para el cambio de plan), Infocenter (consulta en el Buró de información), Lista Negra (Deudas Históricas y Fraude).",
    ],
    question: "¿Cuál es el resultado de la migración en el AR?",
    options: [
      { id: "exitosa", label: "Migración sin inconvenientes en el AR", hint: "Actividad 8: contrato sin preanálisis", next: "pre-post.contrato.facturacion-tercero" },
      { id: "error-ar", label: "Mensaje de Error del AR", hint: "7.7 a1): actividad 9.1", next: "pre-post.contrato.con-preanalisis" },
      { id: "deuda-historica", label: "El preanálisis indica Deuda Histórica", hint: "7.7 b1)", next: "pre-post.no-califica.deuda-historica" },
    ],
  },
  {
    id: "pre-post.no-califica.deuda-historica",
    kind: "end",
    title: "Deuda histórica móvil",
    ref: "7.7 b1)",
    instructions: ["Verifica el monto adeudado en BCCS (guía de consulta de deuda histórica), adjúntalo en la macro y finaliza la atención."],
    checklist: [{ id: "monto-adeudado", label: "Monto adeudado según BCCS", required: true, value: { format: "number" } }],
    macro: "Móvil::WhatsApp::Migración Pre a Post::No Califica::Deuda Histórica Móvil",
    status: "solved",
    orderState: "No califica::Mora",
  },
];
