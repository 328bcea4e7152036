import type { ItemInput, RouteInput, SpeechInput, StepInput } from "./types";
import { RUTA_BO_PYMES } from "./items";

/** What one escalation of the seed needs; `key` is the step-id prefix of the complaint or sub-scenario. */
export interface EscalationSpec {
  key: string;
  ref: string;
  /** The complaint as the seed names it, first line of the SysHelp description. */
  complaint: string;
  title?: string;
  route?: RouteInput;
  checklist: ItemInput[];
  instructions?: string[];
  speech?: SpeechInput[];
  /** Required items with a value or evidence become `escalation.requires`; plain checks stay in the checklist. */
  /** Extra lines of the SysHelp description (a request the seed asks to make). */
  extraLines?: string[];
  /** Who rejects and asks for more: "el Back Office" (default) or "cobranzas". */
  rejectedBy?: string;
  /** Extra guidance once the SysHelp is solved (seed's OBS). */
  solvedInstructions?: string[];
}

export const escalationStepId = (key: string) => `${key}.syshelp`;
export const followUpStepId = (key: string) => `${key}.seguimiento`;
export const rejectedStepId = (key: string) => `${key}.rechazado`;
export const solvedStepId = (key: string) => `${key}.solucionado`;

/** The SysHelp description: the complaint, each mandatory datum as a placeholder, each capture as "adjunto". */
function composeTemplate(spec: EscalationSpec): string {
  const lines = [`Reclamo TBO: ${spec.complaint} (ticket #{{ticket.id}})`, ...(spec.extraLines ?? [])];
  for (const item of spec.checklist) {
    if (item.value) lines.push(`${item.label}: {{${item.id}}}`);
    else if (item.evidence) lines.push(`${item.label}: adjunto`);
  }
  lines.push("Asesor: {{agent.name}}");
  return lines.join("\n");
}

/**
 * The seed's escalation block: the SysHelp itself, then "Una vez cerrado el SysHelp" with the two outcomes —
 * solved → contact the customer (end); rejected → verify the reason, attach what was asked, escalate again.
 */
export function escalationSteps(spec: EscalationSpec): StepInput[] {
  const route = spec.route ?? RUTA_BO_PYMES;
  const rejectedBy = spec.rejectedBy ?? "el Back Office";
  return [
    {
      id: escalationStepId(spec.key),
      kind: "action",
      title: spec.title ?? "Derivar el reclamo vía SysHelp a Back Office pymes",
      ref: spec.ref,
      instructions: spec.instructions ?? [
        "Explicando el error en la descripción, datos del cliente como correo, n° de línea, completar todos los campos obligatorios.",
      ],
      checklist: spec.checklist,
      ...(spec.speech ? { speech: spec.speech } : {}),
      escalation: {
        system: "SysHelp",
        route,
        requires: spec.checklist.filter((item) => item.required && (item.value || item.evidence)).map((item) => item.id),
        template: composeTemplate(spec),
      },
      next: followUpStepId(spec.key),
    },
    {
      id: followUpStepId(spec.key),
      kind: "action",
      title: "Una vez cerrado el SysHelp",
      ref: spec.ref,
      instructions: ["Elegir según el cierre del SysHelp: solucionado o rechazado."],
      next: solvedStepId(spec.key),
      alternatives: [
        { id: "solucionado", label: "SysHelp solucionado", next: solvedStepId(spec.key) },
        { id: "rechazado", label: "SysHelp rechazado", next: rejectedStepId(spec.key) },
      ],
    },
    {
      id: rejectedStepId(spec.key),
      kind: "action",
      title: "SysHelp rechazado: verificar el motivo",
      ref: spec.ref,
      instructions: [
        `Si el ticket fue rechazado, verificar el motivo y adjuntar/gestionar lo necesario solicitado por ${rejectedBy}, de manera a realizar el seguimiento al caso.`,
      ],
      next: escalationStepId(spec.key),
    },
    {
      id: solvedStepId(spec.key),
      kind: "end",
      title: "SysHelp solucionado: contactar al cliente",
      ref: spec.ref,
      instructions: [
        "Si el caso fue solucionado contactar al cliente para informarle y/o guiarle para el proceso.",
        ...(spec.solvedInstructions ?? []),
      ],
    },
  ];
}
