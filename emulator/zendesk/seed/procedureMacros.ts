import type { MacroAction, TicketStatus } from "../model";
import { FIELD_IDS } from "./ticketFields";
import { orderStateTag } from "./orderStates";

/** A macro as the account's admin wrote it; `buildMacros` turns these into Zendesk macro records. */
export interface MacroSpec {
  title: string;
  status?: TicketStatus;
  orderState?: string;
  comment?: string;
  isPublic?: boolean;
  tags?: string;
  groupId?: number;
  active?: boolean;
}

const PRE = "Móvil::WhatsApp::Migración de Pre a Post";
/** The account spells some menus "Migración Pre a Post" (no "de"), as the seed does in places. */
const PRE_SHORT = "Móvil::WhatsApp::Migración Pre a Post";
const PRE_POST_TAGS = "migracion_pre_post whatsapp_bo";

/**
 * Every macro seed 001 names, titled "A::B::C" as a real account would: mostly the seed's spelling,
 * a few with a variant ("Migración de Pre a Post" where the seed says "Migración Pre a Post" and back,
 * "Respuesta rápida" vs "Respuesta Rápida") so the app's tolerant matching is exercised.
 */
export const PRE_POST_MACROS: MacroSpec[] = [
  { title: `${PRE}::Saludo Inicial::Primer contacto`, status: "hold", orderState: "En progreso::Datos Insuficientes", tags: PRE_POST_TAGS,
    comment: "¡Hola! Gracias por escribir a Tigo. Para ayudarte con tu plan pospago necesitamos: nombre completo del titular, número de Carnet de Identidad y número de teléfono. ¿Desde qué ciudad nos escribes y la migración es para esta línea u otro número?" },
  { title: `${PRE}::Saludo Inicial::Segundo contacto`, status: "pending", orderState: "En progreso::Datos Insuficientes", tags: PRE_POST_TAGS,
    comment: "Hola, seguimos atentos a tu solicitud de plan pospago. Por favor envíanos el nombre completo del titular, tu Carnet de Identidad y el número de teléfono para continuar." },
  { title: `${PRE}::Saludo Inicial::Cliente No Contesta::Mega Plan X`, status: "pending", orderState: "No Aplica::Incontactable", tags: PRE_POST_TAGS,
    comment: "Hola, intentamos comunicarnos contigo por tu interés en el Mega Plan X y no obtuvimos respuesta. Cuando lo desees, escríbenos a este mismo número y retomamos tu solicitud." },
  { title: "Respuesta rápida::Opción 4", status: "open",
    comment: "Gracias por la información. Estamos procesando tu consulta en nuestro sistema; las validaciones tomarán unos minutos. Por favor, mantente atento a este chat." },
  { title: `${PRE}::No califica::Línea en FR/RO`, status: "solved", orderState: "No clasifica::OTRO", tags: PRE_POST_TAGS,
    comment: "Revisamos tu línea y por el momento no es posible realizar la migración: la línea presenta una restricción. Te pedimos acercarte a cualquiera de nuestras oficinas Tigo para regularizarla." },
  { title: "BO::Despedida al resolver", status: "solved",
    comment: "Fue un gusto atenderte. Si necesitas algo más, escríbenos por este medio. ¡Que tengas un excelente día!" },
  { title: `${PRE}::No califica::Línea de otra compañía`, status: "pending", orderState: "No Aplica::Contrato en otra Telefonía", tags: PRE_POST_TAGS,
    comment: "La línea que nos indicas pertenece a otra compañía. Para contratar un plan Tigo con tu mismo número puedes solicitar la portabilidad en cualquiera de nuestras oficinas." },
  { title: `${PRE}::No califica::Derivación Autogenda Cita Web`, status: "solved", tags: PRE_POST_TAGS,
    comment: "Puedes agendar tu cita para la portabilidad en nuestra web de Auto Agenda: elige la oficina, el día y la hora que prefieras." },
  { title: `${PRE}::No califica::Línea 3G`, status: "hold", tags: PRE_POST_TAGS,
    comment: "Tu línea está asociada a un chip 3G. Para migrar a pospago primero debes recuperar tu línea con un chip LTE en una oficina Tigo, o podemos activar el plan sobre una línea nueva." },
  { title: `${PRE}::No califica::Deuda en Otra Operadora MP`, status: "pending", orderState: "No califica::Mora", tags: PRE_POST_TAGS,
    comment: "Tu línea registra una deuda pendiente con tu anterior operadora. Una vez regularizada, escríbenos y con gusto continuamos con tu solicitud." },
  { title: `${PRE}::Oferta::Línea Confirmada + Plan`, status: "hold", orderState: "En progreso::Datos Insuficientes", tags: PRE_POST_TAGS,
    comment: "¡Tu línea califica para un plan pospago! Te compartimos las características del plan y sus términos y condiciones. Para continuar envíanos: una foto del anverso y reverso de tu Carnet de Identidad vigente y una selfie sosteniendo tu carnet haciendo una seña con la mano." },
  { title: `${PRE}::Oferta::Línea sin confirmación + Plan`, status: "hold", orderState: "En progreso::Datos Insuficientes", tags: PRE_POST_TAGS,
    comment: "¡Tu línea califica para un plan pospago! Al enviarnos la foto de tu Carnet de Identidad (anverso y reverso) y una selfie sosteniéndolo con una seña, nos autorizas a confirmar el registro de tu línea y continuar con la migración." },
  { title: `${PRE_SHORT}::Recontacto Sin Respuesta`, status: "pending", orderState: "En progreso::Datos Insuficientes", tags: PRE_POST_TAGS,
    comment: "Hola, quedamos atentos a tu respuesta para continuar con tu plan pospago. Si prefieres, indícanos un horario en el que podamos contactarte." },
  { title: "Transacción no exitosa::Cliente no es titular", status: "solved",
    comment: "Validamos la información y el solicitante no figura como titular de la línea, por lo que no podemos continuar con la transacción. El titular puede escribirnos directamente para realizarla." },
  { title: "Móvil::WhatsApp::Confirmación::Plan + T&C sin Teléfono", status: "hold", orderState: "En progreso::En Gestión", tags: PRE_POST_TAGS,
    comment: "Para finalizar, confirma que estás de acuerdo con el plan seleccionado y con los términos y condiciones del servicio respondiendo con la palabra ACEPTO." },
  { title: `${PRE}::Tocken::Envío SMS por AR`, status: "hold", orderState: "En progreso::En Gestión", tags: PRE_POST_TAGS,
    comment: "En unos instantes recibirás un SMS del número 7371 con un código de verificación. Por favor respóndenos con ese código; es válido por unos 10 minutos." },
  { title: `${PRE}::Tocken::Envío SMS 2do Tocken por Vencimiento`, status: "hold", orderState: "En progreso::En Gestión", tags: PRE_POST_TAGS,
    comment: "El código anterior venció. Te enviamos un nuevo SMS desde el 7371 con otro código de verificación; respóndenos con él a la brevedad." },
  { title: `${PRE}::Tocken::Cliente no contesta`, status: "pending", orderState: "En progreso::En Gestión", tags: PRE_POST_TAGS,
    comment: "No recibimos el código de verificación. ¿Estás disponible para generar un nuevo código? Si prefieres, indícanos en qué horario podemos contactarte." },
  { title: `${PRE}::No califica::Deuda Histórica Móvil`, status: "solved", orderState: "No califica::Mora", tags: PRE_POST_TAGS,
    comment: "La evaluación de tu solicitud registra una deuda histórica pendiente. Una vez cancelada podrás volver a solicitar tu plan pospago." },
  { title: `${PRE}::Rechaza::En Revisión de Activaciones`, status: "hold", tags: PRE_POST_TAGS,
    comment: "Tu solicitud se encuentra en proceso de aprobación. Apenas tengamos la respuesta te contactaremos por este medio." },
  { title: `${PRE}::Rechaza::Corregir observación`, status: "hold", orderState: "En progreso", tags: PRE_POST_TAGS,
    comment: "Para continuar con tu solicitud necesitamos que nos envíes nuevamente la siguiente información: [detalle de la observación]." },
  { title: `${PRE}::Rechaza::Solicitud Infactible`, status: "solved", tags: PRE_POST_TAGS,
    comment: "Lamentamos informarte que tu solicitud de migración no pudo ser aprobada. Si tienes dudas puedes acercarte a cualquiera de nuestras oficinas." },
  { title: `${PRE_SHORT}::Activación Exitosa::Línea Sin Equipo`, status: "solved", orderState: "Acepta::Plan Recomendado", tags: PRE_POST_TAGS,
    comment: "¡Felicidades! Tu línea ya es pospago. Te adjuntamos tu contrato con los términos y condiciones, los canales de pago y las fechas de emisión de tus facturas." },
];

