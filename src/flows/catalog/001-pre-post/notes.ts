import type * as z from "zod/mini";
import type { TeamLeadNote } from "../../schema";

/** Seed 001's contradictions, missing references and the choices made while encoding it, for the team lead. */
export const prePostNotes: z.input<typeof TeamLeadNote>[] = [
  {
    stepId: "pre-post.titularidad.gestion",
    text: "4.1: la macro \"Respuesta Rápida > Opción 4\" deja el ticket en Estado Resuelto, mientras que en 2.1 y 7.5 la misma respuesta rápida lo deja Abierto. Se mantiene Resuelto como dice el instructivo; confirmar si debe ser Abierto (el cliente aún no envió sus documentos para validar la titularidad).",
  },
  {
    stepId: "pre-post.titularidad.gestion",
    text: "La ruta está escrita \"Respuesta Rápida\" en 4.1 y \"Respuesta rápida\" en 2.1 y 7.5; se conserva cada grafía en su lugar.",
  },
  {
    stepId: "pre-post.contrato.sin-preanalisis",
    text: "8.3 dice \"Para Migración Exitosa sin equipo, ir a la actividad 14.1\", que no existe (el instructivo termina en la actividad 11). Se continúa en 10.1 (Confirmar Migración).",
  },
  {
    stepId: "pre-post.contrato.revision",
    text: "9.4 a1) también dice \"ir a la actividad 14.1\", que no existe. Se continúa en 10.1 (Confirmar Migración).",
  },
  {
    stepId: "pre-post.titularidad.qvantel",
    text: "4.2 dice \"dirígete a la actividad 5.1b\", que no existe (la actividad 5 solo tiene 5.1). Se continúa en 5.1 si la línea estaba Pendiente de Confirmación y en 6.1 si ya estaba confirmada, según el título de la actividad 5.",
  },
  {
    stepId: "pre-post.no-califica.fr-ro",
    text: "2.5 b1): el Estado de Pedido está escrito \"No clasifica>OTRO\"; probablemente es \"No califica > OTRO\" (como \"No califica > Mora\" en 2.5 e). Se conserva \"No clasifica::OTRO\" como está escrito; confirmar el valor real del campo.",
  },
  {
    text: "El menú de macros está escrito \"Migración Pre a Post\" (1, 3.3 Recontacto, 7.7 b1, 10.1) y \"Migración de Pre a Post\" (2.5, 3.3 Oferta, 7.1–7.4, 9.3, 9.4); \"WhatsApp\" en todo el instructivo salvo \"Whatsapp\" en 7.4; \"No califica\" salvo \"No Califica\" en 7.7 b1. Se conserva cada grafía en su lugar; la app debe emparejar los títulos reales de las macros con tolerancia.",
  },
  {
    text: "Estado de Pedido escrito con distintas mayúsculas: \"En progreso :: Datos Insuficientes\" (1, Recontacto) frente a \"En progreso > Datos insuficientes\" (3.3 Oferta) y \"En Progreso :: Datos Insuficientes\" en la NOTA de 3.3; \"En progreso > En Gestión\" (6.1, 7.x) frente a \"En Progreso :: En Gestión\" en la NOTA de 6.1; \"No Aplica :: Incontactable\" frente a \"No aplica > Contrato en otra Telefonía\". Se conserva el valor escrito junto a cada ruta de macro.",
  },
  {
    text: "El instructivo no nombra Estado de Pedido para: Respuesta rápida > Opción 4 (2.1, 4.1, 7.5), Derivación Autogenda Cita Web (2.5 c1), Línea 3G (2.5 d), Cliente no es titular (4.3), En Revisión de Activaciones (9.3), Solicitud Infactible (9.4 c2) ni BO > Despedida al resolver (2.5 b1/c2/d1, 11.1). No se inventa ninguno; la NOTA de la actividad 1 dice que las macros ya tipifican el Estado del Pedido.",
  },
  {
    stepId: "pre-post.contrato.corregir-observacion",
    text: "9.4 b2): el Estado de Pedido es \"En progreso\", un valor de un solo nivel, mientras que los demás son anidados (\"En progreso :: …\"). Se conserva como está escrito; confirmar la opción real del campo.",
  },
  {
    stepId: "pre-post.saludo.cliente-no-contesta",
    text: "La ruta termina en \"Cliente No Contesta :: Mega Plan X\": el último nivel depende del plan en el que el cliente estaba interesado (\"acorde al plan inicial\"). Se guarda \"Mega Plan X\" como está escrito; el agente elige la macro del plan real. Se modela como fin de la atención (No Aplica :: Incontactable); si el cliente escribe después, se reinicia el flujo.",
  },
  {
    stepId: "pre-post.no-califica.linea-3g-respuesta",
    text: "2.5 d): el instructivo no dice a dónde seguir si el cliente acepta recuperar su línea (Chip LTE) o pide la activación sobre una nueva línea; solo d1) (no está de acuerdo → Despedida). Se vuelve al preanálisis en Planifícate (2.2) sobre la línea recuperada o la nueva línea. Confirmar.",
  },
  {
    stepId: "pre-post.token.cliente-no-contesta",
    text: "7.4: el instructivo no dice qué hacer cuando el cliente responde a \"Cliente no contesta\"; como la macro pide disponibilidad para generar el 2do tocken, se vuelve a 7.3 (Envío SMS 2do Tocken). Confirmar.",
  },
  {
    stepId: "pre-post.token.envio-sms",
    text: "7.1/7.3: la respuesta del cliente se reconoce como código del tocken si es un código alfanumérico de 4 a 8 caracteres con al menos un dígito, solo en el mensaje. El instructivo no da el formato exacto del código; confirmar con un ejemplo real del corto 7371.",
  },
  {
    stepId: "pre-post.oferta.recontacto",
    text: "Recontacto sin Respuesta (3.3 y 6.2): el instructivo describe el temporizador de 30 minutos (vuelve a Abierto, luego Bandeja General) pero no qué hacer si tras él el cliente sigue sin responder. La misma macro se usa en 3.3 y 6.2 y vuelve a 3.1 o 6.1 según el punto.",
  },
  {
    stepId: "pre-post.contrato.sin-preanalisis",
    text: "8.2–8.3 piden el Preanálisis de Planifícate como respaldo sin la excepción de 9.2 (política \"Sin requisitos sin subsidio\": no hay resultado de Planifícate). Se marca como opcional en 8 y en 9. Además 8.2 lista \"Estado de la línea confirmada\" pero 8.3 no lo incluye entre los respaldos del contrato; se pide como en 8.2.",
  },
  {
    stepId: "pre-post.escenario.identificar",
    text: "Actividad 1: el instructivo solo dice qué hacer si la cuenta es Prepago; no indica qué hacer si la línea ya es Pospago u otro servicio.",
  },
  {
    stepId: "pre-post.confirmacion-linea.qvantel",
    text: "El objetivo del instructivo dice \"Confirmar registro de la línea y registrar el ACMO\", pero la actividad 5 no vuelve a mencionar el ACMO ni cómo registrarlo.",
  },
  {
    stepId: "pre-post.gobierno.despedida",
    text: "1 c): \"Termina la atención speech de despedida\" sin nombrar macro, estado ni texto del speech; no se inventan.",
  },
  {
    text: "Los nombres de macro entre comillas difieren de sus rutas: \"Rechazo - FR/RO\" (Línea en FR/RO), \"Derivación a Auto Agenda Cita Web\" (Derivación Autogenda Cita Web), \"Envío de SMS con 2º Tocken\" (Envío SMS 2do Tocken por Vencimiento), \"Cliente no Contesta para Generar el 2do Tocken\" (Tocken > Cliente no contesta), \"Análisis de Riesgo\" (Rechaza > En Revisión de Activaciones), \"Subsanar Observación\" (Rechaza > Corregir observación), \"Infactible\" (Rechaza > Solicitud Infactible), \"Despedida\" (BO > Despedida al resolver). Se usan las rutas.",
  },
  {
    stepId: "pre-post.titularidad.no-titular",
    text: "4.3: la ruta \"Transacción no exitosa > Cliente no es titular\" no lleva el prefijo \"Móvil > WhatsApp\" de las demás macros; se conserva como está escrita.",
  },
];
