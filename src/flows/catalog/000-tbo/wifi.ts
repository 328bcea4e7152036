import type { StepInput } from "./types";
import { DATOS_GENERALES, PRINT_ERROR } from "./items";
import { escalationStepId, escalationSteps } from "./escalation";

/** "No funciona wifi 360": only HFC internet can be managed from TBO. */
export const wifiSteps: StepInput[] = [
  {
    id: "tbo.wifi-360",
    kind: "question",
    title: "No funciona wifi 360: ¿qué servicio posee la cuenta?",
    ref: "No funciona wifi 360",
    instructions: [
      "Es cuando el cliente no puede verificar o gestionar su wifi 360.",
      "Recibe el reclamo del cliente, debe realizar las siguientes verificaciones antes de escalar el error.",
      "Verificar si la cuenta reclamada del cliente posee activo un servicio de sólo TV o un servicio de Internet diferente a la tecnología HFC. Ejemplo: FTTH/WTTX/FIBRA ÓPTICA.",
    ],
    question: "¿Qué servicio posee activo la cuenta reclamada del cliente?",
    options: [
      {
        id: "tv-o-no-hfc",
        label: "Sólo TV o Internet diferente a HFC (FTTH/WTTX/FIBRA ÓPTICA)",
        next: "tbo.wifi-360.no-hfc",
      },
      { id: "hfc", label: "Internet HFC en Lucas", next: escalationStepId("tbo.wifi-360") },
    ],
  },
  {
    id: "tbo.wifi-360.no-hfc",
    kind: "end",
    title: "No podrá gestionar su wifi desde TBO",
    ref: "No funciona wifi 360",
    instructions: [
      "Si el cliente posee estos servicios, entonces no podrá gestionar su wifi desde TBO, se aplica speech.",
      "Mencionarle al cliente su servicio y tecnología (ejemplo: TV o Internet por Fibra) y la cuenta.",
    ],
    speech: [
      {
        id: "solo-hfc",
        label: "Sección disponible solo para HFC",
        text: "Estimado cliente, dicha sección en TBO está disponible para nuestros clientes que poseen el servicio de Internet por HFC, usted posee en la cuenta XXX el servicio de _____________ (mencionarle al cliente su servicio y tecnología. Ejemplo: TV o Internet por Fibra), motivo por el cual no podrás gestionar tu servicio de internet a través de TBO, estaremos trabajando para que próximamente lo puedas gestionar también a través de TBO",
      },
    ],
  },
  ...escalationSteps({
    key: "tbo.wifi-360",
    ref: "No funciona wifi 360",
    title: "Issue: escalar a Back Office pymes vía SysHelp",
    complaint: "No funciona wifi 360: el cliente posee el servicio de Internet HFC en lucas y no puede gestionar su wifi desde TBO",
    instructions: [
      "Si el cliente posee el servicio de Internet HFC en lucas entonces se trata de un issue, el cliente debería poder gestionar su servicio de wifi desde TBO.",
      "Explicando el error en la descripción, datos del cliente como correo, n° de línea, completar todos los campos obligatorios, screens del error.",
    ],
    checklist: [...DATOS_GENERALES, { ...PRINT_ERROR, id: "screens-error", label: "Screens del error" }],
  }),
];
