import type * as z from "zod/mini";
import type { ChecklistItem, Flow, Step } from "../schema";

type Item = z.input<typeof ChecklistItem>;
type StepInput = z.input<typeof Step>;

/** The typed parts of the IC observations; the seed's sample names and numbers never reach a template. */
const USUARIO: Item = {
  id: "usuario-ic",
  label: "Usuario del asesor en la Herramienta IC («usuario»)",
  required: true,
  value: { format: "text", hint: "Tu usuario de IC, no tu nombre de Zendesk" },
};
const TELEFONO: Item = {
  id: "telefono",
  label: "Teléfono de contacto del cliente («teléfono» / «telf.» / «Contacto 099…»)",
  required: true,
  value: { format: "phoneEc", hint: "10 dígitos, p. ej. 09XXXXXXXX" },
};
const TELEFONOS: Item = {
  id: "telefonos-contacto",
  label: "Teléfonos de contacto («teléfonos»)",
  required: true,
  value: { format: "text", hint: "Uno o más números, separados por « / »" },
};
const NOMBRE: Item = {
  id: "nombre-contacto",
  label: "Nombre y apellido del cliente contactado",
  required: true,
  value: { format: "text" },
};
const DIRECCION: Item = { id: "direccion", label: "Dirección", required: true, value: { format: "text" } };
const TELEFONO_REFERENCIA: Item = {
  id: "telefono-referencia",
  label: "Teléfono de referencia",
  required: true,
  value: { format: "phoneEc", hint: "10 dígitos, p. ej. 09XXXXXXXX" },
};

const INTRO = [
  "Es importante realizar el proceso de Retencion de manera correcta y finalizarlo, dentro de los tiempos estipulados.",
  "El asesor de Servicio al Cliente, valida el proceso realizado en Transaccional OpenFlexis.",
  "Después de realizar la validación del caso asignado, dentro de la Herramienta IC, se deberá proceder con el cambio de estado en la misma.",
];

type Leaf = {
  /** Local slug of the reason; the step id is `retencion-internet.<state>.<slug>`. */
  slug: string;
  motivo: string;
  code: "ATENDIDO" | "ANULADO";
  days: number;
  note: string;
  checklist: Item[];
  instructions?: string[];
};

/** A typification leaf: the IC state and reason, the closing code in OPEN and the IC observation. */
function leaf(state: { slug: string; label: string }, l: Leaf): StepInput {
  const dias = l.days === 1 ? "1 día" : `${l.days} días`;
  return {
    id: `retencion-internet.${state.slug}.${l.slug}`,
    kind: "end",
    title: `${state.label} · ${l.motivo}`,
    ref: `Tipificación reactiva internet: ${state.label.toUpperCase()} / ${l.motivo}`,
    instructions: [
      `Herramienta IC: estado «${state.label}», motivo «${l.motivo}».`,
      `Cierre en OPEN: ${l.code} (${dias}).`,
      "La observación al cerrar la queja debe encontrarse de manera corta y entendible.",
      ...(l.instructions ?? []),
    ],
    checklist: l.checklist,
    note: l.note,
    disposition: { kind: "closeInOpen", code: l.code, days: l.days },
  };
}

/** A state with two or more reasons: the reason question and its leaves. */
function state(slug: string, label: string, title: string, leaves: Leaf[]): StepInput[] {
  const s = { slug, label };
  return [
    {
      id: `retencion-internet.${slug}`,
      kind: "question",
      title,
      ref: `Tipificación reactiva internet: ${label.toUpperCase()}`,
      question: "¿Motivo?",
      options: leaves.map((l) => ({ id: l.slug, label: l.motivo, next: `retencion-internet.${slug}.${l.slug}` })),
    },
    ...leaves.map((l) => leaf(s, l)),
  ];
}

