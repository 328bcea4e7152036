import type * as z from "zod/mini";
import type { ChecklistItem, Flow } from "../schema";

type Item = z.input<typeof ChecklistItem>;

const ID = "cargo-fijo-corporativo";

/** Kept as the seed spells it (likely "atencioncorporativa"): see the notes. */
const BUZON = "atencioncorpoartiva@claro.com.pe";
const NINTEX_ACTIVACIONES =
  "http://wfportalnintex/dir/operacionescomerciales/Activaciones/_layouts/15/start.aspx#/BuzonActivaciones/Forms/AllItems.aspx";
const NINTEX_SOPORTE = "http://wfportalnintex/dir/red/soporte/_layouts/15/start.aspx#/Solicituddeejecucionesoperador/Forms/AllItems.aspx";

const RUC: Item = { id: "ruc", label: "RUC del cliente", required: true, value: { format: "rucPe", hint: "11 dígitos, p. ej. 20XXXXXXXXX" } };
const LINEA: Item = { id: "linea", label: "Línea(s) con el cargo fijo a corregir", required: true, value: { format: "text", hint: "Número de línea móvil (9 dígitos)" } };
const CASO_SIAC: Item = { id: "caso-siac", label: "Número de caso SIAC Único", required: true, value: { format: "text" } };
const VALIDACIONES_SISACT: Item = {
  id: "validaciones-sisact",
  label: "Validaciones en SISACT revisadas (lámina de Validaciones)",
  required: true,
};

/** The NINTEX request of the Ventas and Postventa scenarios (same form in the seed). */
function nintexSoporte(scenario: string, description: string) {
  return {
    system: "NINTEX" as const,
    route: [{ name: "Formulario", value: "Solicituddeejecucionesoperador" }],
    url: NINTEX_SOPORTE,
    requires: ["caso-siac", "ruc", "linea"],
    template: `Modificación de Cargo Fijo Móvil Corporativa – ${scenario}\n${description}\nCaso SIAC Único: {{caso-siac}}\nRUC: {{ruc}}\nLínea: {{linea}}`,
  };
}

