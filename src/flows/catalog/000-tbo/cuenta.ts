import type { StepInput } from "./types";
import { DATOS_GENERALES } from "./items";
import { escalationStepId, escalationSteps } from "./escalation";

/** Account, user and notification complaints: reseteo, TIGO ID, creación, ABM, pantalla en blanco, correos, PIN. */
export const cuentaSteps: StepInput[] = [
  // Reseteo de Contraseña
  {
    id: "tbo.reseteo-contrasena",
    kind: "action",
    title: "Compartir el artículo del centro de ayudas",
    ref: "Reseteo de Contraseña",
    instructions: [
      "El cliente menciona que no puede resetear su contraseña.",
      "Recibe reclamo del cliente, le comparte el artículo del centro de ayudas, el mismo se encuentra aquí.",
    ],
    next: "tbo.reseteo-contrasena.resultado",
  },
  {
    id: "tbo.reseteo-contrasena.resultado",
    kind: "question",
    title: "¿Pudo resetear su contraseña?",
    ref: "Reseteo de Contraseña",
    question: "Con el artículo, ¿el cliente pudo resetear su contraseña?",
    options: [
      { id: "pudo", label: "Sí, pudo resetearla", next: "tbo.reseteo-contrasena.resuelto" },
      { id: "no-pudo", label: "Aún así no puede resetear su contraseña", next: escalationStepId("tbo.reseteo-contrasena") },
    ],
  },
  {
    id: "tbo.reseteo-contrasena.resuelto",
    kind: "end",
    title: "Contraseña reseteada con el artículo",
    ref: "Reseteo de Contraseña",
  },
  ...escalationSteps({
    key: "tbo.reseteo-contrasena",
    ref: "Reseteo de Contraseña",
    complaint: "Reseteo de Contraseña: el cliente no puede resetear su contraseña",
    checklist: DATOS_GENERALES,
  }),

  // No envía el código de verificación de TIGO ID
  ...escalationSteps({
    key: "tbo.codigo-tigo-id",
    ref: "No envía el código de verificación de TIGO ID",
    complaint: "No envía el código de verificación de TIGO ID: cliente no recibe código de verificación al crear su cuenta",
    checklist: DATOS_GENERALES,
    solvedInstructions: [
      "OBS: debe crear correctamente su cuenta en TIGO ID, utilizando mail y contraseña y no con sus redes sociales.",
      "También puede compartirle el artículo ¿Cómo activo mi contraseña de Tigo Business Online?",
    ],
  }),

  // Auto creación fallida + creación asistida con error
  ...escalationSteps({
    key: "tbo.autocreacion",
    ref: "El cliente hizo el paso a paso de auto creación, no le funciona, un asesor le creó pero da error",
    complaint:
      "Cliente creó erradamente su usuario a través del procedimiento de auto creación, luego reclamó y un asesor solicitó la creación de usuario a través del flujo de creación asistida, pero da error",
    checklist: DATOS_GENERALES,
  }),

  // Error en creación de cuenta TBO
  ...escalationSteps({
    key: "tbo.error-creacion-cuenta",
    ref: "Error en creación de cuenta TBO",
    complaint: "Error en creación de cuenta TBO",
    instructions: [
      "Colocar el error del cliente en la descripción.",
      "Solicitar que se le cree el usuario y la cuenta al cliente de forma manual brindando los datos del usuario y de la/s empresa/s.",
    ],
    extraLines: ["Solicitud: crear el usuario y la cuenta al cliente de forma manual."],
    checklist: [
      {
        id: "descripcion-error",
        label: "Error del cliente",
        required: true,
        value: {
          format: "text",
          hint: "Los datos son erroneos o el servicio web ha fallado, por favor intente de nuevo mas tarde",
        },
      },
      { id: "ci-usuario", label: "Cédula de Identidad del usuario", required: true, value: { format: "ciPy" } },
      { id: "nombre-usuario", label: "Nombre Completo del usuario", required: true, value: { format: "text" } },
      { id: "correo-usuario", label: "Correo Electrónico del usuario", required: true, value: { format: "email" } },
      { id: "linea-usuario", label: "Número de línea del usuario", required: true, value: { format: "phonePy" } },
      {
        id: "razon-social",
        label: "Razón Social de la/s empresa/s que desea administrar",
        required: true,
        value: { format: "text" },
      },
      {
        id: "ruc-ci-empresa",
        label: "Número de RUC/ CI de la/s empresa/s que desea administrar",
        required: true,
        value: { format: "text", hint: "RUC (ej. 80012345-6) o CI; una por empresa" },
      },
    ],
  }),

  // Alta, Baja, Modificación de usuario y/o empresa
  ...escalationSteps({
    key: "tbo.abm-usuario",
    ref: "Alta, Baja, Modificación de usuario y/o empresa",
    complaint: "Alta, Baja, Modificación de usuario y/o empresa: un usuario que ya había solicitado la baja aún cuenta con acceso",
    checklist: DATOS_GENERALES,
  }),

  // El cliente inicia sesión pero la pantalla queda en blanco
  ...escalationSteps({
    key: "tbo.pantalla-blanco",
    ref: "El cliente inicia sesión pero la pantalla queda en blanco",
    complaint: "El cliente inicia sesión y la pantalla aparece totalmente en blanco",
    checklist: DATOS_GENERALES,
  }),

  // No me llega ningún correo de notificación
  {
    id: "tbo.correo-notificacion",
    kind: "question",
    title: "PASO 1: carpeta de SPAM",
    ref: "No me llega ningún correo de notificación, PASO 1",
    instructions: ["Verificar que el correo no haya caído en la carpeta de SPAM, CORREO NO DESEADO, OTROS."],
    question: "¿El correo de notificación estaba en SPAM, CORREO NO DESEADO u OTROS?",
    options: [
      { id: "encontrado", label: "Sí, estaba ahí", next: "tbo.correo-notificacion.resuelto" },
      { id: "no-encontrado", label: "No", next: "tbo.correo-notificacion.whitelist" },
    ],
  },
  {
    id: "tbo.correo-notificacion.whitelist",
    kind: "question",
    title: "PASO 2: agregar tigo@id.tigo.com a la whitelist",
    ref: "No me llega ningún correo de notificación, PASO 2",
    instructions: [
      "Solicitar al cliente agregar el correo tigo@id.tigo.com a su whitelist (esto se debe hacer con ayuda del IT del cliente).",
    ],
    question: "Tras agregar tigo@id.tigo.com a la whitelist, ¿le llega el correo de notificación?",
    options: [
      { id: "funciono", label: "Sí, le llega", next: "tbo.correo-notificacion.resuelto" },
      { id: "no-funciono", label: "Los pasos anteriores no funcionaron", next: escalationStepId("tbo.correo-notificacion") },
    ],
  },
  {
    id: "tbo.correo-notificacion.resuelto",
    kind: "end",
    title: "El cliente recibió el correo de notificación",
    ref: "No me llega ningún correo de notificación",
  },
  ...escalationSteps({
    key: "tbo.correo-notificacion",
    ref: "No me llega ningún correo de notificación, PASO 3 y Paso 4",
    complaint: "No me llega ningún correo de notificación de creación de la cuenta (revisado SPAM y whitelist tigo@id.tigo.com)",
    checklist: DATOS_GENERALES,
  }),

  // El pin de Tigo ID ha caducado
  {
    id: "tbo.pin-caducado",
    kind: "action",
    title: "Intentar nuevamente la creación de la cuenta",
    ref: "El pin de Tigo ID ha caducado",
    instructions: [
      "Expiró el código de verificación que le llegó al cliente por mail, ya que no lo utilizó antes de los 10 minutos de haberse generado.",
      "Solicitar al cliente en línea, volver a la ventana principal e intentar nuevamente la creación de su cuenta, de manera a que le llegue un nuevo pin a su correo y pueda colocarlo antes del vencimiento.",
    ],
    next: "tbo.pin-caducado.resultado",
  },
  {
    id: "tbo.pin-caducado.resultado",
    kind: "question",
    title: "¿Funcionó el 2do intento?",
    ref: "El pin de Tigo ID ha caducado",
    question: "¿Le funcionó al cliente el 2do intento?",
    options: [
      { id: "funciono", label: "Sí, creó su cuenta", next: "tbo.pin-caducado.resuelto" },
      { id: "no-funciono", label: "No le funciona en un 2do intento", next: escalationStepId("tbo.pin-caducado") },
    ],
  },
  { id: "tbo.pin-caducado.resuelto", kind: "end", title: "Cuenta creada con el nuevo pin", ref: "El pin de Tigo ID ha caducado" },
  ...escalationSteps({
    key: "tbo.pin-caducado",
    ref: "El pin de Tigo ID ha caducado",
    complaint: "El pin de Tigo ID ha caducado y no le funciona en un 2do intento",
    checklist: DATOS_GENERALES,
  }),

  // Al cliente le llegan dos notificaciones de creación de su cuenta
  ...escalationSteps({
    key: "tbo.doble-notificacion",
    ref: "Al cliente le llegan dos notificaciones de creación de su cuenta",
    complaint: "El cliente creó su cuenta y recibe 2 correos de notificación",
    checklist: DATOS_GENERALES,
  }),
];
