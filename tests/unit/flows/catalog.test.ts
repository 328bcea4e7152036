/// <reference types="vite/client" />
import { isCanonicalPath, parseFlowFile, placeholdersOf, type Flow, TICKET_PLACEHOLDERS, TICKET_STATUSES, type Step } from "../../../src/flows/schema";
import { successorsOf } from "../../../src/engine/findStep";
import { stepTag } from "../../../src/engine/progressTags";
import { CATALOG, CATALOG_FILES } from "../../../src/flows/catalog/catalog";
import stepIdsFixture from "./fixtures/step-ids.json";

/** Every procedure file on disk, so one broken file reports its own issues instead of breaking the whole catalog. */
const FILES = import.meta.glob<unknown>("../../../src/flows/catalog/*.json", { eager: true, import: "default" });

type Entry = { file: string; input: unknown };
const ENTRIES: Entry[] = Object.entries(FILES).map(([path, input]) => ({ file: path.split("/").at(-1) ?? path, input }));
const OLD_STEP_IDS: Record<string, string[]> = stepIdsFixture;

/** Caps the simple paths enumerated per flow, so a richly branched flow can't make the walk explode. */
const MAX_PATHS_PER_FLOW = 50_000;

type Walk = { paths: number; ended: number; loops: number; deadEnds: string[]; truncated: boolean; visited: Set<string> };

/**
 * Every simple path from the start: a path ends at an end step (that has no timer to go on with) or closes
 * a loop on a step already on it. A non-end step with nowhere to go is a dead end.
 */
function walkAllPaths(flow: Flow): Walk {
  const byId = new Map(flow.steps.map((s) => [s.id, s]));
  const walk: Walk = { paths: 0, ended: 0, loops: 0, deadEnds: [], truncated: false, visited: new Set() };
  const onPath = new Set<string>();
  const visit = (id: string): void => {
    if (walk.paths >= MAX_PATHS_PER_FLOW) return void (walk.truncated = true);
    const step = byId.get(id);
    if (!step) return void walk.deadEnds.push(`${id} (unknown)`);
    walk.visited.add(id);
    const next = successorsOf(step);
    if (step.kind === "end" && next.length === 0) return void (walk.paths++, walk.ended++);
    if (next.length === 0) return void (walk.paths++, walk.deadEnds.push(id));
    onPath.add(id);
    for (const n of new Set(next)) {
      if (onPath.has(n)) (walk.paths++, walk.loops++);
      else visit(n);
    }
    onPath.delete(id);
  };
  visit(flow.start);
  return walk;
}

/** Steps from which some end can be reached, walking the edges backwards from the ends. */
function stepsThatCanEnd(flow: Flow): Set<string> {
  const preds = new Map<string, string[]>();
  for (const s of flow.steps) for (const n of successorsOf(s)) preds.set(n, [...(preds.get(n) ?? []), s.id]);
  const seen = new Set(flow.steps.filter((s) => s.kind === "end").map((s) => s.id));
  const queue = [...seen];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) for (const p of preds.get(id) ?? []) if (!seen.has(p)) (seen.add(p), queue.push(p));
  return seen;
}

/** Every `{{name}}` a step writes, where it is written: note, escalation, speech. */
function templatesOf(step: Step): { where: string; text: string }[] {
  return [
    ...(step.note ? [{ where: "note", text: step.note }] : []),
    ...(step.escalation ? [{ where: "escalation", text: step.escalation.template }] : []),
    ...(step.speech ?? []).map((s) => ({ where: `speech ${s.id}`, text: s.text })),
  ];
}

