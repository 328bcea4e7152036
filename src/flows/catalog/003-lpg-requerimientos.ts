import type * as z from "zod/mini";
import type { Disposition, Flow, Step } from "../schema";

type StepInput = z.input<typeof Step>;
type Leaf = Pick<StepInput, "instructions" | "checklist" | "links"> & { disposition?: z.input<typeof Disposition> };
/** A typification item or sub-item: sub-items (two or more) make it a question, otherwise it is a leaf. */
type Node = { label: string; hint?: string; sub?: Node[] } & Leaf;
type Subject = { slug: string; label: string; hint?: string; items: Node[] };

const CREATE: z.input<typeof Disposition> = { kind: "createTicket" };

/** A leaf the contact center now creates as a requirement (the seed's default). */
const t = (label: string, more: Omit<Node, "label"> = {}): Node => ({ label, ...more });
/** Items whose sub-items are all plain requirements. */
const withSubs = (label: string, subs: string[], more: Omit<Node, "label" | "sub"> = {}): Node => ({ label, ...more, sub: subs.map((s) => t(s)) });

const SUCURSAL_VIRTUAL =
  "Dado que requiere documentación NO se debe ingresar ticket o postventa, se deberá derivar a sucursal virtual en donde podrá realizar esta gestión.";
const DOCS_INTRO = "Para orientar al cliente se puede informar la documentación requerida:";
const WIKI_FACTURA =
  "http://wikicc.abastible.cl/mediawiki/index.php/Cliente_reclama_que_no_le_ha_llegado_su_factura_y_han_pasado_m%C3%A1s_de_xx_d%C3%ADas_h%C3%A1biles";
const FORMULARIO_COTIZACION = "https://www.onlineencuesta.com/s/c526f7c";