/** Retiro contactado: thirteen reasons sharing ATENDIDO (1 día) and one observation (see notes). */
const RETIRO_CONTACTADO: [slug: string, motivo: string, enNota: string][] = [
  ["cambio-de-vivienda-ya-tiene-servicio", "CLT- CAMBIO DE VIVIENDA YA TIENE SERVICIO", "cambio de vivienda ya tiene servicio"],
  ["cierre-de-empresa", "CLT- CIERRE DE EMPRESA (COMERCIAL)", "cierre de empresa (comercial)"],
  ["fallecimiento-del-titular", "CLT- FALLECIMIENTO DEL TITULAR", "fallecimiento del titular"],
  ["problemas-economicos", "CLT- PROBLEMAS ECONÓMICOS", "problemas económicos"],
  ["viaje-al-exterior", "CLT- VIAJE AL EXTERIOR", "viaje al exterior"],
  ["danos-no-atendidos", "TEC- DAÑOS NO ATENDIDOS", "daños no atendidos"],
  ["falta-de-disponibilidad-tecnica", "TEC- FALTA DE DISPONIBILIDAD TÉCNICA", "falta de disponibilidad técnica"],
  ["mal-servicio-en-visita-tecnica", "TEC- MAL SERVICIO EN VISITA TECNICA", "mal servicio en visita tecnica"],
  ["mala-calidad-del-servicio", "TEC- MALA CALIDAD DEL SERVICIO", "mala calidad del servicio"],
  ["mejor-oferta-de-la-competencia", "COM- MEJOR OFERTA DE LA COMPETENCIA", "mejor oferta de la competencia"],
  ["no-uso", "CLT- NO USO", "no uso"],
  ["cambio-de-vivienda", "CLT- CAMBIO DE VIVIENDA", "cambio de vivienda"],
  ["cliente-no-permite-apertura", "CLIENTE NO PERMITE APERTURA", "cliente no permite apertura"],
];

const NOTA_DESCUENTO = [
  "NOTA: 1. Se digitará el descuento según malla de beneficios .",
  "2. el mes donde empieza el descuento, tomando en cuenta que su aplicación seria del consumo siguiente",
  "3. Digitar beneficio entregado",
  "4. Total, número de meses que se otorga el beneficio, según malla de beneficios",
  "5. Indicar si el beneficio es a mes consecutivo o saltado.",
  "6. Colocar el anipagador",
];

const SUSPENSION_ITEMS: Item[] = [
  USUARIO,
  { id: "fecha-inicio", label: "Fecha inicio de la suspensión", required: true, value: { format: "date" } },
  { id: "fecha-fin", label: "Fecha fin de la suspensión", required: true, value: { format: "date" } },
  { id: "numero-servicio", label: "Número de servicio", required: true, value: { format: "text" } },
  NOMBRE,
  TELEFONO,
];

const N1 = { slug: "no-contesta-derivado-n1", label: "No contesta derivado a N1" };

