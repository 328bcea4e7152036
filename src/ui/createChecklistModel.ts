import { computed, type ReadonlySignal, signal, type Signal } from "@preact/signals";
import type { Flow, Step } from "../flows/schema";
import { checklistSaveTags, type ComposedEscalation, composeEscalation, composeNote, doneItems, type EvidenceFile, fieldOf, findEvidence, gatherEarlier, isStepTag, missingAhead as findMissingAhead, NOTE_HEADER, prefillOf, renderTemplate, templateValues, validateValue } from "../engine";
import { fieldWrite } from "../zendesk/mapTicketFields";
import { unmarkNote } from "../zendesk/noteMarker";
import type { StartInfo, ZendeskPort } from "../zendesk/port";
import type { RetryWait } from "../zendesk/rest";
import type { NotePlan } from "../zendesk/writeNote";
import type { TicketRead } from "../zendesk/readTicket";
import type { Prefill } from "../engine";
import { type Problem, toProblem } from "./problems";

type Deps = {
  port: ZendeskPort;
  info: ReadonlySignal<StartInfo | undefined>;
  flow: ReadonlySignal<Flow | undefined>;
  step: ReadonlySignal<Step | undefined>;
  ticket: ReadonlySignal<TicketRead | undefined>;
  now: ReadonlySignal<number>;
  problems: Signal<Problem[]>;
  pendingLabel: () => string;
  reload: () => Promise<void>;
};

export type SaveResult = "saved" | "alreadySaved" | "unchanged" | "failed";

const lastRutaNoteOf = (t: TicketRead) => [...t.messages].reverse().find((m) => !m.public && m.body.startsWith(NOTE_HEADER));

/**
 * Values the agent typed (not a prefill left as it was) for items that come from a ticket field the
 * account has, where the ticket holds something else: written back with the note, as the field takes them.
 */
function fieldsToWrite(step: Step, ticket: TicketRead, written: Readonly<Record<string, string>>, own: Readonly<Record<string, string>>): { id: number; value: string }[] {
  return (step.checklist ?? []).flatMap((item) => {
    const key = fieldOf(item.value?.from);
    const field = key && ticket.fields?.[key];
    const value = written[item.id];
    const write = field && value && own[item.id]?.trim() && value !== ticket.fieldValues?.[key] ? fieldWrite(field, value) : undefined;
    return write ? [write] : [];
  });
}

/**
 * A step's checklist: ticks and typed values kept per step while the agent works, the ticks the ticket
 * already records (Ruta's tags), the rendered note and escalation, and saving them as an internal note.
 */
