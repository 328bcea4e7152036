import { batch, computed, effect, signal } from "@preact/signals";
import type { FlowEntry } from "../flows/catalog";
import type { Flow } from "../flows/schema";
import { actOnArrival, type Arrival, type Choice, flowTag, type FoldedStep, foldSteps, isFlowTag, nextStep, pendingChanges, restorePosition, selectFlow, skipStep, type Position } from "../engine";
import { applyMacroMatches } from "../settings/applyMacroMatches";
import { brandScope } from "../settings/brandScope";
import { emptySettings, readSettings, setupForBrand, type Settings } from "../settings/readSettings";
import type { ApplyOutcome } from "../zendesk/applyChanges";
import type { Account } from "../zendesk/loadAccount";
import type { TicketRead } from "../zendesk/readTicket";
import type { StartInfo, ZendeskPort } from "../zendesk/port";
import { createChecklistModel } from "./createChecklistModel";
import { type Problem, toProblem } from "./problems";

/** Re-reads caused by a burst of ZAF events (a macro sets several fields) are merged into one. */
export const RELOAD_DEBOUNCE_MS = 150;

/** A layered flow carries its steps already; an index entry needs its body loaded. */
const isFlow = (entry: FlowEntry | Flow): entry is Flow => "steps" in entry;

/** The flows the sidebar chooses from (entries, no steps) and how it gets a chosen flow's steps (the app: its own chunk). */
export type FlowCatalog = { index: readonly FlowEntry[]; load: (id: string) => Promise<Flow> };

/** A catalog over flows already in memory (Node: tests, the bench), served as the app's chunks are. */
export function inMemoryCatalog(flows: readonly Flow[]): FlowCatalog {
  return {
    index: flows,
    load: async (id) => flows.find((f) => f.id === id) ?? Promise.reject(new Error(`Unknown flow "${id}".`)),
  };
}

/**
 * The sidebar's state: the ticket's truth from Zendesk, the flow and step computed by the engine,
 * and the agent's actions (choose a branch, step back, apply, save the checklist) through the port.
 */
