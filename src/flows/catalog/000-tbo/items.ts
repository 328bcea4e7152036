import type { ItemInput, RouteInput } from "./types";

/** The route the seed repeats for almost every complaint: SysHelp to Back Office pymes. */
export const RUTA_BO_PYMES: RouteInput = [
  { name: "Tipo", value: "Customer.Colaborador" },
  { name: "SubTipo", value: "Soporte PYMES" },
  { name: "Control", value: "BO Pymes.Inconvenientes TBO regional" },
];

/** "se debe derivar el reclamo vía SysHelp a Back Office pymes: Customer.Customer" (consumo móvil, two checks). */
export const RUTA_CUSTOMER_CUSTOMER: RouteInput = [{ name: "Tipo", value: "Customer.Customer" }];

/** "derivamos a la ruta 👉 Finanzas.Solicitudes al Area de Cobranzas.Verificacion de Pago" (pago no aplicado). */
export const RUTA_FINANZAS_VERIFICACION_PAGO: RouteInput = [
  { name: "Ruta", value: "Finanzas.Solicitudes al Area de Cobranzas.Verificacion de Pago" },
];

/** "(Explicando el error en la descripción, datos del cliente como correo, n° de línea, completar todos los campos obligatorios)" */
export const DESCRIPCION: ItemInput = {
  id: "descripcion-error",
  label: "Descripción del error (explicando el error)",
  required: true,
  value: { format: "text", hint: "Explicar el error que presenta el cliente" },
};
export const CORREO: ItemInput = { id: "correo", label: "Correo del cliente", required: true, value: { format: "email" } };
export const LINEA: ItemInput = {
  id: "linea",
  label: "N° de línea del cliente",
  required: true,
  value: { format: "phonePy", hint: "Ej. 595981611611 (sin +, no 0981611611)" },
};
export const PRINT_ERROR: ItemInput = { id: "print-error", label: "Print de pantalla del error", required: true, evidence: true };

/** The mandatory data of the seed's standard parenthesis. */
export const DATOS_GENERALES: ItemInput[] = [DESCRIPCION, CORREO, LINEA];

/** The list of "No puedo transferir saldo" (Acción 3 / Acción 2), repeated as is in "No puedo visualizar mi consumo móvil". */
export const DATOS_TRANSFERENCIA: ItemInput[] = [
  {
    id: "linea-origen",
    label: "El número de línea desde el que se quiere enviar el saldo",
    required: true,
    value: { format: "phonePy", hint: "Ej. 595981611611" },
  },
  {
    id: "linea-destino",
    label: "El número de línea al que se le quiere transferir el saldo",
    required: true,
    value: { format: "phonePy", hint: "Ej. 595981611611" },
  },
  { id: "razon-social", label: "La razón social de la empresa", required: true, value: { format: "text" } },
  { id: "ruc-empresa", label: "El RUC de la empresa", required: true, value: { format: "rucPy", hint: "Ej. 80012345-6" } },
  { id: "nombre-usuario", label: "Nombre del usuario", required: true, value: { format: "text" } },
  { id: "telefono-usuario", label: "Número de teléfono del usuario", required: true, value: { format: "phonePy" } },
  PRINT_ERROR,
];