describe("the catalog", () => {
  it("has flow modules to check", () => {
    expect(ENTRIES.length).toBeGreaterThan(0);
  });

  it("loads as CATALOG, listing every procedure file once", () => {
    expect(Object.keys(CATALOG_FILES).sort()).toEqual(ENTRIES.map((e) => e.file.replace(/\.json$/, "")).sort());
    expect(CATALOG.map((f) => f.id)).toEqual(["pre-post", "tbo", "retencion-internet", "lpg-requerimientos", "cargo-fijo-corporativo"]);
  });

  it("keeps every step id live tickets carry (the ids of the catalog before it became data)", () => {
    expect(Object.fromEntries(CATALOG.map((f) => [f.id, f.steps.map((s) => s.id).sort()]))).toEqual(
      Object.fromEntries(Object.entries(OLD_STEP_IDS).map(([id, ids]) => [id, [...ids].sort()])),
    );
  });

  describe.each(ENTRIES.map((e) => [e.file, e] as const))("%s", (_, { input }) => {
    const parsed = parseFlowFile(input);
    const flow = parsed.success ? parsed.flow : undefined;

    it("parses and its lint is clean", () => {
      expect(parsed.success ? [] : parsed.issues.map(({ path, message }) => `${path.join(".")}: ${message}`)).toEqual([]);
    });

    it.skipIf(!flow)("writes every macro path and order state canonically, every status as Zendesk's API value", () => {
      for (const step of flow!.steps) {
        if (step.macro) expect(isCanonicalPath(step.macro), `${step.id} macro "${step.macro}"`).toBe(true);
        if (step.orderState) expect(isCanonicalPath(step.orderState), `${step.id} order state "${step.orderState}"`).toBe(true);
        if (step.status) expect(TICKET_STATUSES, step.id).toContain(step.status);
      }
    });

    it.skipIf(!flow)("names every step under the flow's id", () => {
      const stray = flow!.steps.map((s) => s.id).filter((id) => !id.startsWith(`${flow!.id}.`));
      expect(stray).toEqual([]);
    });

    it.skipIf(!flow)("reaches every step from the start, and every path ends or loops back to a step that can end", () => {
      const walk = walkAllPaths(flow!);
      const canEnd = stepsThatCanEnd(flow!);
      expect(walk.deadEnds).toEqual([]);
      expect(flow!.steps.map((s) => s.id).filter((id) => !walk.visited.has(id) && !walk.truncated)).toEqual([]);
      expect(walk.ended).toBeGreaterThan(0);
      expect(flow!.steps.map((s) => s.id).filter((id) => !canEnd.has(id))).toEqual([]);
    });

    it.skipIf(!flow)("uses only known placeholders: the ticket's and the step's own typed checklist values", () => {
      const unknown = flow!.steps.flatMap((step) => {
        const known = new Set<string>([...TICKET_PLACEHOLDERS, ...(step.checklist ?? []).filter((i) => i.value).map((i) => i.id)]);
        return templatesOf(step).flatMap(({ where, text }) => placeholdersOf(text).filter((n) => !known.has(n)).map((n) => `${step.id} ${where}: {{${n}}}`));
      });
      expect(unknown).toEqual([]);
    });

    it.skipIf(!flow)("leaves no half-written placeholder ({{ without a name) in a template", () => {
      const broken = flow!.steps.flatMap((step) =>
        templatesOf(step)
          .filter(({ text }) => text.replace(/\{\{\s*[a-zA-Z0-9.\-_]+\s*\}\}/g, "").includes("{{"))
          .map(({ where }) => `${step.id} ${where}`),
      );
      expect(broken).toEqual([]);
    });

    it.skipIf(!flow)("requires in escalations only items that have a value to type or attach", () => {
      for (const step of flow!.steps) {
        const items = new Map((step.checklist ?? []).map((i) => [i.id, i]));
        for (const id of step.escalation?.requires ?? []) expect(items.get(id)?.value ?? items.get(id)?.evidence, `${step.id} requires "${id}"`).toBeTruthy();
      }
    });
  });

  describe("across flows", () => {
    const flows = ENTRIES.map((e) => parseFlowFile(e.input)).flatMap((r) => (r.success ? [r.flow] : []));

    it("uses each flow id once", () => {
      const ids = flows.map((f) => f.id);
      expect(ids).toEqual([...new Set(ids)]);
    });

    it("uses each step id once", () => {
      const ids = flows.flatMap((f) => f.steps.map((s) => s.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it("gives every step its own progress tag (no two ids fold to the same ruta_step_ tag)", () => {
      const tags = flows.flatMap((f) => f.steps.map((s) => [stepTag(s.id), s.id] as const));
      const owners = new Map<string, string[]>();
      for (const [tag, id] of tags) owners.set(tag, [...(owners.get(tag) ?? []), id]);
      expect([...owners.values()].filter((ids) => ids.length > 1)).toEqual([]);
    });
  });
});