export function createSidebarModel(port: ZendeskPort, catalog: FlowCatalog, clock: { now: () => number }, pendingLabel: () => string) {
  const info = signal<StartInfo | undefined>(undefined);
  const settings = signal<Settings>(emptySettings());
  const account = signal<Account | undefined>(undefined);
  const ticket = signal<TicketRead | undefined>(undefined);
  const problems = signal<Problem[]>([]);
  const now = signal(clock.now());
  const manualFlowId = signal<string | undefined>(undefined);
  const picking = signal(false);
  const path = signal<{ key: string; flowId?: string; steps: string[] }>({ key: "", steps: [] });
  /**
   * Macros put in the editor by each step's Apply. They stay there until the submit, whatever the API
   * writes meanwhile (the step's own note), and the submit records the step, so none is owed after it.
   * Keyed by step: 2.1, 4.1 and 7.5 apply the same "gestión" macro, each its own time.
   */
  const appliedMacros = signal<Readonly<Record<string, string[]>>>({});
  const applying = signal(false);
  /** The last Apply's outcomes with the step they were for: another step shows none. */
  const lastApplyOf = signal<{ stepId: string; outcomes: ApplyOutcome[] } | undefined>(undefined);

  /**
   * The bodies of the flows the settings give the ticket's brand, once they name it: its entry is layered
   * over them. Without an entry for the brand only the chosen flow's body is loaded.
   */
  const layeredCatalog = signal<readonly Flow[] | undefined>(undefined);
  const setupFor = (t: TicketRead, s: Settings, all: readonly Flow[]) => {
    const setup = setupForBrand(s, t.brand, all);
    const macros = account.value?.macros ?? [];
    return setup.flows.map((f) => applyMacroMatches(f, setup.macros, macros));
  };
  const entriesFor = (t: TicketRead, s: Settings, all: readonly Flow[] | undefined): (FlowEntry | Flow)[] => (all ? setupFor(t, s, all) : [...catalog.index]);
  const chooseFor = (t: TicketRead, s: Settings, all: readonly Flow[] | undefined, manualId: string | undefined) => {
    const entries = entriesFor(t, s, all);
    const manual = entries.find((f) => f.id === manualId);
    return manual ? { status: "chosen" as const, flow: manual, by: "manual" as const } : selectFlow(entries, t);
  };
  const brand = computed(() => ticket.value?.brand);
  const brandKey = computed(() => (brand.value ? `${brand.value.id}:${brand.value.subdomain ?? ""}` : ""));
  /** The brand's flows, recomputed only when the brand (not every read of the ticket) changes. */
  const brandFlows = computed(() => (brandKey.value && ticket.peek() ? entriesFor(ticket.peek()!, settings.value, layeredCatalog.value) : []));
  const choice = computed(() => {
    const t = ticket.value;
    const manual = brandFlows.value.find((f) => f.id === manualFlowId.value);
    if (manual) return { status: "chosen" as const, flow: manual, by: "manual" as const };
    return t ? selectFlow(brandFlows.value, t) : undefined;
  });
  /** Steps of the flows loaded so far: only a chosen flow's body is fetched. */
  const bodies = signal<Readonly<Record<string, Flow>>>({});
  const loadingBodies = new Map<string, Promise<void>>();
  function loadBody(id: string): Promise<void> {
    if (layeredCatalog.peek()) return Promise.resolve();
    let loading = loadingBodies.get(id);
    if (!loading) {
      loading = catalog.load(id).then(
        (f) => void (bodies.value = { ...bodies.value, [id]: f }),
        (error: unknown) => {
          loadingBodies.delete(id);
          problems.value = [...problems.value, toProblem(error)];
        },
      );
      loadingBodies.set(id, loading);
    }
    return loading;
  }
  const flow = computed(() => {
    const chosen = choice.value?.status === "chosen" ? choice.value.flow : undefined;
    return chosen && isFlow(chosen) ? chosen : chosen ? bodies.value[chosen.id] : undefined;
  });
  const restored = computed<Position | undefined>(() => (flow.value && ticket.value ? restorePosition(flow.value, ticket.value, now.peek()) : undefined));
  /**
   * Where the ticket stands, as the agent's own moves are kept against it: they last while the ticket
   * stands at the same step, or at a step on the agent's own way (a read that was under way while the
   * agent answered, or a save of the step the agent just left). A re-read that only refines the way there
   * (audits that arrived later) does not throw away the answer just given; a ticket moved elsewhere does.
   */
  const restoredKey = computed(() => (restored.value ? `${flow.value?.id}:${restored.value.status}:${restored.value.stepId}` : ""));
  const steps = computed(() => {
    const r = restored.value;
    if (!r) return [];
    const own = path.value;
    const kept = own.key === restoredKey.value || (own.flowId === flow.value?.id && own.steps.includes(r.stepId));
    return kept ? own.steps : [...r.trail.filter((id) => id !== r.stepId), r.stepId];
  });
  /**
   * Where the last choice landed, with the reading steps folded on the way: the ticket's next read puts
   * the sidebar on that step directly (an Apply done with the choice), and they stay shown there.
   */
  const arrived = signal<FoldedStep | undefined>(undefined);
  /** The step the agent works on: reading steps on the way are folded into the step they lead to. */
  const position = computed(() => {
    if (!flow.value || !steps.value.length) return undefined;
    const here = foldSteps(flow.value, steps.value.at(-1)!);
    return here.folded.length === 0 && arrived.value?.step.id === here.step.id ? arrived.value : here;
  });
  const step = computed(() => position.value?.step);
  const folded = computed(() => position.value?.folded ?? []);
  const lastApply = computed(() => (lastApplyOf.value && lastApplyOf.value.stepId === step.value?.id ? lastApplyOf.value.outcomes : undefined));
  /** True while the agent looks at the step the ticket itself stands at (not one reached by clicking on). */
  const atRestored = computed(() => steps.value.at(-1) === restored.value?.stepId);
  const changes = computed(() => {
    const f = flow.value, s = step.value, t = ticket.value;
    return f && s && t ? pendingChanges(f, s, t, appliedMacros.value[s.id] ?? []) : [];
  });
  /** A closed ticket cannot be updated (Zendesk refuses it): the sidebar shows where it ended and writes nothing. */
  const readOnly = computed(() => ticket.value?.status === "closed");
  const skipping = signal(false);
  const checklist = createChecklistModel({ port, info, flow, step, ticket, now, problems, pendingLabel, reload: () => reload() });

  let loading: Promise<void> | undefined;
  let started = 0;
  let shown = 0;
  function show(t: TicketRead): void {
    batch(() => {
      ticket.value = t;
      now.value = clock.now();
      problems.value = problems.value.filter((p) => p.kind === "settings");
    });
  }
  /** Reads the ticket; a read started before the one on screen never replaces it. */
  function read(previous?: TicketRead): Promise<void> {
    const seq = ++started;
    return port.readTicket(previous).then(
      (t) => {
        if (seq < shown) return;
        shown = seq;
        show(t);
      },
      (error: unknown) => void (problems.value = [...problems.value.filter((p) => p.kind === "settings"), toProblem(error)]),
    );
  }

  /**
   * Re-reads the ticket. "editor": after a change in the editor, reusing the conversation and audits
   * while nothing was saved (bursts of events share one read); "all": after Ruta wrote through the API.
   */
  async function reload(scope: "editor" | "all" = "all"): Promise<void> {
    if (!info.value) return;
    if (scope === "editor") {
      loading ??= read(ticket.value).finally(() => (loading = undefined));
      return loading;
    }
    return read();
  }

  let macros: Promise<Account["macros"]> | undefined;
  /**
   * The account for an Apply: the macros load once per sidebar (from the browser's cache when fresh),
   * at the first Apply that names one or when the sidebar is idle; `refresh` revalidates them (a macro
   * was missing: an admin may have just created it). The order-state field comes with each ticket read.
   */
  async function loadAccount(withMacros: boolean, refresh = false): Promise<Account> {
    if (withMacros && (refresh || !macros)) {
      macros = port.loadMacros(refresh).catch((error: unknown) => {
        macros = undefined;
        throw error;
      });
    }
    const field = ticket.value?.orderStateField;
    const a: Account = { macros: withMacros && macros ? await macros : (account.value?.macros ?? []), ...(field ? { orderStateField: field } : {}) };
    if (withMacros) account.value = a;
    return a;
  }

  /**
   * The settings as the ticket's brand gets them: only its flows' bodies are loaded, and the layering
   * chunk (the flow schema) only when its entry has procedures or overrides.
   */
  async function settingsFor(raw: Record<string, unknown>, t: TicketRead) {
    const catalogIds = catalog.index.map((entry) => entry.id);
    const scope = brandScope(raw, t.brand, catalogIds);
    const [flows, kit] = await Promise.all([
      scope ? Promise.all(scope.flowIds.map((id) => catalog.load(id))) : undefined,
      scope?.needsKit ? import("../settings/layerKit").then((m) => m.LAYER_KIT) : undefined,
    ]);
    return { flows, ...readSettings(raw, flows ?? [], kit, { key: scope?.key, catalogIds }) };
  }

  async function start(): Promise<void> {
    try {
      const started = await port.start();
      const parsed = await settingsFor(started.settings, started.ticket);
      // The chosen flow's steps arrive before the ticket is shown, so the sidebar never flashes the picker.
      const chosen = chooseFor(started.ticket, parsed.settings, parsed.flows, undefined);
      if (chosen.status === "chosen" && !isFlow(chosen.flow)) await loadBody(chosen.flow.id);
      let scopedBrand = "";
      const useSettings = (p: Awaited<ReturnType<typeof settingsFor>>) => {
        layeredCatalog.value = p.flows;
        settings.value = p.settings;
        problems.value = [...problems.value.filter((x) => x.kind !== "settings"), ...p.issues.map((issue) => ({ kind: "settings" as const, issue }))];
      };
      batch(() => {
        info.value = started;
        useSettings(parsed);
        show(started.ticket);
        scopedBrand = brandKey.value;
      });
      // The agent may move the ticket to another brand in the editor: its settings and flows are read then.
      effect(() => {
        const key = brandKey.value;
        if (!key || key === scopedBrand) return;
        scopedBrand = key;
        void settingsFor(started.settings, ticket.peek()!).then((p) => {
          if (brandKey.peek() === key) batch(() => useSettings(p));
        }, (error: unknown) => void (problems.value = [...problems.value, toProblem(error)]));
      });
      // A later read may choose another flow (its tag was added): its steps load then.
      effect(() => {
        const c = choice.value;
        if (c?.status === "chosen" && !bodies.peek()[c.flow.id]) void loadBody(c.flow.id);
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      port.onTicketChange(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload("editor"), RELOAD_DEBOUNCE_MS);
      }, started.ticket.orderStateField?.id);
    } catch (error) {
      problems.value = [...problems.value, toProblem(error)];
    }
  }

  /** Puts the step's writes in the editor (its checklist note saved with them); what landed is kept per step. */
  async function apply(): Promise<void> {
    const s = step.value;
    if (!s || applying.value || readOnly.value || changes.value.length === 0) return;
    applying.value = true;
    try {
      const wanted = changes.value;
      const withNote = checklist.toSave.value;
      const withMacros = wanted.some((c) => c.kind === "macro");
      let outcomes = await port.applyChanges(await loadAccount(withMacros), wanted);
      const missing = outcomes.filter((o) => !o.ok && o.failure === "macroMissing").map((o) => o.change);
      if (missing.length) {
        const retried = await port.applyChanges(await loadAccount(true, true), missing);
        outcomes = outcomes.map((o) => retried.find((r) => r.change === o.change) ?? o);
      }
      batch(() => {
        lastApplyOf.value = { stepId: s.id, outcomes };
        const landed = outcomes.flatMap((o) => (o.ok && o.change.kind === "macro" ? [o.change.to] : []));
        appliedMacros.value = { ...appliedMacros.value, [s.id]: [...(appliedMacros.value[s.id] ?? []), ...landed] };
      });
      // The step's checklist note goes with its Apply (one click); it is saved through the API, the Apply awaits the submit.
      if (withNote && outcomes.some((o) => o.ok)) await checklist.save({ withApply: true });
      await reload("editor");
    } catch (error) {
      problems.value = [...problems.value, toProblem(error)];
    } finally {
      applying.value = false;
    }
  }

  /** What a choice also does on the step it leads to, when that step asks nothing more (see actOnArrival). */
  function arrivalOf(c: Choice): Arrival | undefined {
    const f = flow.value, s = step.value, t = ticket.value;
    return f && s && t && !readOnly.value ? actOnArrival(f, s, c, t, checklist.valuesSoFar.value) : undefined;
  }

  function go(to: string | undefined) {
    if (!to) return;
    batch(() => {
      path.value = { key: restoredKey.value, flowId: flow.value?.id, steps: [...steps.value, to] };
      arrived.value = flow.value && foldSteps(flow.value, to);
    });
  }

  return {
    info, settings, ticket, account, problems, now, flow, choice, brandFlows, picking, restored, steps, step, folded, atRestored, changes, applying, lastApply, checklist, readOnly, skipping,
    start,
    reload,
    /** Loads the macros ahead of the first Apply; the composition root calls it once the sidebar is idle. */
    prefetch: () => void loadAccount(true).catch(() => undefined),
    /** Moves the clock on for a visible countdown only, so an idle sidebar does not re-render. */
    tick: () => {
      if (step.value?.timer) now.value = clock.now();
    },
    arrivalOf,
    /**
     * Takes a branch; a checklist with something unsaved on this step is saved first, and a failed save
     * keeps the step. When the step it leads to asks nothing more, its Apply or note save follows (the
     * button said so).
     */
    async choose(c: Choice) {
      const s = step.value;
      if (!s) return;
      const arrival = arrivalOf(c);
      if (!readOnly.value && checklist.toSave.value && (await checklist.save()) === "failed") return;
      if (step.value?.id === s.id) go(nextStep(s, c));
      if (arrival && step.value?.id === arrival.step.id && checklist.missingRequired.value.length === 0) {
        if (arrival.kind === "apply") await apply();
        else await checklist.save();
      }
    },
    back() {
      if (steps.value.length > 1) path.value = { key: restoredKey.value, flowId: flow.value?.id, steps: steps.value.slice(0, -1) };
    },
    /** Keeps the agent's choice on the ticket: the flow tag goes into the editor, other flow tags out. */
    async pickFlow(flowId: string) {
      await loadBody(flowId);
      batch(() => {
        manualFlowId.value = flowId;
        picking.value = false;
        path.value = { key: "", steps: [] };
      });
      const t = ticket.value;
      if (!t) return;
      const a = await loadAccount(false);
      const stale = t.tags.filter((tag) => isFlowTag(tag) && tag !== flowTag(flowId));
      await port.applyChanges(a, [{ kind: "tagAdd", tag: flowTag(flowId) }, ...stale.map((tag) => ({ kind: "tagRemove" as const, tag }))]);
      await reload("editor");
    },
    /**
     * Passes the current step on without its writes, deliberately: an internal note records `reason`
     * and the ticket then stands at the next step. Nothing is said to have been applied.
     */
    async skip(reason: string) {
      const f = flow.value, s = step.value, t = ticket.value;
      if (!f || !s || !t || readOnly.value || skipping.value || !skipStep(f, s, reason, t.tags)) return;
      const plan = (tags: readonly string[]) => {
        const write = skipStep(f, s, reason, tags);
        return write && { body: write.body, tags: [...tags.filter((tag) => !write.tags.remove.includes(tag)), ...write.tags.add] };
      };
      skipping.value = true;
      try {
        const result = await port.writeNote({ ticketId: t.id, stepId: s.id, tags: t.tags, updatedStamp: t.updatedAt, plan });
        if (result.status !== "unchanged") await port.mirrorTags(result.tags);
        await reload();
      } catch (error) {
        await reload();
        problems.value = [...problems.value, toProblem(error)];
      } finally {
        skipping.value = false;
      }
    },
    apply,
  };
}
export type SidebarModel = ReturnType<typeof createSidebarModel>;
