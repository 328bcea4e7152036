import type { ZendeskData } from "../model";
import { BRAND_IDS } from "./brands";
import { agentAppliedMacro, agentUpdated, automationClosed, customerReplied } from "./history";
import { openTicket, VIA } from "./openTicket";
import { ORDER_STATE_FIELD_ID } from "./orderStates";
import { FIELD_IDS } from "./ticketFields";
import { AGENT_IDS, GROUP_IDS, REQUESTER_IDS } from "./users";

/** Seeded ticket ids, one per situation the app must handle. */
export const TICKET_IDS = {
  prePostNew: 1001,
  tboComplaint: 1002,
  internetRetention: 1003,
  lpgRequirement: 1004,
  corporateFixedCharge: 1005,
  prePostHalfway: 1006,
  noFlowFits: 1007,
  /** Closed tickets, one per brand with a flow; the first two finished a Ruta flow. */
  closedPrePost: 1101,
  closedTbo: 1102,
  closedRetention: 1103,
  closedLpg: 1104,
  closedCorporate: 1105,
} as const;

const DAY_MINUTES = 24 * 60;

/** Opens the seven working tickets and five closed ones, replaying their history up to `now`. */
export function seedTickets(data: ZendeskData, now: number): void {
  openTicket(data, {
    id: TICKET_IDS.prePostNew,
    subject: "Quiero un plan pospago para mi línea",
    description: "Hola buenas tardes 👋 quiero pasar mi línea prepago a un plan pospago, ¿qué planes tienen y qué necesito?",
    requesterId: REQUESTER_IDS.marcelo, brandId: BRAND_IDS.tigoBo, groupId: GROUP_IDS.whatsappBo, assigneeId: null,
    via: VIA.whatsapp("+59171234567"), status: "new", tags: ["whatsapp", "tigo_bo"],
    customFields: [{ id: FIELD_IDS.lineNumber, value: "71234567" }], createdMinutesAgo: 12,
  }, now);

  openTicket(data, {
    id: TICKET_IDS.tboComplaint,
    subject: "TBO: no puedo transferir saldo a las líneas de la empresa",
    description: "Buenos días. Desde el portal Tigo Business Online intento transferir saldo a dos líneas de la empresa y me sale que la línea no existe. Las líneas son 0981 222 333 y 0982 444 555. Además en Voz y Datos Móviles no me aparece la opción Administrar.\n\nRocío Benítez\nFerretería El Sol S.A. — RUC 80012345-6",
    requesterId: REQUESTER_IDS.rocio, brandId: BRAND_IDS.tigoPy, groupId: GROUP_IDS.backOfficeTbo, assigneeId: AGENT_IDS.diego,
    via: VIA.email("rbenitez@ferreteriaelsol.com.py.example", "Rocío Benítez", "empresas@tigo-py.example"), status: "open",
    tags: ["tbo", "tigo_py", "reclamo"], customFields: [{ id: FIELD_IDS.attentionType, value: "atencion_reclamo" }, { id: FIELD_IDS.city, value: "ciudad_asuncion" }],
    createdMinutesAgo: 180, recipient: "empresas@tigo-py.example",
  }, now);

  openTicket(data, {
    id: TICKET_IDS.internetRetention,
    subject: "Llamada entrante: cliente solicita retiro del servicio de internet",
    description: "Llamada entrante de Andrés Villacís. Indica que quiere dar de baja su internet de 100 Mbps porque la velocidad baja en las noches y encontró una oferta más barata. Cliente desde hace 3 años, al día en sus pagos.",
    requesterId: REQUESTER_IDS.andres, brandId: BRAND_IDS.impulsaEc, groupId: GROUP_IDS.retencionEc, assigneeId: AGENT_IDS.carla,
    via: VIA.voice("+593991234567"), status: "open", tags: ["retencion", "internet", "impulsa_ec"],
    customFields: [{ id: FIELD_IDS.attentionType, value: "atencion_retencion" }, { id: FIELD_IDS.city, value: "ciudad_guayaquil" }], createdMinutesAgo: 25,
  }, now);

  openTicket(data, {
    id: TICKET_IDS.lpgRequirement,
    subject: "Insistencia: el marcador de % del tanque sigue pegado",
    description: "Hola, ya reclamé la semana pasada (ticket anterior) y nadie ha venido. El marcador del tanque de gas está pegado en 40% hace días y no sé cuánto gas me queda. Me dijeron que lo hiciera por la Sucursal Virtual pero no tengo nada que adjuntar.",
    requesterId: REQUESTER_IDS.francisca, brandId: BRAND_IDS.abastible, groupId: GROUP_IDS.abastible, assigneeId: AGENT_IDS.diego,
    via: VIA.web(), status: "open", tags: ["abastible", "granel", "insistencia"],
    customFields: [{ id: FIELD_IDS.city, value: "ciudad_santiago" }], createdMinutesAgo: 95,
  }, now);

  openTicket(data, {
    id: TICKET_IDS.corporateFixedCharge,
    subject: "Cargo fijo sin el descuento ofrecido — 15 líneas corporativas",
    description: "Estimados, en la renovación de nuestras 15 líneas corporativas el ejecutivo nos ofreció un descuento del 20% en el cargo fijo, pero la factura de este mes llegó con el cargo fijo completo. Adjunto el correo de la oferta. Solicitamos la corrección.\n\nLuis Huamán\nJefe de Logística — Constructora Andina SAC (RUC 20512345678)",
    requesterId: REQUESTER_IDS.luis, brandId: BRAND_IDS.claroPe, groupId: GROUP_IDS.claroCorporativo, assigneeId: AGENT_IDS.diego,
    via: VIA.email("lhuaman@constructoraandina.pe.example", "Luis Huamán", "corporativo@claro-pe.example"), status: "open",
    tags: ["corporativo", "claro_pe", "cargo_fijo"], customFields: [{ id: FIELD_IDS.attentionType, value: "atencion_reclamo" }, { id: FIELD_IDS.city, value: "ciudad_lima" }],
    createdMinutesAgo: 300, recipient: "corporativo@claro-pe.example",
  }, now);

  openTicket(data, {
    id: TICKET_IDS.prePostHalfway,
    subject: "Migración a pospago — Mega Plan",
    description: "Buenas, me interesa el Mega Plan pospago para mi número 76543210. Soy el titular, escribo desde El Alto.",
    requesterId: REQUESTER_IDS.jhonny, brandId: BRAND_IDS.tigoBo, groupId: GROUP_IDS.whatsappBo, assigneeId: null,
    via: VIA.whatsapp("+59176543210"), status: "new", tags: ["whatsapp", "tigo_bo"],
    customFields: [{ id: FIELD_IDS.lineNumber, value: "76543210" }, { id: FIELD_IDS.city, value: "ciudad_el_alto" }], createdMinutesAgo: 55,
  }, now);
  agentUpdated(data, TICKET_IDS.prePostHalfway, { assignee_id: AGENT_IDS.carla, status: "open" }, AGENT_IDS.carla, now, 50);
  agentAppliedMacro(data, TICKET_IDS.prePostHalfway, "Respuesta rápida::Opción 4", AGENT_IDS.carla, now, 48);
  agentUpdated(data, TICKET_IDS.prePostHalfway, {
    comment: { body: "Planifícate: línea 76543210 en estado AC, USIM LTE. Plan recomendado: Mega Plan X. Qvantel: línea confirmada, sin recuperación de SIM en las últimas 24 h.", public: false },
  }, AGENT_IDS.carla, now, 30);
  agentAppliedMacro(data, TICKET_IDS.prePostHalfway, "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan", AGENT_IDS.carla, now, 20);
  customerReplied(data, TICKET_IDS.prePostHalfway, "Listo, les envío la foto de mi carnet de los dos lados y la selfie con la seña 👍 CI 6543210 LP. [imagen: ci_anverso.jpg] [imagen: ci_reverso.jpg] [imagen: selfie_ci.jpg]", now, 4);

  openTicket(data, {
    id: TICKET_IDS.noFlowFits,
    subject: "Consulta: ¿cómo me postulo para trabajar en el contact center?",
    description: "Hola, vi un aviso de empleo para asesores de atención al cliente y quería saber dónde envío mi hoja de vida. Gracias.",
    requesterId: REQUESTER_IDS.gabriela, brandId: BRAND_IDS.rutaCc, groupId: null, assigneeId: null,
    via: VIA.web(), status: "new", tags: ["web_form"], customFields: [], createdMinutesAgo: 8,
  }, now);

  seedClosedTickets(data, now);
}

