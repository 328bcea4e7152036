import type * as z from "zod/mini";
import type { Step } from "../../schema";

/** Seed 001, activity 1: identify the sale scenario, greet, collect the holder's data, billing entity (government → SysHelp). */
export const escenarioSteps: z.input<typeof Step>[] = [
  {
    id: "pre-post.escenario.identificar",
    kind: "action",
    title: "Identificar escenario de Venta",
    ref: "1",
    instructions: [
      "El cliente indica su interés en adquirir un plan PostPago por WhatsApp al número 77390000.",
      "Verifica el Historial de Tickets y valida los servicios que el cliente tiene asociados a su línea y Cédula de Identidad (sección \"Información/Portafolio del Cliente\" a la derecha en Zendesk).",
      "Selecciona la cuenta asociada a la línea y haz clic para visualizar los detalles de la cuenta.",
      "Si la cuenta es Prepago, envía la macro inicial de primer contacto.",
    ],
    next: "pre-post.saludo.primer-contacto",
  },
  {
    id: "pre-post.saludo.primer-contacto",
    kind: "action",
    title: "Saludo Inicial: Primer Contacto",
    ref: "1",
    macro: "Móvil::WhatsApp::Migración Pre a Post::Saludo Inicial::Primer contacto",
    status: "hold",
    orderState: "En progreso::Datos Insuficientes",
    instructions: ["Todas las macros de este proceso tipifican la Atención y el Estado del Pedido."],
    next: "pre-post.escenario.datos-titular",
    replies: [{ id: "respuesta-cliente", label: "El cliente responde", pattern: "\\S", next: "pre-post.escenario.datos-titular" }],
    alternatives: [{ id: "cliente-no-responde", label: "El cliente no responde (seguimiento desde la Vista \"En Espera\")", next: "pre-post.saludo.segundo-contacto" }],
  },
  {
    id: "pre-post.saludo.segundo-contacto",
    kind: "action",
    title: "Saludo Inicial: Segundo Contacto",
    ref: "1",
    macro: "Móvil::WhatsApp::Migración Pre a Post::Saludo Inicial::Segundo contacto",
    status: "pending",
    orderState: "En progreso::Datos Insuficientes",
    instructions: ["Cuando el cliente no responda, realiza seguimiento desde la Vista Tickets \"En Espera\" y envía esta macro."],
    next: "pre-post.escenario.datos-titular",
    replies: [{ id: "respuesta-cliente", label: "El cliente responde", pattern: "\\S", next: "pre-post.escenario.datos-titular" }],
    alternatives: [
      { id: "reabierto-sin-respuesta", label: "El cliente no contesta y el supervisor reabre el ticket en tu bandeja", next: "pre-post.saludo.cliente-no-contesta" },
    ],
  },
  {
    id: "pre-post.saludo.cliente-no-contesta",
    kind: "end",
    title: "Saludo Inicial: Cliente no Contesta",
    ref: "1",
    macro: "Móvil::WhatsApp::Migración Pre a Post::Saludo Inicial::Cliente No Contesta::Mega Plan X",
    status: "pending",
    orderState: "No Aplica::Incontactable",
    instructions: [
      "Si el ticket es reabierto en tu bandeja por el supervisor, envía la macro acorde al plan inicial en el que el cliente estaba interesado.",
    ],
  },
  {
    id: "pre-post.escenario.datos-titular",
    kind: "action",
    title: "Solicitar datos para validar la titularidad",
    ref: "1",
    instructions: [
      "Solicita la documentación pertinente para validar la titularidad del cliente.",
      "El cliente debe indicar desde qué ciudad nos contacta y si la solicitud será para la línea de la cual nos escribe u otro número (en ese caso, el otro número).",
      "Corrobora la titularidad en el sistema.",
    ],
    checklist: [
      { id: "nombre-titular", label: "Nombre completo del titular", required: true, value: { format: "text" } },
      { id: "ci-titular", label: "Carnet de Identidad", required: true, value: { format: "ciBo" } },
      { id: "telefono-titular", label: "Número de teléfono", required: true, value: { format: "phoneBo" } },
      { id: "ciudad", label: "Ciudad desde la que nos contacta", required: true, value: { format: "text" } },
      {
        id: "linea-a-migrar",
        label: "Línea a migrar (si es otro número distinto del que nos escribe)",
        required: false,
        value: { format: "phoneBo", hint: "Solo si la migración se aplicará a otro número" },
      },
    ],
    next: "pre-post.escenario.facturacion",
  },
  {
    id: "pre-post.escenario.facturacion",
    kind: "question",
    title: "¿A nombre de quién se emitirá la facturación?",
    ref: "1",
    question: "¿La facturación se emitirá a nombre del titular?",
    instructions: [
      "Ejemplo: si la factura se emitirá a nombre de una institución como la \"Gobernación\", no corresponde a una entidad comercial del tipo S.R.L., S.A. o LTDA: prosigue con el inciso a).",
    ],
    options: [
      {
        id: "titular-o-comercial",
        label: "A nombre del titular o de una sociedad comercial (S.R.L., S.A., LTDA)",
        hint: "Inciso d): retomar el proceso normal",
        next: "pre-post.escenario.proceso-normal",
      },
      {
        id: "institucion-publica",
        label: "Entidad pública o gubernamental, o institución que no es sociedad comercial",
        hint: "Inciso a): verificar si es entidad gubernamental",
        next: "pre-post.gobierno.verificar-nit",
      },
    ],
  },
  {
    id: "pre-post.gobierno.verificar-nit",
    kind: "question",
    title: "Verificar si es entidad gubernamental",
    ref: "1 a)",
    question: "¿Las validaciones identifican que el NIT pertenece a una entidad gubernamental?",
    instructions: [
      "Revisa la Guía de Identificación de Cliente Gobierno.",
      "Solicita al cliente el número de NIT para identificar si corresponde a una entidad gubernamental.",
      "Si el cliente solo proporciona el NIT, verifica en la página web de Impuestos.",
      "Si no tiene el NIT o persisten dudas sobre el tipo de empresa o institución, ingresa a infosiscon (entidades SICOES).",
      "Por lo general, las instituciones estatales tienen un dominio que termina en .gob.bo.",
    ],
    checklist: [{ id: "nit", label: "NIT de la empresa o institución", required: false, value: { format: "nitBo" } }],
    links: [
      { label: "Impuestos: verificar estado del contribuyente", url: "https://pbdw.impuestos.gob.bo:8080/gob.sin.padron.web/#/verificar/estadoContribuyente" },
      { label: "Infosiscon: entidades SICOES", url: "https://infosiscon.com/entidades-sicoes.html" },
    ],
    options: [
      { id: "gubernamental", label: "Sí, es una entidad gubernamental", hint: "Inciso b): derivar por SysHelp", next: "pre-post.gobierno.derivar-syshelp" },
      { id: "no-identificada", label: "No se logra identificar", hint: "Inciso d): retomar el proceso normal", next: "pre-post.escenario.proceso-normal" },
    ],
  },
  {
    id: "pre-post.gobierno.derivar-syshelp",
    kind: "action",
    title: "Derivar a ejecutivo de Gobierno mediante SysHelp",
    ref: "1 b)",
    instructions: [
      "Dentro de las 24 horas un ejecutivo de Gobierno se contactará con el cliente (plazo máximo de 48 hrs) vía teléfono y formalizará la solicitud por correo.",
    ],
    checklist: [
      { id: "nombre-entidad", label: "Nombre de la Entidad", required: true, value: { format: "text" } },
      { id: "nombre-contacto", label: "Nombre del contacto", required: true, value: { format: "text" } },
      { id: "telefono-contacto", label: "Nro de teléfono", required: true, value: { format: "phoneBo" } },
      { id: "correo-contacto", label: "Correo", required: true, value: { format: "email" } },
      { id: "descripcion", label: "Descripción o detalle del requerimiento", required: true, value: { format: "text" } },
    ],
    escalation: {
      system: "SysHelp",
      route: [
        { name: "Tipo", value: "Derivación B2B" },
        { name: "SubTipo", value: "Ejecutivos Gobierno" },
      ],
      requires: ["nombre-entidad", "nombre-contacto", "telefono-contacto", "correo-contacto", "descripcion"],
      template: [
        "Nombre de la Entidad: {{nombre-entidad}}",
        "Nombre del contacto: {{nombre-contacto}}",
        "Nro de teléfono: {{telefono-contacto}}",
        "Correo: {{correo-contacto}}",
        "Descripción o detalle del requerimiento: {{descripcion}}",
      ].join("\n"),
    },
    speech: [
      {
        id: "derivacion-ejecutivo",
        label: "Derivación a ejecutivo de corporaciones",
        text: "Estimado cliente, su solicitud ha sido derivada a un ejecutivo especializado en corporaciones, quien se pondrá en contacto con usted en un plazo de 24 a 48 horas. Agradecemos su paciencia y comprensión.",
      },
    ],
    next: "pre-post.gobierno.despedida",
  },
  {
    id: "pre-post.gobierno.despedida",
    kind: "end",
    title: "Termina la atención: speech de despedida",
    ref: "1 c)",
    instructions: ["Termina la atención con el speech de despedida."],
  },
  {
    id: "pre-post.escenario.proceso-normal",
    kind: "action",
    title: "Retomar el proceso normal",
    ref: "1 d)",
    instructions: [
      "Verifica que la información solicitada fue proporcionada; caso contrario, solicita los datos faltantes.",
      "Recuerda: el cliente debe indicarnos desde qué ciudad nos contacta y si la solicitud será para la línea de la cual nos escribe u otro número.",
      "Una vez obtenida, dirígete a la actividad 2.1.",
    ],
    next: "pre-post.preanalisis.gestion",
  },
];