const SUBJECTS: Subject[] = [
  {
    slug: "servicio",
    label: "Servicio",
    hint: "Ítems antes de «Asunto: Pagos»",
    items: [
      {
        label: "Problemas con instalación",
        hint: "Cliente informa que la instalación del tanque presenta inconvenientes de cualquier tipo, puede estar fuera de norma.",
        sub: [
          t("Instalación fuera de normal, cliente informado"),
          t("Instalación fuera de normal, cliente no informado"),
          t("Marcador de % pegado", {
            instructions: ["Marcador de % pegado no es post venta, se debe hacer aviso de emergencia"],
            disposition: { kind: "emergencyNotice" },
          }),
        ],
      },
      t("Cotización de tanque", {
        instructions: [
          "Ingresar a formulario WEB.",
          "Ante insistencias de un cliente, no se ingresa Postventa, en el mismo formulario hay una opción para realizar esta gestión.",
        ],
        links: [{ label: "Formulario WEB cotización de tanque", url: FORMULARIO_COTIZACION }],
        disposition: { kind: "webForm", url: FORMULARIO_COTIZACION },
      }),
      withSubs("Mala atención personal de terreno", ["Por trato", "Por información"]),
      t("Retiro de tanque", {
        instructions: [SUCURSAL_VIRTUAL, DOCS_INTRO, "Certificado Dom. Vigente (vigencia 90 días)", "Copia Carnet", "Foto de Placa"],
        disposition: { kind: "sucursalVirtual", documents: ["Certificado Dom. Vigente (vigencia 90 días)", "Copia Carnet", "Foto de Placa"] },
      }),
      t("No respetan precio de fecha de entrega"),
      withSubs("Solicita entrega en tipo de camión X", ["No corresponde Cambio", "Camión modificado"]),
      withSubs("Problema de Bloqueo", [
        "Fuera de norma",
        "Pagos pendientes",
        "Duplicidad",
        "Cambio de razon social",
        "En proceso de certificación",
        "Error de creación",
        "Sin consumo",
        "Instalación requiere visita",
      ]),
      withSubs("Abastecen más de lo solicitado", ["Error Tripulación", "Solicitud Cliente"]),
      withSubs("Abastecen menos de lo solicitado", [
        "Capacidad Tanque",
        "Responsabilidad Cliente",
        "Error Tripulación",
        "Problemas en Marcador %",
        "Camión sin gas",
      ]),
      withSubs("Mala atención", ["Telefónica (Mala atención telefónica/presencial)", "Personal de req"]),
      withSubs("Mala o no atención de emergencias", ["En visita", "Por inconformidad de solución"]),
      withSubs("Pedido no registrado", ["Por error de ejecutivo / Call Center", "Por error de sistema/ APP - Sitio web"]),
      t("Pedido no entregado", {
        instructions: ["No ingresar ticket o Postventa, cliente reclama la no entrega de pedido, se deberá gestionar mediante atraso en la entrega."],
        disposition: { kind: "deliveryDelay" },
      }),
      withSubs("Pedido mal registrado", ["Por error de ejecutivo / Call Center - Sitio web", "Por error de cliente / APP- Sitio web"]),
      t("Daños a la propiedad", {
        instructions: [SUCURSAL_VIRTUAL, DOCS_INTRO, "Fotos del daño"],
        disposition: { kind: "sucursalVirtual", documents: ["Fotos del daño"] },
      }),
      t("Proceso de reinspección de tanque (tanque vencido)", {
        instructions: [SUCURSAL_VIRTUAL, DOCS_INTRO, "Foto de Placa"],
        disposition: { kind: "sucursalVirtual", documents: ["Foto de Placa"] },
      }),
      t("Problemas con entrega de antecedentes de Inscripción SEC Certificación Instalaciones", {
        instructions: ["Cliente indica no haber recibido documentación SEC certificando instalación."],
      }),
      withSubs("No conforme con atención de requerimiento", ["Respuesta fuera de plazo", "Inconformidad en la respuesta"]),
      t("Otros (Servicio)", {
        instructions: ["Se define como cualquier caso no contenido en la tipología entregada relacionada con el servicio."],
        checklist: [{ id: "motivo-en-descripcion", label: "Se debe especificar en la descripción el motivo al cual se refiere.", required: true }],
      }),
    ],
  },
  {
    slug: "pagos",
    label: "Pagos",
    items: [
      withSubs("Relativos al pago", [
        "Por formas de pago",
        "Debe vuelto",
        "Debe factura",
        "Cobros irregulares con tarjetas",
        "Error en cobro",
        "Inconformidad en precios",
        "No se puede realizar transacción",
        "Campañas promocionales",
        "NC pendiente por retiro de gas",
      ]),
      t("Otros (Pagos)", { instructions: ["NO UTILIZAR ESTA TIPIFICACIÓN"], disposition: { kind: "doNotUse" } }),
      t("No recibe factura", {
        instructions: ["Debe descargar factura en sucursal virtual. No hacer ticket post venta."],
        links: [{ label: "Instrucciones (wiki CC)", url: WIKI_FACTURA }],
        disposition: { kind: "otherChannel", url: WIKI_FACTURA },
      }),
      // "Devolución por trasvasije de gas" is a small procedure, built below.
    ],
  },
  {
    slug: "postventa",
    label: "Postventa",
    items: [
      withSubs("Cambio ubicación tanque", ["No factibilidad técnica", "No aprueba presupuesto", "Generación nuevo proyecto"]),
      t("Cambio razón social", {
        instructions: [
          'No ingresar postventa bajo la tipificación "Cambio de razón social", esto es válido para clientes granel habitacionales, comerciales e industriales.',
          "Se debe derivar a Sucursal Virtual, el cliente podrá adjuntar la documentación necesaria para solicitar el cambio.",
        ],
        disposition: { kind: "sucursalVirtual" },
      }),
      withSubs("Atención comercial por fuga", ["Fuga redes exterior", "Fuga redes interiores"]),
      withSubs("Normalización Instalación", ["Normalización por parte de cliente", "Normalización por parte de Abastible"]),
      t("Cambio de Tanques Aéreos a Subterráneos", { hint: "Sub-ítem: Cambio de Tanques Aéreos a subterráneos" }),
      t("Problema Acceso Camión", { hint: "Sub-ítem: Problema Acceso Camión" }),
      withSubs("Cambio formato tanque", ["No factibilidad técnica", "No aprueba presupuesto", "Generación nuevo proyecto"]),
    ],
  },
  {
    slug: "cambio-de-empresa-distribuidora",
    label: "Cambio de Empresa Distribuidora",
    items: [
      withSubs("Cambio de Empresa Distribuidora", [
        "Solicitud de Cambio",
        "Cronogramas",
        "Plazos de ejecución cambios",
        "Trabajos efectuados",
        "Retiro de instalaciones",
        "Restitución señalética",
        "Habilitación del servicio/deuda",
        "Otros",
      ]),
    ],
  },
];