/** Seed 004: correcting the fixed monthly charge of a Claro Peru corporate mobile plan when an offered discount was not applied. */
export const cargoFijoCorporativo: z.input<typeof Flow> = {
  id: ID,
  seed: "004",
  title: "Corrección de cargo fijo corporativo",
  summary:
    "Descuento ofrecido no aplicado al cargo fijo de un plan móvil corporativo: validaciones (titularidad, SISACT, evidencias), caso SIAC Único a Variaciones Corporativas, NINTEX o Remedy según el escenario (Activaciones, Ventas, Postventa), cierre del caso y respuesta al cliente.",
  match: { channels: ["voice", "email"], subjectWords: ["cargo fijo", "descuento", "corporativo", "corporativa"] },
  start: `${ID}.validaciones`,
  steps: [
    {
      id: `${ID}.validaciones`,
      kind: "action",
      title: "Validaciones",
      ref: "b) Validaciones en SISACT; c) Generación del Caso en SIAC Único",
      instructions: [
        "El cambio o modificación del Cargo Fijo del plan contratado del cliente, se realiza debido a un ofrecimiento no aplicado en su plan tarifario.",
        "Aplica para clientes negocios corporativos en la venta de un alta, portabilidad o renovación. Aplica para Clientes Carterizados.",
        "Atención del Canal telefónico 135 y buzón de atención corporativa: el cliente informa que no se aplicó el descuento de su cargo fijo.",
      ],
      checklist: [
        { id: "titularidad", label: "Realizar las validaciones de titularidad.", required: true },
        {
          id: "sisact",
          label: "SISACT › consulta de SEC › «Datos de la evaluación» › pestaña «Descripción»: se visualiza el descuento u oferta especial, la cual no se llego a aplicar.",
          required: true,
        },
        { id: "campana-sec", label: "En la SEC, la campaña ofrecida.", required: true },
        { id: "evidencias-ejecutivo", label: "Solicitar al Ejecutivo CAE o Dace, las evidencias", required: true, evidence: true },
        { id: "evidencia-cliente", label: "Solicitar a Cliente alguna evidencia del descuento ofrecido.", required: true, evidence: true },
        { id: "buzon", label: `Informar al cliente que deberá enviar las evidencias al buzón de atención corporativa, ${BUZON}`, required: true },
      ],
      links: [{ label: "Buzón de atención corporativa", url: `mailto:${BUZON}` }],
      next: `${ID}.caso-siac`,
    },
    {
      id: `${ID}.caso-siac`,
      kind: "action",
      title: "Registrar caso en SIAC Único",
      ref: "c) Generación del Caso en SIAC Único",
      instructions: ["Registrar un caso en SIAC Único, llenando los campos de la plantilla en el SIAC Único, derivada a la cola de Variaciones Corporativas."],
      checklist: [
        RUC,
        { id: "razon-social", label: "Razón social", required: true, value: { format: "text" } },
        LINEA,
        { id: "sec", label: "Número de SEC", required: true, value: { format: "text" } },
        { id: "oferta", label: "Descuento u oferta especial no aplicado (Descripción de la SEC)", required: true, value: { format: "text" } },
        { id: "campana", label: "Campaña ofrecida en la SEC", required: true, value: { format: "text" } },
        { id: "contacto", label: "Nombre del contacto", required: true, value: { format: "text" } },
        { id: "telefono-contacto", label: "Teléfono del contacto", required: true, value: { format: "phonePe", hint: "9 dígitos, p. ej. 987654321" } },
        { id: "email", label: "Correo del contacto", required: true, value: { format: "email" } },
      ],
      escalation: {
        system: "SIAC Único",
        route: [{ name: "Cola", value: "Variaciones Corporativas" }],
        requires: ["ruc", "linea", "contacto", "email"],
        template: [
          "Modificación de Cargo Fijo Móvil Corporativa – descuento no aplicado",
          "RUC: {{ruc}}",
          "Razón social: {{razon-social}}",
          "Línea: {{linea}}",
          "SEC: {{sec}}",
          "Descuento u oferta especial (SISACT › Datos de la evaluación › Descripción): {{oferta}}",
          "Campaña ofrecida en la SEC: {{campana}}",
          "Contacto: {{contacto}} – {{telefono-contacto}}",
          "Correo: {{email}}",
          `Evidencias: solicitadas al Ejecutivo CAE / DACE y al cliente (buzón ${BUZON})`,
        ].join("\n"),
      },
      next: `${ID}.escenario`,
    },
    {
      id: `${ID}.escenario`,
      kind: "question",
      title: "Gestión interna: escenario",
      ref: "a) Escenarios; Gestión Interna",
      instructions: ["El Asesor de variaciones corporativas recibe el caso y realiza la solicitud del registro del NINTEX de acuerdo al escenario revisado."],
      question: "¿Qué escenario corresponde?",
      options: [
        { id: "activaciones", label: "1) ACTIVACIONES", hint: "Activaciones no realiza la modificación al momento de evaluar la SEC", next: `${ID}.activaciones` },
        { id: "ventas", label: "2) VENTAS", hint: "Ventas no realiza el ingreso de la modificación en la SEC", next: `${ID}.ventas` },
        {
          id: "postventa",
          label: "3) POSTVENTA",
          hint: "Postventa realiza una operación (por petición del cliente) generando la perdida del beneficio otorgado a la línea",
          next: `${ID}.postventa`,
        },
      ],
    },
    {
      id: `${ID}.activaciones`,
      kind: "question",
      title: "1) ACTIVACIONES",
      ref: "Gestión Interna 1) ACTIVACIONES",
      question: "¿Por qué error?",
      options: [
        { id: "error-configuracion", label: "1.1 Error de Configuración", next: `${ID}.activaciones.error-configuracion` },
        { id: "desalineacion", label: "1.2 Desalineación de la línea", next: `${ID}.activaciones.desalineacion` },
      ],
    },
    {
      id: `${ID}.activaciones.error-configuracion`,
      kind: "action",
      title: "NINTEX a Activaciones",
      ref: "Gestión Interna 1.1 Error de Configuración",
      instructions: [
        "Se registra el descuento en la SEC, pero por un error de configuración por parte de activaciones, no se visualiza el descuento del cargo fijo en el plan del cliente.",
        "El asesor, debe registrar en el formulario NINTEX, para derivarlo al área de Activaciones con el tipo de solicitud a realizar, para que el área encargada realice la regularización del cargo fijo del cliente.",
      ],
      checklist: [CASO_SIAC, RUC, LINEA],
      escalation: {
        system: "NINTEX",
        route: [
          { name: "Área", value: "Activaciones" },
          { name: "Formulario", value: "BuzonActivaciones" },
        ],
        url: NINTEX_ACTIVACIONES,
        requires: ["caso-siac", "ruc", "linea"],
        template:
          "Modificación de Cargo Fijo Móvil Corporativa – 1.1 Error de Configuración\nSe registra el descuento en la SEC, pero por un error de configuración no se visualiza el descuento del cargo fijo en el plan del cliente. Solicitud: regularización del cargo fijo del cliente.\nCaso SIAC Único: {{caso-siac}}\nRUC: {{ruc}}\nLínea: {{linea}}",
      },
      links: [{ label: "NINTEX Activaciones", url: NINTEX_ACTIVACIONES }],
      next: `${ID}.cerrar-caso`,
    },
    {
      id: `${ID}.activaciones.desalineacion`,
      kind: "action",
      title: "Ticket Remedy por desalineación",
      ref: "Gestión Interna 1.2 Desalineación de la línea",
      instructions: [
        "Si se regulariza el descuento del cargo fijo en la linea del cliente, sin embargo en la siguiente facturación, el sistema presenta alguna desalineación y no cambia la cuota del cargo fijo, el asesor debe generar un ticket remedy para la atención del inconvente.",
      ],
      checklist: [CASO_SIAC, RUC, LINEA],
      escalation: {
        system: "Remedy",
        route: [],
        requires: ["caso-siac", "ruc", "linea"],
        template:
          "Modificación de Cargo Fijo Móvil Corporativa – 1.2 Desalineación de la línea\nSe regularizó el descuento del cargo fijo en la línea del cliente, sin embargo en la siguiente facturación el sistema presenta alguna desalineación y no cambia la cuota del cargo fijo.\nCaso SIAC Único: {{caso-siac}}\nRUC: {{ruc}}\nLínea: {{linea}}",
      },
      next: `${ID}.cerrar-caso`,
    },
    {
      id: `${ID}.ventas`,
      kind: "question",
      title: "2) VENTAS",
      ref: "a) Escenarios 2) VENTAS",
      question: "¿La oferta está vigente?",
      options: [
        { id: "con-oferta", label: "Con oferta vigente o negociada con aprobación.", next: `${ID}.ventas.con-oferta` },
        { id: "sin-oferta", label: "Sin oferta vigente (mala práctica para cerrar la venta).", next: `${ID}.ventas.sin-oferta` },
      ],
    },
    {
      id: `${ID}.ventas.con-oferta`,
      kind: "action",
      title: "NINTEX: Ventas con oferta vigente",
      ref: "Gestión Interna 2) VENTAS",
      instructions: [
        "El asesor de variaciones corporativas, recibe el caso, realiza las validaciones como se detalla en la lamina de Validaciones en SISACT, por lo tanto se realiza el registro en NINTEX.",
      ],
      checklist: [VALIDACIONES_SISACT, CASO_SIAC, RUC, LINEA],
      escalation: nintexSoporte("2) VENTAS, con oferta vigente o negociada con aprobación", "Ventas no realizó el ingreso de la modificación en la SEC."),
      links: [{ label: "NINTEX Solicitud de ejecuciones operador", url: NINTEX_SOPORTE }],
      next: `${ID}.cerrar-caso`,
    },
    {
      id: `${ID}.ventas.sin-oferta`,
      kind: "action",
      title: "NINTEX: Ventas sin oferta vigente",
      ref: "Gestión Interna 2) VENTAS",
      instructions: [
        "Sin oferta vigente (mala práctica para cerrar la venta).",
        "El asesor de variaciones corporativas, recibe el caso, realiza las validaciones como se detalla en la lamina de Validaciones en SISACT, por lo tanto se realiza el registro en NINTEX.",
      ],
      checklist: [VALIDACIONES_SISACT, CASO_SIAC, RUC, LINEA],
      escalation: nintexSoporte("2) VENTAS, sin oferta vigente (mala práctica para cerrar la venta)", "Ventas no realizó el ingreso de la modificación en la SEC."),
      links: [{ label: "NINTEX Solicitud de ejecuciones operador", url: NINTEX_SOPORTE }],
      next: `${ID}.cerrar-caso`,
    },
    {
      id: `${ID}.postventa`,
      kind: "action",
      title: "NINTEX: Postventa",
      ref: "Gestión Interna 3) Postventa",
      instructions: [
        "El asesor de variaciones corporativas, recibe el caso, realiza las validaciones como se detalla en la lamina de Validaciones en SISACT, por lo tanto se realiza el registro en NINTEX.",
        "Se abrirá el formulario para el registro del NINTEX.",
      ],
      checklist: [VALIDACIONES_SISACT, CASO_SIAC, RUC, LINEA],
      escalation: nintexSoporte(
        "3) POSTVENTA",
        "Postventa realizó una operación (por petición del cliente) generando la perdida del beneficio otorgado a la línea.",
      ),
      links: [{ label: "NINTEX Solicitud de ejecuciones operador", url: NINTEX_SOPORTE }],
      next: `${ID}.cerrar-caso`,
    },
    {
      id: `${ID}.cerrar-caso`,
      kind: "action",
      title: "Cerrar el caso en SIAC Único",
      ref: "Seguimiento",
      instructions: [
        "Para los 3 escenarios (Activaciones, Venta, Postventa), después de registrar el NINTEX, el asesor de variaciones corporativas, procede a cerrar el caso en SIAC Único.",
      ],
      checklist: [{ id: "caso-cerrado", label: "Caso cerrado en SIAC Único", required: true }],
      next: `${ID}.respuesta`,
    },
    {
      id: `${ID}.respuesta`,
      kind: "action",
      title: "Contactar al cliente y enviar correo de respuesta",
      ref: "Seguimiento",
      instructions: ["Para finalizar la atención, se contacta con el cliente y envía un correo de respuesta informando que la solicitud ha sido atendida."],
      checklist: [
        { id: "cliente-contactado", label: "Cliente contactado", required: true },
        { id: "correo-enviado", label: "Correo de respuesta enviado", required: true },
      ],
      speech: [{ id: "correo-respuesta", label: "Correo de respuesta", text: "Le informamos que su solicitud ha sido atendida." }],
      next: `${ID}.fin`,
    },
    { id: `${ID}.fin`, kind: "end", title: "Atención finalizada", ref: "Seguimiento" },
  ],
  notes: [
    {
      stepId: `${ID}.validaciones`,
      text: "El buzón se escribe «atencioncorpoartiva@claro.com.pe» en el documento; probablemente es «atencioncorporativa@claro.com.pe». Se conserva la grafía del documento: confirmar antes de que un agente lo dé al cliente.",
    },
    {
      stepId: `${ID}.validaciones`,
      text: "El documento dice a quién aplica (clientes negocios corporativos, alta / portabilidad / renovación, Clientes Carterizados) pero no qué hacer si no aplica: queda como instrucción, sin rama.",
    },
    {
      stepId: `${ID}.caso-siac`,
      text: "El documento pide «llenar los campos de la plantilla en el SIAC Único» sin listarlos. La plantilla (RUC, razón social, línea, SEC, oferta, campaña, contacto, correo) es una propuesta con los datos que dan las validaciones; obligatorios marcados: RUC, línea, contacto y correo. El documento dice también que el caso se genera «de acuerdo al escenario», pero el escenario lo revisa después el asesor de Variaciones Corporativas: no se pide en el caso.",
    },
    {
      stepId: `${ID}.escenario`,
      text: "El flujo junta dos roles: el asesor del canal 135 / buzón (validaciones y caso SIAC) y el asesor de Variaciones Corporativas (NINTEX / Remedy, cierre del caso, respuesta al cliente). Los campos de los formularios NINTEX y Remedy no se listan en el documento: las plantillas piden caso SIAC, RUC y línea.",
    },
    {
      stepId: `${ID}.activaciones.desalineacion`,
      text: "1.2 Desalineación: el documento solo pide un ticket Remedy (sin categoría ni ruta), mientras que «Seguimiento» dice que en los 3 escenarios se cierra el caso «después de registrar el NINTEX». No queda claro si la desalineación lleva también NINTEX.",
    },
    {
      stepId: `${ID}.ventas.sin-oferta`,
      text: "Ventas «sin oferta vigente (mala práctica para cerrar la venta)»: el documento da la misma ruta NINTEX que «con oferta vigente» y no dice qué cambia (¿aprobación adicional, rechazo, aviso al canal de ventas?). Se encodó igual que con oferta vigente, en un paso propio para poder diferenciarlo.",
    },
    {
      stepId: `${ID}.postventa`,
      text: "La URL de Postventa está partida en el documento («…/dir/red/soporte/ layouts/15/start.aspx#/Solicituddeejecucionesoperador/Forms/All Items.aspx»); se reconstruyó como la de Ventas (…/_layouts/15/…/AllItems.aspx). Junto a la URL de Ventas aparece «Planificacion de Redes : Working on it...», probablemente el título del sitio NINTEX en una captura: no se usa.",
    },
    {
      stepId: `${ID}.respuesta`,
      text: "El documento no da el texto del correo de respuesta; el texto propuesto sale de «informando que la solicitud ha sido atendida». Tampoco nombra macro, estado de ticket ni estado de pedido en ningún paso.",
    },
  ],
};