/** A few harmless macros for the seeds that escalate outside Zendesk (000, 002, 003, 004). */
export const OTHER_PROCEDURE_MACROS: MacroSpec[] = [
  { title: "TBO::Derivado a SysHelp", status: "pending", isPublic: true, tags: "tbo_syshelp",
    comment: "Registramos tu reclamo y lo derivamos a nuestra área especializada de Tigo Business. Te contactaremos apenas tengamos una respuesta." },
  { title: "TBO::SysHelp cerrado::Caso solucionado", status: "solved",
    comment: "Tu caso de Tigo Business Online fue solucionado. Si necesitas ayuda con el paso a paso, escríbenos por este medio." },
  { title: "Internet::Retención::Nota de tipificación IC", isPublic: false,
    comment: "Impulsa//usuario//estado//motivo//teléfono" },
  { title: "Abastible::Derivación a Sucursal Virtual", status: "solved",
    comment: "Este requerimiento requiere documentación, por lo que debe realizarse en nuestra Sucursal Virtual, donde podrás adjuntar los documentos solicitados." },
  { title: "Claro::Corporativo::Caso registrado SIAC", status: "pending",
    comment: "Registramos tu solicitud de corrección de cargo fijo. El área de Variaciones Corporativas la revisará y te informaremos el resultado." },
];

/** Translates a spec into the Zendesk `actions` an admin would have configured. */
export function macroActions(spec: MacroSpec): MacroAction[] {
  const actions: MacroAction[] = [];
  if (spec.status) actions.push({ field: "status", value: spec.status });
  if (spec.orderState) actions.push({ field: `custom_fields_${FIELD_IDS.orderState}`, value: orderStateTag(spec.orderState) });
  if (spec.tags) actions.push({ field: "current_tags", value: spec.tags });
  if (spec.groupId) actions.push({ field: "group_id", value: spec.groupId });
  if (spec.comment) {
    actions.push({ field: "comment_value", value: spec.comment });
    actions.push({ field: "comment_mode_is_public", value: spec.isPublic ?? true });
  }
  return actions;
}