/** "Problemas en Marcador %" → "problemas-en-marcador". */
function slugOf(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const ID = "lpg-requerimientos";

/** The steps of one node (a question over its sub-items, or a leaf) under `id`. */
function stepsOf(node: Node, id: string, ref: string): StepInput[] {
  if (node.sub && node.sub.length >= 2) {
    return [
      {
        id,
        kind: "question",
        title: node.label,
        ref,
        ...(node.hint ? { instructions: [node.hint] } : {}),
        question: "¿Sub-ítem?",
        options: node.sub.map((s) => ({ id: slugOf(s.label), label: s.label, next: `${id}.${slugOf(s.label)}` })),
      },
      ...node.sub.flatMap((s) => stepsOf(s, `${id}.${slugOf(s.label)}`, `${ref} > ${s.label}`)),
    ];
  }
  const disposition = node.disposition ?? CREATE;
  const instructions = [
    ...(node.hint ? [node.hint] : []),
    ...(disposition.kind === "createTicket" ? ["Contact Center crea el requerimiento con esta tipificación."] : []),
    ...(node.instructions ?? []),
  ];
  return [
    {
      id,
      kind: "end",
      title: node.label,
      ref,
      instructions,
      ...(node.checklist ? { checklist: node.checklist } : {}),
      ...(node.links ? { links: node.links } : {}),
      disposition,
    },
  ];
}

/** The subject question (or, for a single item, the item itself) and everything below it. */
function subjectSteps(subject: Subject, extra: { option: { id: string; label: string; next: string }; steps: StepInput[] }[] = []): StepInput[] {
  const id = `${ID}.${subject.slug}`;
  const ref = `Asunto: ${subject.label}`;
  const [only] = subject.items;
  if (subject.items.length === 1 && only && extra.length === 0) return stepsOf(only, id, `${ref} > ${only.label}`);
  return [
    {
      id,
      kind: "question",
      title: `Asunto: ${subject.label}`,
      ref,
      question: "¿Ítem?",
      options: [
        ...subject.items.map((i) => ({ id: slugOf(i.label), label: i.label, ...(i.hint ? { hint: i.hint } : {}), next: `${id}.${slugOf(i.label)}` })),
        ...extra.map((e) => e.option),
      ],
    },
    ...subject.items.flatMap((i) => stepsOf(i, `${id}.${slugOf(i.label)}`, `${ref} > ${i.label}`)),
    ...extra.flatMap((e) => e.steps),
  ];
}

const TRASVASIJE = `${ID}.pagos.devolucion-por-trasvasije-de-gas`;
const TRASVASIJE_REF = "Asunto: Pagos > Devolución por trasvasije de gas";

/** Pagos > Devolución por trasvasije de gas: check for an approved balance in favour first. */
const trasvasije = {
  option: { id: "devolucion-por-trasvasije-de-gas", label: "Devolución por trasvasije de gas", next: TRASVASIJE },
  steps: [
    {
      id: TRASVASIJE,
      kind: "question",
      title: "Devolución por trasvasije de gas",
      ref: `${TRASVASIJE_REF} 1`,
      instructions: ["La primera gestión a realizar es ver si el cliente tiene ticket con resolución con saldo a favor en pesos o litros."],
      question: "¿El cliente tiene correo con la aprobación de devolución de gas y ticket de respaldo (resolución con saldo a favor en pesos o litros)?",
      options: [
        { id: "si", label: "Sí, tiene aprobación y ticket de respaldo", next: `${TRASVASIJE}.con-saldo-a-favor` },
        { id: "no", label: "No tiene requerimiento autorizando el trasvasije", next: `${TRASVASIJE}.sin-autorizacion` },
      ],
    },
    {
      id: `${TRASVASIJE}.con-saldo-a-favor`,
      kind: "end",
      title: "Devolución con saldo a favor aprobado",
      ref: `${TRASVASIJE_REF} 1 a–d`,
      instructions: ["Si cliente SI tiene correo con la aprobación de devolución de gas y tiene ticket de respaldo, se debe:"],
      checklist: [
        { id: "pedido-stp", label: "a. Tomar pedido en STP y dar número de pedido al cliente", required: true },
        { id: "numero-requerimiento", label: "b. Dar número de requerimiento con saldo a favor al cliente 800xxxxxxxx", required: true },
        {
          id: "correo-respuesta",
          label: "c. Indicar que envíe el número de pedido y requerimiento al correo que se indique en la respuesta. NO DAR CORREO SI NO HAY TICKET CON RESPUESTA.",
          required: true,
        },
        { id: "advertencia", label: "d. Indicar que si no se hace el paso anterior no se llevará a cabo la devolución de saldo a favor", required: true },
      ],
      disposition: { kind: "otherChannel" },
    },
    {
      id: `${TRASVASIJE}.sin-autorizacion`,
      kind: "end",
      title: "Sin autorización: ticket Postventa",
      ref: `${TRASVASIJE_REF} 2`,
      instructions: ["Si cliente NO tiene requerimiento autorizando el trasvasije, se debe realizar un ticket Postventa."],
      disposition: { kind: "createTicket" },
    },
  ] satisfies StepInput[],
};

/** Seed 003: Abastible (LPG) requirement typification — what the contact center creates and what goes elsewhere. */
export const lpgRequerimientos: z.input<typeof Flow> = {
  id: "lpg-requerimientos",
  seed: "003",
  title: "Requerimientos Abastible (GLP)",
  summary:
    "Tipificación de requerimientos por asunto, ítem y sub-ítem: cuáles crea ahora Contact Center como ticket y cuáles van a Sucursal Virtual (con sus documentos), a formulario web, a aviso de emergencia o a atraso en la entrega.",
  match: { subjectWords: ["abastible", "tanque", "glp", "trasvasije", "sucursal virtual"] },
  start: `${ID}.asunto`,
  steps: [
    {
      id: `${ID}.asunto`,
      kind: "question",
      title: "Gestión de requerimientos",
      ref: "Gestión de requerimientos",
      instructions: [
        "El presente procedimiento tiene por finalidad modificar la gestión actual, donde Contact Center ante un reclamo de insistencia de cliente a un ticket anterior ya creado, deriva al cliente a autogestionar su requerimiento en la Sucursal Virtual.",
        "Esta modificación corresponde ya que éstos no requieren que cliente adjunte una imagen o documento.",
        "Ahora Contact Center podrá crear los requerimientos de los siguientes ítems.",
      ],
      question: "¿Asunto?",
      options: SUBJECTS.map((s) => ({ id: s.slug, label: s.label, ...(s.hint ? { hint: s.hint } : {}), next: `${ID}.${s.slug}` })),
    },
    ...SUBJECTS.flatMap((s) => subjectSteps(s, s.slug === "pagos" ? [trasvasije] : [])),
  ],
  notes: [
    {
      stepId: `${ID}.asunto`,
      text: "El documento no da nombre al primer asunto: los ítems antes de «Asunto: Pagos» se agruparon como «Servicio» (por «Otros (Servicio)»). Los encabezados «Asunto: Respuesta fuera de plazo» y «Asunto: Inconformidad en la respuesta» del índice se leyeron como los sub-ítems de «No conforme con atención de requerimiento».",
    },
    {
      stepId: `${ID}.pagos`,
      text: "La extracción pierde la sangría en Pagos: se interpretó «Relativos al pago» como ítem con nueve sub-ítems (Por formas de pago … NC pendiente por retiro de gas), y «Otros (Pagos)», «No recibe factura» y «Devolución por trasvasije de gas» como ítems propios. Confirmar.",
    },
    {
      stepId: `${ID}.pagos.devolucion-por-trasvasije-de-gas.con-saldo-a-favor`,
      text: "Devolución con saldo a favor aprobado: la gestión es tomar el pedido en STP y dar los números al cliente; el esquema no tiene una disposición para «toma de pedido en STP», se usó otherChannel. El documento no da el correo al que el cliente debe enviar los números («el correo que se indique en la respuesta»).",
    },
    {
      stepId: `${ID}.postventa.cambio-razon-social`,
      text: "Cambio razón social (Postventa) se deriva a Sucursal Virtual, pero el documento no lista los documentos a pedir («la documentación necesaria»). Ojo: «Problema de Bloqueo > Cambio de razon social» (Servicio) sí figura entre los que Contact Center crea como ticket.",
    },
    {
      stepId: `${ID}.servicio.problemas-con-instalacion.marcador-de-pegado`,
      text: "«Marcador de % pegado» aparece como viñeta bajo «Problemas con instalación», pero dice que no es postventa y que se hace aviso de emergencia: se encodó como sub-ítem con disposición emergencyNotice. El documento no explica cómo se hace el aviso de emergencia.",
    },
    {
      stepId: `${ID}.postventa`,
      text: "«Cambio de Tanques Aéreos a Subterráneos» y «Problema Acceso Camión» tienen un único sub-ítem con el mismo nombre: se tratan como hojas directas. «Instalación fuera de normal» se conserva como está escrito (probablemente «norma»).",
    },
    {
      stepId: `${ID}.servicio.pedido-no-entregado`,
      text: "«Pedido no entregado» se gestiona «mediante atraso en la entrega»: el documento no dice en qué sistema ni con qué pasos.",
    },
  ],
};
