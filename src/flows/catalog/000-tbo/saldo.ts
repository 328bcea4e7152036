import type { ItemInput, StepInput } from "./types";
import { CORREO, DATOS_GENERALES, DATOS_TRANSFERENCIA, DESCRIPCION, LINEA, RUTA_CUSTOMER_CUSTOMER } from "./items";
import { escalationStepId, escalationSteps } from "./escalation";

/** Acción 3 / Acción 2 of "No puedo transferir saldo": the standard parenthesis plus the seed's list. */
const DATOS_ESCALAR_TRANSFERENCIA: ItemInput[] = [DESCRIPCION, CORREO, LINEA, ...DATOS_TRANSFERENCIA];

/** "No puedo transferir saldo" (3 escenarios) and "No puedo visualizar mi consumo móvil" (SERTI checks). */
export const saldoSteps: StepInput[] = [
  {
    id: "tbo.transferir-saldo",
    kind: "question",
    title: "No puedo transferir saldo",
    ref: "No puedo transferir saldo",
    question: "¿Cuál de los 3 escenarios presenta el cliente?",
    options: [
      { id: "linea-no-existe", label: "1) La línea que intenta transferir no existe", next: "tbo.transferir-saldo.linea-no-existe" },
      { id: "sin-saldo", label: "2) La línea no posee saldo suficiente", next: "tbo.transferir-saldo.sin-saldo" },
      {
        id: "sin-opcion-administrar",
        label: "3) No se visualizan todas las cuentas en el apartado Voz y Datos Móviles (No hay opción Administrar)",
        next: escalationStepId("tbo.transferir-saldo.sin-opcion-administrar"),
      },
    ],
  },

  // 1) La línea que intenta transferir no existe
  {
    id: "tbo.transferir-saldo.linea-no-existe",
    kind: "question",
    title: "Acción 1: formato del número de destinatario",
    ref: "No puedo transferir saldo 1), Acción 1",
    instructions: [
      "Recibe el reclamo del cliente, debe realizar los siguientes controles antes de escalar el error.",
      'Debe consultarle al cliente si escribió el número de destinatario con el formato correcto (ejemplo 595981611611, sin el signo +. No se acepta el formato "0981611611").',
    ],
    question: "¿El cliente escribió el número de destinatario con el formato correcto (595981611611, sin el signo +)?",
    options: [
      { id: "formato-incorrecto", label: "Formato incorrecto", next: "tbo.transferir-saldo.linea-no-existe.formato-incorrecto" },
      {
        id: "formato-correcto",
        label: "Ya había escrito con el formato correcto y sigue apareciendo el error",
        next: "tbo.transferir-saldo.linea-no-existe.siebel",
      },
    ],
  },
  {
    id: "tbo.transferir-saldo.linea-no-existe.formato-incorrecto",
    kind: "end",
    title: "Probar de vuelta con el formato correcto",
    ref: "No puedo transferir saldo 1), Acción 1",
    instructions: ["Si el cliente escribió con el formato incorrecto, indicarle que pruebe de vuelta con el formato correcto."],
    speech: [
      {
        id: "formato-correcto",
        label: "Formato correcto",
        text: 'Pruebe de vuelta con el formato correcto (ejemplo 595981611611, sin el signo +. No se acepta el formato "0981611611").',
      },
    ],
  },
  {
    id: "tbo.transferir-saldo.linea-no-existe.siebel",
    kind: "question",
    title: "Acción 2: ¿la línea existe en SIEBEL?",
    ref: "No puedo transferir saldo 1), Acción 2",
    instructions: ["Debe consultar al cliente el número al cuál desea transferir saldo, y verificar en el SIEBEL si la línea existe."],
    checklist: [
      {
        id: "linea-destino",
        label: "Número al cuál desea transferir saldo",
        required: true,
        value: { format: "phonePy", hint: "Ej. 595981611611" },
      },
    ],
    question: "¿La línea existe en el SIEBEL?",
    options: [
      { id: "no-existe", label: "La línea no existe", next: "tbo.transferir-saldo.linea-no-existe.no-tigo" },
      {
        id: "existe",
        label: "La línea existe y sigue apareciendo el error",
        next: escalationStepId("tbo.transferir-saldo.linea-no-existe"),
      },
    ],
  },
  {
    id: "tbo.transferir-saldo.linea-no-existe.no-tigo",
    kind: "end",
    title: "Solo se transfiere saldo a líneas TIGO",
    ref: "No puedo transferir saldo 1), Acción 2",
    instructions: ["En el caso que la línea no exista, debe indicar al cliente que solamente se pueden realizar transferencias de saldo a un número de línea TIGO."],
    speech: [
      {
        id: "solo-lineas-tigo",
        label: "Solo líneas TIGO",
        text: "Solamente se pueden realizar transferencias de saldo a un número de línea TIGO. (No se pueden realizar transferencia de saldo de una línea TIGO a una línea de otra operadora)",
      },
    ],
  },
  ...escalationSteps({
    key: "tbo.transferir-saldo.linea-no-existe",
    ref: "No puedo transferir saldo 1), Acción 3",
    title: "Acción 3: derivar vía SysHelp a Back Office pymes",
    complaint: "No puedo transferir saldo: la línea que intenta transferir no existe (formato correcto y línea existente en SIEBEL)",
    checklist: DATOS_ESCALAR_TRANSFERENCIA,
  }),

  // 2) La línea no posee saldo suficiente
  {
    id: "tbo.transferir-saldo.sin-saldo",
    kind: "question",
    title: "Acción 1: ¿la línea cuenta con SALDO en SIEBEL?",
    ref: "No puedo transferir saldo 2), Acción 1",
    instructions: [
      "Recibe el reclamo del cliente, debe realizar los siguientes controles antes de escalar el error.",
      "Debe consultar al cliente el número desde el cuál desea transferir saldo, y verificar en el SIEBEL si la línea cuenta con SALDO.",
    ],
    checklist: [
      {
        id: "linea-origen",
        label: "Número desde el cuál desea transferir saldo",
        required: true,
        value: { format: "phonePy", hint: "Ej. 595981611611" },
      },
    ],
    question: "¿La línea cuenta con SALDO en el SIEBEL?",
    options: [
      { id: "sin-saldo", label: "La línea no cuenta con saldo", next: "tbo.transferir-saldo.sin-saldo.confirmado" },
      {
        id: "con-saldo",
        label: "La línea sí cuenta con saldo y aparece el error",
        next: escalationStepId("tbo.transferir-saldo.sin-saldo"),
      },
    ],
  },
  {
    id: "tbo.transferir-saldo.sin-saldo.confirmado",
    kind: "end",
    title: "La línea no posee saldo suficiente",
    ref: "No puedo transferir saldo 2), Acción 1",
    instructions: ["Debe indicar al cliente que efectivamente la línea no posee saldo suficiente para realizar la transferencia."],
    speech: [
      {
        id: "saldo-insuficiente",
        label: "Saldo insuficiente",
        text: "Efectivamente la línea no posee saldo suficiente para realizar la transferencia.",
      },
    ],
  },
  ...escalationSteps({
    key: "tbo.transferir-saldo.sin-saldo",
    ref: "No puedo transferir saldo 2), Acción 2",
    title: "Acción 2: derivar vía SysHelp a Back Office pymes",
    complaint: "No puedo transferir saldo: la línea no posee saldo suficiente (la línea sí cuenta con saldo en SIEBEL)",
    checklist: DATOS_ESCALAR_TRANSFERENCIA,
  }),

  // 3) No se visualizan todas las cuentas en el apartado Voz y Datos Móviles
  ...escalationSteps({
    key: "tbo.transferir-saldo.sin-opcion-administrar",
    ref: "No puedo transferir saldo 3)",
    complaint: "No puedo transferir saldo: no se visualizan todas las cuentas en el apartado Voz y Datos Móviles (No hay opción Administrar)",
    checklist: DATOS_GENERALES,
  }),

  // No puedo visualizar mi consumo móvil
  {
    id: "tbo.consumo-movil",
    kind: "question",
    title: "No puedo visualizar mi consumo móvil: verificaciones en el SERTI",
    ref: "No puedo visualizar mi consumo móvil",
    instructions: [
      "Es cuando al cliente no se le dispone de todos sus datos de consumo móvil.",
      "Recibe el reclamo del cliente, debe realizar las siguientes verificaciones en el SERTI antes de escalar el error.",
    ],
    question: "¿Qué dato de consumo no visualiza el cliente?",
    options: [
      { id: "internet-gb", label: "Saldo en GB de Internet (sección 1)", next: "tbo.consumo-movil.internet-gb" },
      { id: "minutos", label: "Saldo en minutos (llamadas) (sección 2)", next: "tbo.consumo-movil.minutos" },
      { id: "sms", label: "Saldo en SMS", next: "tbo.consumo-movil.sms" },
      { id: "detalle-consumo", label: 'Información en "Detalle de consumo"', next: "tbo.consumo-movil.detalle-consumo" },
      {
        id: "historico-internet",
        label: 'Información en "Histórico Internet Adicional"',
        next: "tbo.consumo-movil.historico-internet",
      },
    ],
  },
  ...consumoCheck({
    slug: "internet-gb",
    title: "¿Posee saldo en GB de Internet?",
    question: "En el SERTI, ¿el cliente posee saldo en GB de Internet?",
    noLabel: "No posee",
    noTitle: "La vista de la sección 1 del ejemplo es la correcta",
    noInstruction: "Si no posee, la vista de la sección 1 del ejemplo es la correcta.",
    yesLabel: "Posee saldo en GB",
    complaint: "No puedo visualizar mi consumo móvil: el cliente posee saldo en GB de Internet y no lo visualiza",
  }),
  ...consumoCheck({
    slug: "minutos",
    title: "¿Posee saldo en minutos (llamadas)?",
    question: "En el SERTI, ¿el cliente posee saldo en minutos (llamadas)?",
    noLabel: "No posee",
    noTitle: "La vista de la sección 2 del ejemplo es la correcta",
    noInstruction: "Si no posee, la vista de la sección 2 del ejemplo es la correcta.",
    yesLabel: "Posee saldo en minutos",
    complaint: "No puedo visualizar mi consumo móvil: el cliente posee saldo en minutos (llamadas) y no lo visualiza",
  }),
  ...consumoCheck({
    slug: "sms",
    title: "¿Posee saldo en SMS?",
    question: "En el SERTI, ¿el cliente posee saldo en SMS?",
    noLabel: "No posee",
    noTitle: "La vista de la sección 2 del ejemplo es la correcta",
    noInstruction: "Si no posee, la vista de la sección 2 del ejemplo es la correcta.",
    yesLabel: "Posee saldo en SMS",
    complaint: "No puedo visualizar mi consumo móvil: el cliente posee saldo en SMS y no lo visualiza",
  }),
  ...consumoCheck({
    slug: "detalle-consumo",
    title: "¿El cliente posee internet?",
    question: 'Sin información en "Detalle de consumo": ¿el cliente posee internet?',
    noLabel: "No tiene internet",
    noTitle: 'Sin "Detalle de consumo" porque el cliente no tiene internet',
    noInstruction: 'Si el cliente no tiene información en "Detalle de consumo", se puede dar porque el cliente no tiene internet.',
    yesLabel: "Posee internet",
    complaint: 'No puedo visualizar mi consumo móvil: el cliente posee internet y no tiene información en "Detalle de consumo"',
    customerCustomer: true,
  }),
  ...consumoCheck({
    slug: "historico-internet",
    title: "¿Tiene paquetigos comprados o activos?",
    question: 'Sin información en "Histórico Internet Adicional": ¿el cliente tiene por lo menos un paquetigo comprado o activo?',
    noLabel: "No tiene paquetigos",
    noTitle: 'Sin "Histórico Internet Adicional" porque no tiene paquetigos',
    noInstruction:
      'Si el cliente no tiene información en "Histórico Internet Adicional", se puede dar porque el cliente no tiene por lo menos un paquetigo comprado o activo.',
    yesLabel: "Sí tiene paquetigos",
    complaint: 'No puedo visualizar mi consumo móvil: el cliente tiene paquetigos y no tiene información en "Histórico Internet Adicional"',
    customerCustomer: true,
  }),
];