export function createChecklistModel({ port, info, flow, step, ticket, now, problems, pendingLabel, reload }: Deps) {
  const ticks = signal<Record<string, Record<string, boolean>>>({});
  const values = signal<Record<string, Record<string, string>>>({});
  const saving = signal(false);
  /** The last save's result with the step it was for: another step shows none, not a stale "saved". */
  const lastSaveOf = signal<{ stepId: string; result: SaveResult } | undefined>(undefined);
  const lastSave = computed(() => (lastSaveOf.value && lastSaveOf.value.stepId === step.value?.id ? lastSaveOf.value.result : undefined));
  /** The escalation text of the last step saved with one, as it was saved: to paste again once the sidebar moved on. */
  const savedEscalation = signal<{ stepId: string; title: string; escalation: ComposedEscalation } | undefined>(undefined);

  /** Evidence the ticket itself shows (files on internal notes since the step began): done, whatever was ticked. */
  /** Items gathering evidence saved at earlier steps (seed 001's 8.2): whether the ticket's Ruta notes record it. */
  const gathered = computed(() => (flow.value && step.value && ticket.value ? gatherEarlier(flow.value, step.value, ticket.value.messages) : new Map<string, boolean>()));
  const recorded = computed(() => new Set([...gathered.value].filter(([, ok]) => ok).map(([id]) => id)));
  const evidence = computed(() => (step.value && ticket.value ? findEvidence(step.value, ticket.value, recorded.value) : new Map<string, EvidenceFile>()));
  const saved = computed(() => (step.value && ticket.value ? new Set([...doneItems(step.value, ticket.value.tags), ...evidence.value.keys(), ...recorded.value]) : new Set<string>()));
  /** Evidence the steps ahead gather from earlier notes and the ticket lacks: named now, while it can still be attached. */
  const missingAhead = computed(() => (flow.value && step.value && ticket.value ? findMissingAhead(flow.value, step.value, ticket.value.messages) : []));
  /** Every value typed so far, by item id, the current step's included: what the step a choice leads to can prefill. */
  const valuesSoFar = computed(() => Object.assign({}, ...Object.values(values.value)) as Record<string, string>);
  /** Values typed at other steps, by item id: offered again where the same item comes back. */
  const earlier = computed(() => {
    const current = step.value?.id;
    return Object.assign({}, ...Object.entries(values.value).flatMap(([id, v]) => (id === current ? [] : [v]))) as Record<string, string>;
  });
  /** What the ticket (or an earlier step) already knows for this step's typed items. */
  const prefill = computed(() => (step.value && ticket.value ? prefillOf(step.value, ticket.value, earlier.value) : new Map<string, Prefill>()));
  const own = computed(() => (step.value ? (values.value[step.value.id] ?? {}) : {}));
  /** The values as the inputs show them: the agent's own, else the prefill (an input the agent cleared stays empty). */
  const typed = computed<Record<string, string>>(() => ({ ...Object.fromEntries([...prefill.value].map(([id, p]) => [id, p.value])), ...own.value }));
  /** Items showing a prefilled value the agent has not changed, with where it came from. */
  const prefilled = computed(() => new Map([...prefill.value].filter(([id]) => own.value[id] === undefined)));
  /** Typed values checked against their formats: the form to write, and whether it fits. */
  const checked = computed(() => {
    const entries = (step.value?.checklist ?? []).flatMap((i) => (i.value && typed.value[i.id]?.trim() ? [[i.id, validateValue(i.value.format, typed.value[i.id]!)] as const] : []));
    return new Map(entries);
  });
  /** Items whose typed value does not fit its format: a warning, never a block (no seed names a strict format). */
  const doubtful = computed(() => new Set([...checked.value].filter(([, c]) => !c.fits).map(([id]) => id)));
  const written = computed(() => Object.fromEntries([...checked.value].map(([id, c]) => [id, c.value])));
  /** Items done: the agent's own ticks and typed values, else what `savedItems` (the ticket's tags) record. */
  function doneOn(s: Step, savedItems: ReadonlySet<string>): Set<string> {
    const own = ticks.value[s.id] ?? {};
    const isDone = (id: string, typedValue: string | undefined, hasValue: boolean) =>
      hasValue ? Boolean(typedValue?.trim()) || savedItems.has(id) : (own[id] ?? savedItems.has(id));
    return new Set((s.checklist ?? []).filter((i) => isDone(i.id, typed.value[i.id], Boolean(i.value))).map((i) => i.id));
  }
  const done = computed(() => (step.value ? doneOn(step.value, saved.value) : new Set<string>()));
  /** Templates show the time to the minute: the note and the texts are composed again once a minute, not at every tick. */
  const minute = computed(() => Math.floor(now.value / 60_000) * 60_000);
  const templateContext = computed(() => {
    const t = ticket.value, agent = info.value?.agent;
    return t && agent ? templateValues(t, agent, minute.value, written.value) : {};
  });
  const note = computed(() => (flow.value && step.value ? composeNote(flow.value, step.value, templateContext.value, done.value, { pending: pendingLabel() }) : undefined));
  /** The step's own text filled in (seed 002's observation for IC), to copy into the other system before or after saving. */
  const observation = computed(() => (step.value?.note ? renderTemplate(step.value.note, templateContext.value) : undefined));
  const escalation = computed(() => (step.value ? composeEscalation(step.value, templateContext.value, done.value, doubtful.value) : undefined));
  const missingRequired = computed(() => (step.value?.checklist ?? []).filter((i) => i.required && !done.value.has(i.id)));
  /** A checklist with nothing ticked, typed or recorded: its note would list only pending items, so there is nothing to save. */
  const empty = computed(() => (step.value?.checklist?.length ?? 0) > 0 && done.value.size === 0);
  /** Whether the checklist's note is not yet the ticket's last Ruta note: Apply and a choice save it with them. */
  const toSave = computed(() => {
    const text = note.value?.text.trim();
    const last = ticket.value && lastRutaNoteOf(ticket.value);
    return !empty.value && (step.value?.checklist?.length ?? 0) > 0 && Boolean(text) && (!last || unmarkNote(last.body) !== text);
  });

  function update<T>(store: Signal<Record<string, Record<string, T>>>, itemId: string, value: T) {
    const s = step.value;
    if (s) store.value = { ...store.value, [s.id]: { ...(store.value[s.id] ?? {}), [itemId]: value } };
  }

  return {
    done, typed, prefilled, doubtful, saved, evidence, gathered, missingAhead, valuesSoFar, savedEscalation, note, observation, escalation, missingRequired, empty, toSave, saving, lastSave,
    tick: (itemId: string, checked: boolean) => update(ticks, itemId, checked),
    type: (itemId: string, value: string) => update(values, itemId, value),
    /**
     * Writes the note with the checklist and progress tags in one write; idempotent, and a failure keeps
     * everything typed. The port plans again from the fresh tags after a conflict, so the plan is a function of them.
     * `withApply`: saved with the step's Apply (see checklistSaveTags).
     */
    async save({ withApply = false } = {}): Promise<SaveResult> {
      const s = step.value, t = ticket.value, f = flow.value;
      if (!s || !t || !f || !note.value?.text || saving.value) return "failed";
      if (empty.value) return "unchanged";
      const context = templateContext.value, pending = pendingLabel();
      const fieldWrites = fieldsToWrite(s, t, written.value, own.value);
      const stepTagsAsRead = t.tags.filter(isStepTag).join(" ");
      const lastRutaNote = lastRutaNoteOf(t);
      const plan = (tags: readonly string[]): NotePlan | undefined => {
        const doneNow = doneOn(s, new Set([...doneItems(s, tags), ...evidence.value.keys(), ...recorded.value]));
        const text = composeNote(f, s, context, doneNow, { pending }).text;
        const moved = tags.filter(isStepTag).join(" ") !== stepTagsAsRead;
        const { add, remove } = checklistSaveTags(f, s, doneNow, tags, { moved, withApply });
        if (lastRutaNote && unmarkNote(lastRutaNote.body) === text.trim() && add.length + remove.length === 0) return undefined;
        return { body: text, tags: [...tags.filter((tag) => !remove.includes(tag)), ...add], fields: fieldWrites };
      };
      let notice: Problem | undefined;
      const onWait = (wait: RetryWait | undefined) => {
        const others = problems.value.filter((p) => p !== notice);
        // Only a rate limit is worth a notice: other back-offs are a few seconds, and their failure is said if it stays.
        notice = wait?.error.kind === "rateLimited" ? { kind: "api", error: { ...wait.error, retryIn: Math.ceil(wait.ms / 1000) } } : undefined;
        problems.value = notice ? [...others, notice] : others;
      };
      const finish = (result: SaveResult) => ((lastSaveOf.value = { stepId: s.id, result }), result);
      lastSaveOf.value = undefined;
      saving.value = true;
      try {
        const result = await port.writeNote({ ticketId: t.id, stepId: s.id, tags: t.tags, updatedStamp: t.updatedAt, plan, onWait });
        if (result.status === "unchanged") return finish("unchanged");
        await port.mirrorTags(result.tags);
        finish(result.status === "written" ? "saved" : "alreadySaved");
        if (escalation.value) savedEscalation.value = { stepId: s.id, title: s.title, escalation: escalation.value };
        await reload();
        return result.status === "written" ? "saved" : "alreadySaved";
      } catch (error) {
        // Re-read first: a successful re-read clears load problems, and this one must stay visible.
        await reload();
        problems.value = [...problems.value, toProblem(error)];
        return finish("failed");
      } finally {
        onWait(undefined);
        saving.value = false;
      }
    },
  };
}
export type ChecklistModel = ReturnType<typeof createChecklistModel>;
