import * as z from "zod/mini";
import { StepId } from "./primitives";
import { ChecklistEntries, EscalationEntry } from "./sharedRefs";
import { Speech, type ActionStep, type ChecklistItem, type EndStep, type Escalation } from "./step";

/**
 * Seed 000's escalation block, written once per complaint: the SysHelp itself (`id`), then "Una vez cerrado
 * el SysHelp" (`followUp`) with its two outcomes, `solved` (contact the customer, an end) and `rejected`
 * (verify the reason, attach what `rejectedBy` asked for, escalate again). Each of the four ids is written out.
 */
export const SysHelpBlock = z.object({
  kind: z.literal("sysHelp"),
  id: StepId,
  followUp: StepId,
  rejected: StepId,
  solved: StepId,
  title: z.string(),
  ref: z.optional(z.string()),
  instructions: z.array(z.string()),
  checklist: ChecklistEntries,
  speech: z.optional(z.array(Speech)),
  escalation: EscalationEntry,
  /** Who rejects and asks for more, as the seed says it: "el Back Office", "cobranzas". */
  rejectedBy: z.string(),
  /** Guidance added to the solved step (the seed's OBS). */
  solvedInstructions: z.optional(z.array(z.string())),
});
export type SysHelpBlock = z.infer<typeof SysHelpBlock>;

/** The block with its shared checklist items and route already looked up. */
export type ResolvedSysHelpBlock = Omit<SysHelpBlock, "checklist" | "escalation"> & { checklist: ChecklistItem[]; escalation: Escalation };

/** The block's four plain steps, in the order the seed reads them. */
export function expandSysHelpBlock(block: ResolvedSysHelpBlock): [ActionStep, ActionStep, ActionStep, EndStep] {
  const ref = block.ref === undefined ? {} : { ref: block.ref };
  return [
    {
      id: block.id,
      kind: "action",
      title: block.title,
      ...ref,
      instructions: block.instructions,
      checklist: block.checklist,
      ...(block.speech ? { speech: block.speech } : {}),
      escalation: block.escalation,
      next: block.followUp,
    },
    {
      id: block.followUp,
      kind: "action",
      title: "Una vez cerrado el SysHelp",
      ...ref,
      instructions: ["Elegir según el cierre del SysHelp: solucionado o rechazado."],
      next: block.solved,
      alternatives: [
        { id: "solucionado", label: "SysHelp solucionado", next: block.solved },
        { id: "rechazado", label: "SysHelp rechazado", next: block.rejected },
      ],
    },
    {
      id: block.rejected,
      kind: "action",
      title: "SysHelp rechazado: verificar el motivo",
      ...ref,
      instructions: [
        `Si el ticket fue rechazado, verificar el motivo y adjuntar/gestionar lo necesario solicitado por ${block.rejectedBy}, de manera a realizar el seguimiento al caso.`,
      ],
      next: block.id,
    },
    {
      id: block.solved,
      kind: "end",
      title: "SysHelp solucionado: contactar al cliente",
      ...ref,
      instructions: [
        "Si el caso fue solucionado contactar al cliente para informarle y/o guiarle para el proceso.",
        ...(block.solvedInstructions ?? []),
      ],
      speech: [{ id: "caso-solucionado", label: "Informar al cliente", text: "Le informamos que su caso fue solucionado. Si necesita ayuda con el proceso, con gusto le guiamos." }],
    },
  ];
}
