import type { Change } from "../engine/diffWrites";
import type { Account } from "./loadAccount";
import { matchMacro } from "./matchMacro";
import { optionForOrderState } from "./orderStateField";
import { ZAF } from "./paths";
import type { ZafClient } from "./zafClient";

/** Why one change could not be put in the editor; the UI says it plainly and the rest still applies. */
export type ApplyFailure = "macroMissing" | "macroAmbiguous" | "fieldMissing" | "optionMissing" | "zafError";

export type ApplyOutcome = { change: Change; ok: true; macroId?: number } | { change: Change; ok: false; failure: ApplyFailure; detail?: string };

/** Macro first, so the step's own status and order state win over what the macro sets. */
const ORDER: Record<Change["kind"], number> = { macro: 0, status: 1, orderState: 2, tagAdd: 3, tagRemove: 4 };

async function applyOne(client: ZafClient, account: Account, change: Change): Promise<ApplyOutcome> {
  switch (change.kind) {
    case "macro": {
      const match = matchMacro(change.to, account.macros);
      if (match.status === "missing") return { change, ok: false, failure: "macroMissing" };
      if (match.status === "ambiguous") return { change, ok: false, failure: "macroAmbiguous", detail: match.macros.map((m) => m.title).join(" | ") };
      await client.invoke(ZAF.invoke.macro, match.macro.id);
      return { change, ok: true, macroId: match.macro.id };
    }
    case "status":
      await client.set({ [ZAF.ticket.status]: change.to });
      return { change, ok: true };
    case "orderState": {
      const field = account.orderStateField;
      if (!field) return { change, ok: false, failure: "fieldMissing" };
      const option = optionForOrderState(field, change.to);
      if (!option) return { change, ok: false, failure: "optionMissing" };
      await client.set({ [ZAF.ticket.customField(field.id)]: option.value });
      return { change, ok: true };
    }
    case "tagAdd":
      await client.invoke(ZAF.invoke.tagsAdd, [change.tag]);
      return { change, ok: true };
    case "tagRemove":
      await client.invoke(ZAF.invoke.tagsRemove, [change.tag]);
      return { change, ok: true };
  }
}

/**
 * Puts changes into the ticket editor the way an agent applying a macro would, for the agent to
 * review and submit. Each change stands alone: one failing does not stop the others.
 */
export async function applyChanges(client: ZafClient, account: Account, changes: readonly Change[]): Promise<ApplyOutcome[]> {
  const outcomes: ApplyOutcome[] = [];
  for (const change of [...changes].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
    try {
      outcomes.push(await applyOne(client, account, change));
    } catch (error) {
      outcomes.push({ change, ok: false, failure: "zafError", detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}