interface ConsumoCheck {
  slug: string;
  title: string;
  question: string;
  noLabel: string;
  noTitle: string;
  noInstruction: string;
  yesLabel: string;
  complaint: string;
  /** The two checks whose route the seed gives only as "Customer.Customer". */
  customerCustomer?: boolean;
}

/** One SERTI check of "No puedo visualizar mi consumo móvil": no balance → the view is right; balance → SysHelp. */
function consumoCheck(c: ConsumoCheck): StepInput[] {
  const key = `tbo.consumo-movil.${c.slug}`;
  return [
    {
      id: key,
      kind: "question",
      title: c.title,
      ref: "No puedo visualizar mi consumo móvil",
      question: c.question,
      options: [
        { id: "no", label: c.noLabel, next: `${key}.vista-correcta` },
        { id: "si", label: c.yesLabel, next: escalationStepId(key) },
      ],
    },
    { id: `${key}.vista-correcta`, kind: "end", title: c.noTitle, ref: "No puedo visualizar mi consumo móvil", instructions: [c.noInstruction] },
    ...escalationSteps({
      key,
      ref: "No puedo visualizar mi consumo móvil",
      complaint: c.complaint,
      ...(c.customerCustomer ? { route: RUTA_CUSTOMER_CUSTOMER } : {}),
      instructions: [
        "En los casos donde se deba escalar el error al Soporte Corporativo/Soporte Centralizado BO a través de un ticket SD, se debe indicar los datos de la lista.",
      ],
      checklist: DATOS_TRANSFERENCIA,
    }),
  ];
}