/** Seed 002: closing a case of the Internet retention campaign (IC tool state and reason, OPEN closing code, IC observation). */
export const retencionInternet: z.input<typeof Flow> = {
  id: "retencion-internet",
  seed: "002",
  title: "Tipificación retención Internet",
  summary:
    "Campaña de retención: elegir el estado y el motivo en la Herramienta IC; cada motivo da el cierre en OPEN (ATENDIDO / ANULADO y días) y la observación a escribir en IC.",
  match: { subjectWords: ["retencion", "retiro", "impulsa", "internet"] },
  start: "retencion-internet.estado",
  steps: [
    {
      id: "retencion-internet.estado",
      kind: "question",
      title: "Estado en la Herramienta IC",
      ref: "Tipificaciones - Herramienta IC",
      instructions: [
        ...INTRO,
        "El estado del registro finalizara o se encontrara en estado intermedio: Estado Intermedio: Pendiente; Estados Finalizados: los demás.",
      ],
      question: "¿En qué estado queda el registro en IC?",
      options: [
        { id: "pendiente", label: "Pendiente", hint: "Estado intermedio", next: "retencion-internet.pendiente" },
        { id: "retenido", label: "Retenido", next: "retencion-internet.retenido" },
        { id: "retenido-en-seguimiento", label: "Retenido en seguimiento", next: "retencion-internet.retenido-en-seguimiento" },
        { id: "retiro-contactado", label: "Retiro contactado", next: "retencion-internet.retiro-contactado" },
        { id: "no-procede", label: "No procede", next: "retencion-internet.no-procede" },
        { id: "no-aplica", label: "No aplica", next: "retencion-internet.no-aplica" },
        { id: N1.slug, label: N1.label, next: "retencion-internet.no-contesta-derivado-n1.no-contesta" },
        { id: "retiro-en-proceso", label: "Retiro en proceso", next: "retencion-internet.retiro-en-proceso" },
      ],
    },

    ...state("pendiente", "Pendiente", "Pendiente (estado intermedio): motivo", [
      {
        slug: "volver-a-llamar",
        motivo: "VOLVER A LLAMAR",
        code: "ATENDIDO",
        days: 3,
        note: "Impulsa//{{usuario-ic}}//{{nombre-contacto}} indica le llame nuevamente {{volver-a-llamar}} posible retención// {{telefono}}",
        checklist: [
          USUARIO,
          NOMBRE,
          { id: "volver-a-llamar", label: "Cuándo volver a llamar («xxx»)", required: true, value: { format: "text", hint: "Día / hora que indica el cliente" } },
          TELEFONO,
        ],
      },
      {
        slug: "no-contesta",
        motivo: "NO CONTESTA",
        code: "ATENDIDO",
        days: 3,
        note: "Impulsa//{{usuario-ic}}//cliente no contesta en 1er o 2do intento de contacto//{{telefono}}",
        checklist: [USUARIO, TELEFONO],
        instructions: ["Al 3er intento sin respuesta: estado «No contesta derivado a N1»."],
      },
    ]),

    ...state("retenido", "Retenido", "Retenido: motivo", [
      {
        slug: "asesoria-comercial",
        motivo: "ASESORIA COMERCIAL",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//retenido Con asesoría comercial se otorga información general y facturación//{{telefono}}",
        checklist: [USUARIO, TELEFONO],
      },
      {
        slug: "asesoria-tecnica",
        motivo: "ASESORIA TECNICA",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//retenido Con asesoría técnica//{{gestion-tecnica}}/{{telefono}}",
        checklist: [
          USUARIO,
          {
            id: "gestion-tecnica",
            label: "Gestión técnica realizada",
            required: true,
            value: { format: "text", hint: "se realiza medición de velocidad, cambio de clave wifi (dependiendo del requerimiento)" },
          },
          TELEFONO,
        ],
      },
      {
        slug: "aumento-de-plan",
        motivo: "AUMENTO DE PLAN",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//retenido Con aumento de plan // {{telefono}}",
        checklist: [USUARIO, TELEFONO],
      },
      {
        slug: "baja-de-plan",
        motivo: "BAJA DE PLAN",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//retenido Con baja de plan // {{telefono}}",
        checklist: [USUARIO, TELEFONO],
      },
      {
        slug: "migracion",
        motivo: "MIGRACION",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//retenido Con migración de cobre a gpon// {{telefono}}",
        checklist: [USUARIO, TELEFONO],
      },
      {
        slug: "traslado-interno-con-costo",
        motivo: "TRASLADO INTERNO CON COSTO",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}/ retenido con traslado interno con costo / {{direccion}} / {{telefono-referencia}}/ contacto de cliente {{nombre-contacto}} / {{telefono}}.",
        checklist: [USUARIO, DIRECCION, TELEFONO_REFERENCIA, NOMBRE, TELEFONO],
      },
      {
        slug: "traslado-interno-sin-costo",
        motivo: "TRASLADO INTERNO SIN COSTO",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa / {{usuario-ic}}/ retenido con traslado interno {{porcentaje}}% / {{direccion}} / {{telefono-referencia}}/ contacto de cliente {{nombre-contacto}} / {{telefono}}.",
        checklist: [
          USUARIO,
          { id: "porcentaje", label: "Porcentaje («xx%»)", required: true, value: { format: "number", hint: "Solo el número, sin %" } },
          DIRECCION,
          TELEFONO_REFERENCIA,
          NOMBRE,
          TELEFONO,
        ],
      },
      {
        slug: "visita-tecnica",
        motivo: "VISITA TECNICA",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa / {{usuario-ic}} / visita técnica {{numero-visita}} contacto de cliente {{nombre-contacto}}/ {{telefono}}.",
        checklist: [
          USUARIO,
          { id: "numero-visita", label: "Número de visita técnica", required: true, value: { format: "text" } },
          NOMBRE,
          TELEFONO,
        ],
      },
    ]),

    ...state("retenido-en-seguimiento", "Retenido en seguimiento", "Retenido en seguimiento: motivo", [
      {
        slug: "descuento-cbm",
        motivo: "DESCUENTO CBM",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa / {{usuario-ic}} / descuento {{porcentaje-descuento}}% mes {{meses-descuento}} // contacto de cliente {{nombre-contacto}} {{telefono}}",
        instructions: NOTA_DESCUENTO,
        checklist: [
          USUARIO,
          {
            id: "porcentaje-descuento",
            label: "NOTA 1: descuento según malla de beneficios (%)",
            required: true,
            value: { format: "number", hint: "Solo el número, sin %" },
          },
          {
            id: "meses-descuento",
            label: "NOTA 2, 4 y 5: meses del beneficio (desde el consumo siguiente; consecutivos o saltados)",
            required: true,
            value: { format: "text", hint: "p. ej. «2 3 y 5»" },
          },
          { id: "beneficio-entregado", label: "NOTA 3: Digitar beneficio entregado", required: true },
          { id: "anipagador", label: "NOTA 6: Colocar el anipagador", required: true },
          NOMBRE,
          TELEFONO,
        ],
      },
      {
        slug: "suspension-temporal-sin-costo",
        motivo: "SUSPENSION TEMPORAL SIN COSTO",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa / {{usuario-ic}} / suspensión de servicio sin costo por tres meses. {{fecha-inicio}} - {{fecha-fin}}. {{numero-servicio}} contacto de cliente {{nombre-contacto}} {{telefono}} //",
        checklist: SUSPENSION_ITEMS,
      },
      {
        slug: "suspension-temporal-con-costo",
        motivo: "SUSPENSION TEMPORAL CON COSTO",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa / {{usuario-ic}} / suspensión de servicio con costo de $10.00+ imp. por tres meses. {{fecha-inicio}} - {{fecha-fin}}. {{numero-servicio}} contacto de cliente {{nombre-contacto}} {{telefono}} //",
        checklist: SUSPENSION_ITEMS,
      },
      {
        slug: "traslado-sin-costo",
        motivo: "TRASLADO SIN COSTO",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//traslado externo con costo//{{referencia}} //{{direccion}}//{{telefonos-contacto}}//",
        checklist: [
          USUARIO,
          { id: "referencia", label: "# referencia", required: true, value: { format: "text" } },
          { id: "direccion", label: "Dirección exacta", required: true, value: { format: "text" } },
          TELEFONOS,
        ],
      },
    ]),

    ...state(
      "retiro-contactado",
      "Retiro contactado",
      "Retiro contactado: motivo",
      RETIRO_CONTACTADO.map(([slug, motivo, enNota]) => ({
        slug,
        motivo,
        code: "ATENDIDO" as const,
        days: 1,
        note: `Impulsa//{{usuario-ic}}//Servicio retirado / cliente no accede a beneficios ${enNota}// Contacto {{telefono}}`,
        checklist: [USUARIO, TELEFONO],
      })),
    ),

    ...state("no-procede", "No procede", "No procede: motivo", [
      {
        slug: "cliente-no-solicito-el-retiro",
        motivo: "CLIENTE NO SOLICITÓ EL RETIRO",
        code: "ANULADO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}// Cliente no lo solicitó el retiro // Contacto {{telefono}}",
        checklist: [USUARIO, TELEFONO],
      },
      {
        slug: "no-es-titular-del-servicio",
        motivo: "NO ES TITULAR DEL SERVICIO",
        code: "ANULADO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//no es el titular del servicio// Sin contacto con el titular. Contacto {{telefono}}",
        checklist: [USUARIO, TELEFONO],
      },
      {
        slug: "numero-de-servicio-a-retirar-incorrecto",
        motivo: "NÚMERO DE SERVICIO A RETIRAR INCORRECTO",
        code: "ANULADO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//No se retira servicio. Número de servicio incorrecto. Contacto {{telefono}}",
        checklist: [USUARIO, TELEFONO],
      },
      {
        slug: "no-aplica-proceso-de-retencion",
        motivo: "NO APLICA PROCESO DE RETENCION",
        code: "ANULADO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}// no aplica proceso de retención//queja ya atendida en open//{{telefono}}",
        checklist: [USUARIO, TELEFONO],
      },
      {
        slug: "numero-de-contacto-equivocado",
        motivo: "NÚMERO DE CONTACTO EQUIVOCADO",
        code: "ANULADO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}// sin contacto con titular números de contacto equivocado. Telf. {{telefono}}",
        checklist: [USUARIO, { ...TELEFONO, label: "Número de contacto equivocado («Telf. xxxxxx»)" }],
      },
    ]),

    ...state("no-aplica", "No aplica", "No aplica: motivo", [
      {
        slug: "no-existe-numero-de-contacto",
        motivo: "NO EXISTE NUMERO DE CONTACTO",
        code: "ANULADO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}// no existe números de contacto//",
        checklist: [USUARIO],
      },
      {
        slug: "queja-duplicada",
        motivo: "QUEJA DUPLICADA",
        code: "ANULADO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//no aplica proceso de retención queja duplicada en ice//",
        checklist: [USUARIO],
      },
      {
        slug: "servicio-retirado",
        motivo: "SERVICIO RETIRADO",
        code: "ANULADO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//no aplica proceso de retención servicio retirado",
        checklist: [USUARIO],
      },
      {
        slug: "causal-incorrecto",
        motivo: "CAUSAL INCORRECTO",
        code: "ANULADO",
        days: 1,
        note: "no aplica proceso de retención",
        checklist: [],
      },
    ]),

    // A single reason: the state option leads straight to its leaf (a question needs two options).
    leaf(N1, {
      slug: "no-contesta",
      motivo: "NO CONTESTA",
      code: "ATENDIDO",
      days: 3,
      note: "Impulsa//{{usuario-ic}}//cliente no contesta en 3er intento de contacto// derivado a n1//{{telefono}}",
      checklist: [USUARIO, TELEFONO],
    }),

    ...state("retiro-en-proceso", "Retiro en proceso", "Retiro en proceso: motivo", [
      {
        slug: "entregara-equipo-en-cis",
        motivo: "ENTREGARA EQUIPO EN CIS",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//retiro en proceso//no accede a beneficio//entregara equipos en cis//{{telefono}}",
        checklist: [USUARIO, TELEFONO],
      },
      {
        slug: "cliente-se-acercara-a-cis",
        motivo: "CLIENTE SE ACERCARÁ A CIS",
        code: "ATENDIDO",
        days: 1,
        note: "Impulsa//{{usuario-ic}}//retiro en proceso//{{escenario}}// {{telefonos-contacto}}.",
        instructions: [
          "de acuerdo al escenario: Cuando el titular no permite traer los valores a presente tanto del convenio o diferimiento según lo que posee activo.",
          "cuando el cliente molesto indica se acercará a agencia por alguna inconformidad con los valores a cancelar o no está de acuerdo con el proceso para retiro",
        ],
        checklist: [
          USUARIO,
          {
            id: "escenario",
            label: "Escenario (de acuerdo al escenario)",
            required: true,
            value: { format: "text", hint: "Titular no permite traer los valores a presente (convenio / diferimiento) o cliente molesto se acercará a agencia" },
          },
          TELEFONOS,
        ],
      },
    ]),
  ],
  notes: [
    {
      stepId: "retencion-internet.estado",
      text: "La introducción lista también los estados finalizados «Retiro Migración» y «Retiro no Contactado», pero la tabla no les da ninguna fila (motivo, cierre en OPEN, observación): no se ofrecen como opción hasta que se definan.",
    },
    {
      text: "«usuario» en las observaciones es el usuario del asesor en la Herramienta IC: se pide como valor tecleado («usuario-ic») en vez de {{agent.name}}, porque el nombre del agente en Zendesk no tiene por qué coincidir con el usuario de IC. Si coinciden en la cuenta, cambiar a {{agent.name}} ahorra un campo.",
    },
    {
      text: "«nombre y apellido» y «teléfono / telf. / Contacto 099…» se piden como valores tecleados (nombre-contacto, telefono en formato Ecuador) y no como {{requester.name}} / {{requester.phone}}: el caso viene asignado desde IC y la persona contactada puede no ser el solicitante del ticket. Los nombres y números de la tabla (Carlos pacheco 0996652364, 099-000-xx-xx, 099xxxxxxx) son ejemplos y no están en las plantillas.",
    },
    {
      text: "Varias celdas escriben «'usuario» (con comilla inicial, probable resto de Excel) y «\\$10.00»: las plantillas usan «usuario» y «$10.00» sin esos caracteres.",
    },
    {
      stepId: "retencion-internet.pendiente",
      text: "La fila de Pendiente empieza con «PENDIENTE ESTADO» (la columna dice ESTADO INTERMEDIO según la introducción). En VOLVER A LLAMAR se interpretó «xxx» como el momento en que el cliente pide que se le llame (valor «volver-a-llamar»): confirmar.",
    },
    {
      stepId: "retencion-internet.pendiente.no-contesta",
      text: "La observación dice literalmente «en 1er o 2do intento de contacto»; se mantiene tal cual. Si se quiere que indique solo el intento real, hay que convertirlo en un valor.",
    },
    {
      stepId: "retencion-internet.retenido",
      text: "La extracción del PDF desordena la tabla de Retenido: para AUMENTO DE PLAN, BAJA DE PLAN y MIGRACION solo aparecen «ATENDIDO», «(1 día)» y «ATENDIDO (1 día)» (dos códigos para tres motivos). Se asignó ATENDIDO (1 día) a los tres, como el resto de Retenido: confirmar.",
    },
    {
      stepId: "retencion-internet.retenido.asesoria-tecnica",
      text: "La observación de ASESORIA TECNICA dice «se realiza medición de velocidad, cambio de clave wifi (dependiendo del requerimiento)»: se convirtió en un valor tecleado («gestion-tecnica») con ese texto como pista, porque depende de lo realizado.",
    },
    {
      stepId: "retencion-internet.retenido.traslado-interno-sin-costo",
      text: "TRASLADO INTERNO SIN COSTO lleva en la observación «traslado interno xx%»: no se aclara de qué es el porcentaje en un traslado sin costo. Se pide el número como «porcentaje».",
    },
    {
      stepId: "retencion-internet.retenido-en-seguimiento.descuento-cbm",
      text: "DESCUENTO CBM: la plantilla sigue el ejemplo «descuento 50% mes 2 3 y 5 // contacto de cliente …». Las NOTA 1–6 piden además digitar el beneficio entregado (3) y colocar el «anipagador» (6), que no aparecen en el ejemplo: se dejaron como ítems de checklist sin posición en la plantilla. «anipagador» no se define en el documento. La fila muestra además «NOTA 4 0 11 1», resto ilegible de la extracción.",
    },
    {
      stepId: "retencion-internet.retenido-en-seguimiento.suspension-temporal-sin-costo",
      text: "SUSPENSION TEMPORAL (sin y con costo): «detallar fecha inicio - fecha fin. numero de servicio contacto de cliente //» se tomó como instrucciones; la plantilla pide fecha inicio, fecha fin, número de servicio y el contacto (nombre y teléfono) antes de «//». Confirmar el formato esperado.",
    },
    {
      stepId: "retencion-internet.retenido-en-seguimiento.traslado-sin-costo",
      text: "Contradicción: el motivo es «TRASLADO SIN COSTO» pero la observación dice «traslado externo con costo». Se conserva el texto de la observación tal cual; revisar cuál es el correcto.",
    },
    {
      stepId: "retencion-internet.retiro-contactado",
      text: "Retiro contactado: los 13 motivos comparten ATENDIDO (1 día) y una sola observación, «Impulsa//usuario//Servicio retirado / cliente no accede a beneficios falta de disponibilidad técnica», con «Contacto 099xxxxxxx» en otra línea. Se interpretó «falta de disponibilidad técnica» como el ejemplo del motivo: cada hoja pone su propio motivo (en minúsculas, sin el prefijo CLT-/TEC-/COM-) y añade «// Contacto {{telefono}}» (el separador «//» se eligió como en No procede). Confirmar.",
    },
    {
      stepId: "retencion-internet.no-aplica.queja-duplicada",
      text: "La observación dice «queja duplicada en ice»; probablemente «IC» u «OPEN». Se conserva tal cual.",
    },
    {
      stepId: "retencion-internet.no-aplica.causal-incorrecto",
      text: "CAUSAL INCORRECTO: la observación es solo «no aplica proceso de retención», sin el prefijo «Impulsa//usuario//» de las demás. Se conserva tal cual.",
    },
    {
      stepId: "retencion-internet.retiro-en-proceso.cliente-se-acercara-a-cis",
      text: "CLIENTE SE ACERCARÁ A CIS: la celda describe dos escenarios («de acuerdo al escenario: …») en vez de un texto fijo; la plantilla pide el escenario como valor y «teléfonos» como texto.",
    },
  ],
};
