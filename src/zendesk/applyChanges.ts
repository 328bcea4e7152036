import type { Change } from "../engine/diffWrites";
import { type EditorView, macroLanded } from "../engine/macroLanded";
import { isStepTag } from "../engine/progressTags";
import type { Account } from "./loadAccount";
import { macroExpectation } from "./macroExpectation";
import { matchMacro } from "./matchMacro";
import { optionForOrderState } from "./orderStateField";
import { ZAF } from "./paths";
import type { ZafClient } from "./zafClient";

/** Why one change could not be put in the editor; the UI says it plainly and the rest still applies. */
export type ApplyFailure = "macroMissing" | "macroAmbiguous" | "macroNotLanded" | "stepHeld" | "fieldMissing" | "optionMissing" | "zafError";

export type ApplyOutcome = { change: Change; ok: true; macroId?: number } | { change: Change; ok: false; failure: ApplyFailure; detail?: string };

/** Macro first, so the step's own status and order state win over what the macro sets. */
const ORDER: Record<Change["kind"], number> = { macro: 0, status: 1, orderState: 2, tagAdd: 3, tagRemove: 4 };

/** Reads what the editor holds now: the comment, status, tags and the custom fields named. */
async function readEditor(client: ZafClient, fieldIds: readonly string[]): Promise<EditorView> {
  const paths = [ZAF.comment.text, ZAF.ticket.status, ZAF.ticket.tags, ...fieldIds.map((id) => ZAF.ticket.customField(Number(id)))];
  const got = await client.get(paths);
  const tags = got[ZAF.ticket.tags];
  return {
    comment: String(got[ZAF.comment.text] ?? ""),
    status: String(got[ZAF.ticket.status] ?? ""),
    tags: Array.isArray(tags) ? tags.map(String) : [],
    fields: Object.fromEntries(fieldIds.map((id) => [id, got[ZAF.ticket.customField(Number(id))]])),
  };
}

async function applyOne(client: ZafClient, account: Account, change: Change): Promise<ApplyOutcome> {
  switch (change.kind) {
    case "macro": {
      const match = matchMacro(change.to, account.macros);
      if (match.status === "missing") return { change, ok: false, failure: "macroMissing" };
      if (match.status === "ambiguous") return { change, ok: false, failure: "macroAmbiguous", detail: match.macros.map((m) => m.title).join(" | ") };
      const expected = macroExpectation(match.macro);
      const fieldIds = Object.keys(expected?.fields ?? {});
      if (account.orderStateField && !fieldIds.includes(String(account.orderStateField.id))) fieldIds.push(String(account.orderStateField.id));
      const before = await readEditor(client, fieldIds);
      await client.invoke(ZAF.invoke.macro, match.macro.id);
      const landing = macroLanded(before, await readEditor(client, fieldIds), expected);
      if (landing !== "landed") return { change, ok: false, failure: "macroNotLanded", detail: landing };
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

/** A macro that did not reach the editor (read back, or its call failed): the step must not be recorded as done. */
const macroDidNotLand = (outcome: ApplyOutcome) => !outcome.ok && outcome.failure === "macroNotLanded";

/**
 * Puts changes into the ticket editor the way an agent applying a macro would, for the agent to
 * review and submit. Each change stands alone: one failing does not stop the others, except that a
 * macro that did not reach the editor holds back the step's progress tag, so its submit does not
 * record the step as done.
 */
export async function applyChanges(client: ZafClient, account: Account, changes: readonly Change[]): Promise<ApplyOutcome[]> {
  const outcomes: ApplyOutcome[] = [];
  for (const change of [...changes].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
    if (change.kind === "tagAdd" && isStepTag(change.tag) && outcomes.some(macroDidNotLand)) {
      outcomes.push({ change, ok: false, failure: "stepHeld" });
      continue;
    }
    try {
      outcomes.push(await applyOne(client, account, change));
    } catch (error) {
      // A macro call that failed or timed out may or may not be in the editor: either way it was not applied as asked.
      const failure = change.kind === "macro" ? "macroNotLanded" : "zafError";
      const message = (error as { message?: unknown } | null)?.message;
      outcomes.push({ change, ok: false, failure, detail: typeof message === "string" ? message : String(error) });
    }
  }
  return outcomes;
}
