import type * as z from "zod/mini";
import type { Step } from "../../schema";

const ANY_REPLY = "\\S";

/** Seed 001, activities 3–5: line state in Qvantel, the offer, follow-up without answer, ownership and line confirmation. */
export const ofertaSteps: z.input<typeof Step>[] = [
  {
    id: "pre-post.qvantel.estado-linea",
    kind: "question",
    title: "Revisar en Qvantel si la línea está confirmada",
    ref: "3.1–3.2",
    instructions: [
      "Ingresa a Qvantel para revisar si la línea del cliente se encuentra confirmada y si ha tenido recuperación de chip en las últimas 24 horas.",
      "Si la línea no está confirmada, aclara que al proporcionarnos una foto de su CI y una selfie realizando la seña específica, el cliente da su consentimiento para que realicemos la confirmación de la línea, incluso si hubo un cambio de SIM en las últimas 24 horas.",
      "Obtén una captura del Estado de la línea para adjuntarla como nota interna al aplicar la macro de Oferta.",
    ],
    checklist: [
      { id: "recuperacion-sim-24h", label: "Revisada la recuperación de SIM en las últimas 24 horas", required: true },
      { id: "captura-estado-linea", label: "Captura del Estado de la línea en Qvantel (nota interna)", required: true, evidence: true },
    ],
    question: "¿La línea se encuentra confirmada?",
    options: [
      { id: "confirmada", label: "Línea Confirmada", hint: "3.3 a)", next: "pre-post.oferta.linea-confirmada" },
      { id: "sin-confirmacion", label: "Línea sin Confirmación", hint: "3.3 b)", next: "pre-post.oferta.linea-sin-confirmacion" },
    ],
  },
  {
    id: "pre-post.oferta.linea-confirmada",
    kind: "action",
    title: "Oferta: Línea Confirmada + Plan",
    ref: "3.3 a)",
    instructions: [
      "Informa las características del plan, los términos y condiciones del servicio y los documentos que deberá enviar para las validaciones.",
      "Adjunta una imagen con el/los planes a ofertar según los planes vigentes publicados en el Centro de Ayuda.",
      "Si el cliente no contesta en ese instante, realiza el seguimiento en la Vista de Tickets En Espera.",
    ],
    checklist: [{ id: "imagen-planes", label: "Imagen con el/los planes a ofertar adjunta", required: true }],
    macro: "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan",
    status: "hold",
    orderState: "En progreso::Datos insuficientes",
    next: "pre-post.titularidad.gestion",
    replies: [{ id: "respuesta-cliente", label: "El cliente responde a la oferta", pattern: ANY_REPLY, next: "pre-post.titularidad.gestion" }],
    alternatives: [{ id: "cliente-no-responde", label: "El cliente no responde", next: "pre-post.oferta.recontacto" }],
  },
  {
    id: "pre-post.oferta.linea-sin-confirmacion",
    kind: "action",
    title: "Oferta: Línea sin confirmación + Plan",
    ref: "3.3 b)",
    instructions: [
      "Informa las características del plan, los términos y condiciones del servicio y los documentos que deberá enviar para las validaciones, indicando además que se procederá con la confirmación de la línea.",
      "Adjunta una imagen con el/los planes a ofertar según los planes vigentes publicados en el Centro de Ayuda.",
      "Si el cliente no contesta en ese instante, realiza el seguimiento en la Vista de Tickets En Espera.",
    ],
    checklist: [{ id: "imagen-planes", label: "Imagen con el/los planes a ofertar adjunta", required: true }],
    macro: "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea sin confirmación + Plan",
    status: "hold",
    orderState: "En progreso::Datos insuficientes",
    next: "pre-post.titularidad.gestion",
    replies: [{ id: "respuesta-cliente", label: "El cliente responde a la oferta", pattern: ANY_REPLY, next: "pre-post.titularidad.gestion" }],
    alternatives: [{ id: "cliente-no-responde", label: "El cliente no responde", next: "pre-post.oferta.recontacto" }],
  },
  {
    id: "pre-post.oferta.recontacto",
    kind: "action",
    title: "Recontacto sin Respuesta (oferta)",
    ref: "3.3–3.4",
    instructions: [
      "Si el cliente no contesta, a los 30 minutos el ticket vuelve a \"Abierto\" en la bandeja del agente asignado; si el agente no responde en los 30 minutos siguientes, pasa a la Bandeja General.",
      "Una vez recibida la respuesta, revisa el histórico del ticket \"Recontacto sin Respuesta\" y dirígete al punto 3.1.",
    ],
    macro: "Móvil::WhatsApp::Migración Pre a Post::Recontacto Sin Respuesta",
    status: "pending",
    orderState: "En progreso::Datos Insuficientes",
    timer: { minutes: 30, label: "Sin respuesta: el ticket vuelve a Abierto en tu bandeja (30 min más sin atender → Bandeja General)" },
    next: "pre-post.qvantel.estado-linea",
    replies: [{ id: "respuesta-cliente", label: "El cliente responde al recontacto", pattern: ANY_REPLY, next: "pre-post.qvantel.estado-linea" }],
  },
  {
    id: "pre-post.titularidad.gestion",
    kind: "action",
    title: "Macro \"Gestión\": validando titularidad",
    ref: "4.1",
    instructions: [
      "El cliente confirmó el plan pospago que desea y envió los datos solicitados: envía la macro de \"Gestión\" para informar que se está procesando la consulta.",
      "Al respondernos con los datos solicitados, el solicitante acepta que realicemos la confirmación de su línea, incluso si hubo una recuperación de SimCard recientemente.",
    ],
    checklist: [
      { id: "ci-anverso", label: "Foto del anverso de la Cédula de Identidad vigente", required: true, evidence: true },
      { id: "ci-reverso", label: "Foto del reverso de la Cédula de Identidad vigente", required: true, evidence: true },
      { id: "selfie-ci", label: "Foto tipo selfie sosteniendo la Cédula de Identidad (haciendo un ademán o seña distintiva)", required: true, evidence: true },
    ],
    macro: "Respuesta Rápida::Opción 4",
    status: "solved",
    next: "pre-post.titularidad.qvantel",
  },
  {
    id: "pre-post.titularidad.qvantel",
    kind: "question",
    title: "Validar titularidad en Qvantel",
    ref: "4.2",
    instructions: ["Ingresa a Qvantel y verifica que el solicitante sea el titular de la línea prepago contrastando el CI vs el sistema."],
    question: "¿El solicitante es el titular de la línea prepago?",
    options: [
      {
        id: "titular-pendiente-confirmacion",
        label: "Es el titular; la línea estaba Pendiente de Confirmación",
        hint: "Actividad 5: confirmar el registro de la línea",
        next: "pre-post.confirmacion-linea.qvantel",
      },
      { id: "titular-confirmada", label: "Es el titular; la línea ya estaba confirmada", hint: "Actividad 6: T&C", next: "pre-post.tyc.confirmacion" },
      { id: "no-titular", label: "No es el titular", hint: "4.3", next: "pre-post.titularidad.no-titular" },
    ],
  },
  {
    id: "pre-post.titularidad.no-titular",
    kind: "end",
    title: "Cliente no es titular",
    ref: "4.3",
    instructions: ["Indica que la transacción no podrá llevarse adelante y finaliza la atención."],
    macro: "Transacción no exitosa::Cliente no es titular",
    status: "solved",
  },
  {
    id: "pre-post.confirmacion-linea.qvantel",
    kind: "action",
    title: "Confirmar registro de la línea en Qvantel",
    ref: "5.1",
    instructions: [
      "Confirma el registro de la línea en Qvantel (Televentas Digital).",
      "Asegúrate de que la línea esté confirmada y con los datos correctos para evitar errores durante la migración.",
    ],
    checklist: [{ id: "captura-linea-confirmada", label: "Captura de la línea confirmada (nota interna)", required: true, evidence: true }],
    next: "pre-post.tyc.confirmacion",
  },
];
