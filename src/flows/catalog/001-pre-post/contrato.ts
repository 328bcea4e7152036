import type * as z from "zod/mini";
import type { Step } from "../../schema";

const ciEvidence = [
  { id: "ci-anverso-reverso", label: "Foto del CI (Anverso y reverso)", required: true, evidence: true },
  { id: "selfie-ci", label: "Foto tipo Selfie sosteniendo CI (haciendo una seña o ademán)", required: true, evidence: true },
];

/** Seed 001, activities 8–11: the digital contract with or without pre-analysis, the migration confirmation and the farewell. */
export const contratoSteps: z.input<typeof Step>[] = [
  {
    id: "pre-post.contrato.facturacion-tercero",
    kind: "action",
    title: "Datos de facturación a nombre de un tercero",
    ref: "8.1",
    instructions: [
      "Una vez migrada la línea por el AR, verifica si el cliente solicitó que los datos de facturación se emitan a nombre de un tercero.",
      "De ser así, ingresa a BCCS y procede con su modificación (ver Guía).",
    ],
    checklist: [{ id: "facturacion-bccs", label: "Facturación a nombre de un tercero modificada en BCCS (solo si el cliente lo solicitó)", required: false }],
    next: "pre-post.contrato.sin-preanalisis",
  },
  {
    id: "pre-post.contrato.sin-preanalisis",
    kind: "action",
    title: "Completar Contrato Digital (Sin PreAnálisis)",
    ref: "8.2–8.3",
    instructions: [
      "Extrae desde las notas internas de Zendesk los respaldos de la transacción.",
      "Carga el contrato digital adjuntando los respaldos; una vez guardado, genera el contrato impreso en formato PDF.",
    ],
    checklist: [
      {
        id: "planificate",
        label: "Preanálisis realizado en Planifícate (no existe bajo la política \"Sin requisitos sin subsidio\")",
        required: false,
        evidence: true,
      },
      { id: "estado-linea-confirmada", label: "Estado de la línea confirmada", required: true, evidence: true },
      { id: "aceptacion-tyc", label: "Aceptación del cliente (T&C) por Zendesk", required: true, evidence: true },
      ...ciEvidence,
      { id: "contrato-pdf", label: "Contrato impreso generado en formato PDF", required: true },
    ],
    next: "pre-post.confirmar.migracion-exitosa",
  },
  {
    id: "pre-post.contrato.con-preanalisis",
    kind: "action",
    title: "Completar Contrato Digital (Con PreAnálisis)",
    ref: "9.1–9.2",
    instructions: [
      "Obtén un print de pantalla del error en el AR.",
      "Carga el contrato digital para el análisis de activaciones adjuntando los respaldos de la transacción.",
      "Si la solicitud ingresó por la política \"Sin requisito y sin subsidio\", la consulta en Planifícate no produjo resultado: no habrá ese respaldo.",
    ],
    checklist: [
      { id: "error-ar", label: "Print de pantalla del Error del AR", required: true, evidence: true },
      {
        id: "planificate",
        label: "Consulta en Planifícate (no existe bajo la política \"Sin requisito y sin subsidio\")",
        required: false,
        evidence: true,
      },
      { id: "aceptacion-tyc", label: "Aceptación del cliente (T&C)", required: true, evidence: true },
      ...ciEvidence,
    ],
    next: "pre-post.contrato.analisis-riesgo",
  },
  {
    id: "pre-post.contrato.analisis-riesgo",
    kind: "action",
    title: "Análisis de Riesgo",
    ref: "9.3",
    instructions: ["Informa al cliente que la solicitud se encuentra en proceso de aprobación y que una vez finalice será contactado nuevamente."],
    macro: "Móvil::WhatsApp::Migración de Pre a Post::Rechaza::En Revisión de Activaciones",
    status: "hold",
    next: "pre-post.contrato.revision",
  },
  {
    id: "pre-post.contrato.revision",
    kind: "question",
    title: "Respuesta del analista de activaciones",
    ref: "9.4",
    instructions: [
      "Recibe por correo la notificación de la tarea completada por el analista de activaciones e ingresa al contrato digital para revisar la respuesta.",
    ],
    question: "¿Qué respuesta emitió el analista de activaciones?",
    options: [
      {
        id: "aprobada",
        label: "Sin observaciones (aprobada)",
        hint: "a1): genera el contrato impreso en PDF y retoma la atención desde Zendesk",
        next: "pre-post.confirmar.migracion-exitosa",
      },
      {
        id: "respaldo-en-zendesk",
        label: "Observación subsanable: falta un respaldo que está en Zendesk",
        hint: "b1)",
        next: "pre-post.contrato.respaldo-faltante",
      },
      {
        id: "respaldo-no-en-zendesk",
        label: "Observación subsanable: el documento no se encuentra en Zendesk",
        hint: "b2)",
        next: "pre-post.contrato.corregir-observacion",
      },
      { id: "no-subsanable", label: "Con observaciones no subsanables", hint: "c)", next: "pre-post.contrato.infactible" },
    ],
  },
  {
    id: "pre-post.contrato.respaldo-faltante",
    kind: "action",
    title: "Adjuntar el respaldo faltante desde Zendesk",
    ref: "9.4 b1)",
    instructions: [
      "Descarga el documento faltante desde las notas internas del ticket de atención.",
      "Responde la tarea abierta en el contrato digital adjuntando el documento faltante. Dirígete a la actividad 9.3.",
    ],
    checklist: [{ id: "respaldo-adjunto", label: "Documento faltante adjunto en la tarea del contrato digital", required: true }],
    next: "pre-post.contrato.analisis-riesgo",
  },
  {
    id: "pre-post.contrato.corregir-observacion",
    kind: "action",
    title: "Subsanar Observación",
    ref: "9.4 b2)",
    instructions: [
      "Detalla en la macro la información que se necesita para levantar la observación.",
      "Cuando el cliente envíe lo solicitado, responde la tarea abierta en el contrato digital adjuntando el documento enviado. Dirígete a la actividad 9.3.",
    ],
    checklist: [
      { id: "informacion-requerida", label: "Información que se necesita para levantar la observación", required: true, value: { format: "text" } },
      { id: "documento-cliente-adjunto", label: "Documento enviado por el cliente adjunto en la tarea del contrato digital", required: true },
    ],
    macro: "Móvil::WhatsApp::Migración de Pre a Post::Rechaza::Corregir observación",
    status: "hold",
    orderState: "En progreso",
    next: "pre-post.contrato.analisis-riesgo",
  },
  {
    id: "pre-post.contrato.infactible",
    kind: "end",
    title: "Solicitud Infactible",
    ref: "9.4 c)",
    instructions: [
      "c1) Completa la tarea como desestimado e indica el motivo.",
      "c2) Envía la macro \"Infactible\" para informar el motivo del rechazo y finaliza la atención.",
    ],
    checklist: [{ id: "motivo-rechazo", label: "Motivo del rechazo", required: true, value: { format: "text" } }],
    macro: "Móvil::WhatsApp::Migración de Pre a Post::Rechaza::Solicitud Infactible",
    status: "solved",
  },
  {
    id: "pre-post.confirmar.migracion-exitosa",
    kind: "action",
    title: "Migración Exitosa",
    ref: "10.1",
    instructions: [
      "Envía la macro adjuntando el contrato \"pospago PDF\" que comunica los T&C del nuevo plan, los canales de pago y las fechas en que estarán disponibles las facturas.",
    ],
    checklist: [{ id: "contrato-pospago-pdf", label: "Contrato \"pospago PDF\" adjunto", required: true }],
    macro: "Móvil::WhatsApp::Migración Pre a Post::Activación Exitosa::Línea Sin Equipo",
    status: "solved",
    orderState: "Acepta::Plan Recomendado",
    next: "pre-post.despedida",
  },
  {
    id: "pre-post.despedida",
    kind: "end",
    title: "Despedida al resolver",
    ref: "11.1 (también 2.5 b1, c2, d1)",
    instructions: ["Envía la macro de \"Despedida\" y finaliza la atención."],
    macro: "BO::Despedida al resolver",
    status: "solved",
  },
];