/** Closed tickets (Zendesk closes solved tickets by automation, after which nothing may change them). */
function seedClosedTickets(data: ZendeskData, now: number): void {
  openTicket(data, {
    id: TICKET_IDS.closedPrePost,
    subject: "Migración a pospago — Plan Recomendado",
    description: "Hola, quiero pasar mi línea 71112233 a pospago con el plan que me recomienden.",
    requesterId: REQUESTER_IDS.marcelo, brandId: BRAND_IDS.tigoBo, groupId: GROUP_IDS.whatsappBo, assigneeId: AGENT_IDS.carla,
    via: VIA.whatsapp("+59171234567"), status: "open", tags: ["whatsapp", "tigo_bo"],
    customFields: [{ id: FIELD_IDS.lineNumber, value: "71112233" }], createdMinutesAgo: 9 * DAY_MINUTES,
  }, now);
  agentAppliedMacro(data, TICKET_IDS.closedPrePost, "BO::Despedida al resolver", AGENT_IDS.carla, now, 9 * DAY_MINUTES - 42);
  agentUpdated(data, TICKET_IDS.closedPrePost, {
    comment: { body: "Ruta · Migración de Pre a Post: activación exitosa con el Plan Recomendado; contrato pospago PDF adjunto. Despedida enviada.", public: false },
    custom_fields: [{ id: ORDER_STATE_FIELD_ID, value: "acepta__plan_recomendado" }],
    tags: ["whatsapp", "tigo_bo", "ruta_flow_pre_post", "ruta_step_pre_post_despedida"],
  }, AGENT_IDS.carla, now, 9 * DAY_MINUTES - 40);
  automationClosed(data, TICKET_IDS.closedPrePost, now, 5 * DAY_MINUTES);

  openTicket(data, {
    id: TICKET_IDS.closedTbo,
    subject: "TBO: no puedo resetear mi contraseña",
    description: "No puedo entrar al portal Tigo Business Online, olvidé la contraseña.",
    requesterId: REQUESTER_IDS.rocio, brandId: BRAND_IDS.tigoPy, groupId: GROUP_IDS.backOfficeTbo, assigneeId: AGENT_IDS.diego,
    via: VIA.email("rbenitez@ferreteriaelsol.com.py.example", "Rocío Benítez", "empresas@tigo-py.example"), status: "open",
    tags: ["tbo", "tigo_py"], customFields: [], createdMinutesAgo: 12 * DAY_MINUTES, recipient: "empresas@tigo-py.example",
  }, now);
  agentUpdated(data, TICKET_IDS.closedTbo, {
    comment: { body: "Le envié el artículo de reseteo de contraseña y pudo ingresar.", public: true },
    tags: ["tbo", "tigo_py", "ruta_flow_tbo", "ruta_step_tbo_reseteo_contrasena_resuelto"],
    status: "solved",
  }, AGENT_IDS.diego, now, 12 * DAY_MINUTES - 30);
  automationClosed(data, TICKET_IDS.closedTbo, now, 8 * DAY_MINUTES);

  const plain: [number, string, number, number, number, string[]][] = [
    [TICKET_IDS.closedRetention, "Consulta por cambio de plan de internet", REQUESTER_IDS.andres, BRAND_IDS.impulsaEc, GROUP_IDS.retencionEc, ["internet", "impulsa_ec"]],
    [TICKET_IDS.closedLpg, "Solicitud de recarga de tanque granel", REQUESTER_IDS.francisca, BRAND_IDS.abastible, GROUP_IDS.abastible, ["abastible", "granel"]],
    [TICKET_IDS.closedCorporate, "Duplicado de factura corporativa", REQUESTER_IDS.luis, BRAND_IDS.claroPe, GROUP_IDS.claroCorporativo, ["corporativo", "claro_pe"]],
  ];
  for (const [id, subject, requesterId, brandId, groupId, tags] of plain) {
    openTicket(data, {
      id, subject, description: `${subject}.`, requesterId, brandId, groupId, assigneeId: AGENT_IDS.diego,
      via: VIA.web(), status: "open", tags, customFields: [], createdMinutesAgo: 20 * DAY_MINUTES,
    }, now);
    agentUpdated(data, id, { comment: { body: "Atendido y resuelto.", public: true }, status: "solved" }, AGENT_IDS.diego, now, 20 * DAY_MINUTES - 60);
    automationClosed(data, id, now, 16 * DAY_MINUTES);
  }
}
