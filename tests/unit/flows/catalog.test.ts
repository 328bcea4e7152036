/// <reference types="vite/client" />
import { nextStep, stepTag, type Choice } from "../../../src/engine";
import { CATALOG, CATALOG_FILES } from "../../../src/flows/catalog/catalog";
import { CATALOG_ORDER } from "../../../src/flows/catalog/order";
import { parseFlowFile, type Flow, type Step } from "../../../src/flows/schema";
import stepIdsFixture from "./fixtures/step-ids.json";

/** Every procedure file on disk, so one broken file reports its own issues instead of breaking the whole catalog. */
const FILES = import.meta.glob<unknown>("../../../src/flows/catalog/*.json", { eager: true, import: "default" });
const ENTRIES = Object.entries(FILES).map(([path, input]) => [path.split("/").at(-1)!.replace(/\.json$/, ""), input] as const);

/** The step ids of the catalog before it became data: live tickets carry them in their ruta_step_ tags. */
const OLD_STEP_IDS: Record<string, string[]> = stepIdsFixture;

/** Caps the simple paths enumerated per flow, so a richly branched flow can't make the walk explode. */
const MAX_PATHS_PER_FLOW = 50_000;

/** Every choice an agent (or the customer, or the clock) can make at a step. */
function choicesAt(step: Step): Choice[] {
  switch (step.kind) {
    case "question":
      return step.options.map((o) => ({ kind: "option", id: o.id }));
    case "action":
      return [
        { kind: "next" },
        ...(step.alternatives ?? []).map((a): Choice => ({ kind: "alternative", id: a.id })),
        ...(step.replies ?? []).map((r): Choice => ({ kind: "reply", id: r.id })),
        ...(step.timer?.next ? [{ kind: "timer" } as Choice] : []),
      ];
    case "end":
      return step.timer?.next ? [{ kind: "timer" }] : [];
  }
}

type Walk = { paths: number; ended: number; deadEnds: string[]; truncated: boolean; visited: Set<string> };

/**
 * Every simple path from the start, moving with the engine's nextStep() as the sidebar does: a path ends at an
 * end step (with no timer to go on with) or closes a loop; a step where no choice moves on is a dead end.
 */
function walkAllPaths(flow: Flow): Walk {
  const walk: Walk = { paths: 0, ended: 0, deadEnds: [], truncated: false, visited: new Set() };
  const onPath = new Set<string>();
  const byId = new Map(flow.steps.map((s) => [s.id, s]));
  const visit = (step: Step): void => {
    if (walk.paths >= MAX_PATHS_PER_FLOW) return void (walk.truncated = true);
    walk.visited.add(step.id);
    const next = choicesAt(step).flatMap((choice) => byId.get(nextStep(step, choice) ?? "") ?? []);
    if (next.length === 0) return void (walk.paths++, step.kind === "end" ? walk.ended++ : walk.deadEnds.push(step.id));
    onPath.add(step.id);
    for (const n of next) {
      if (onPath.has(n.id)) walk.paths++;
      else visit(n);
    }
    onPath.delete(step.id);
  };
  visit(byId.get(flow.start)!);
  return walk;
}

describe("the catalog (src/flows/catalog/*.json)", () => {
  it("loads every procedure file once, in CATALOG_ORDER", () => {
    expect(ENTRIES.map(([name]) => name).sort()).toEqual(Object.keys(CATALOG_FILES).sort());
    expect([...CATALOG_ORDER].sort()).toEqual(Object.keys(CATALOG_FILES).sort());
    expect(CATALOG.map((f) => f.id)).toEqual(["pre-post", "tbo", "retencion-internet", "lpg-requerimientos", "cargo-fijo-corporativo"]);
  });

  it("keeps every step id live tickets carry", () => {
    const ids = (byFlow: [string, string[]][]) => Object.fromEntries(byFlow.map(([id, list]) => [id, [...list].sort()]));
    expect(ids(CATALOG.map((f) => [f.id, f.steps.map((s) => s.id)]))).toEqual(ids(Object.entries(OLD_STEP_IDS)));
  });

  describe.each(ENTRIES)("%s.json", (_, input) => {
    const parsed = parseFlowFile(input);

    it("passes the schema and its lint", () => {
      expect(parsed.success ? [] : parsed.issues.map(({ path, message }) => `${path.join(".")}: ${message}`)).toEqual([]);
    });

    it.skipIf(!parsed.success)("walks every path from the start through the engine to an end or back into a loop", () => {
      const flow = (parsed as { flow: Flow }).flow;
      const walk = walkAllPaths(flow);
      expect(walk.deadEnds).toEqual([]);
      expect(walk.ended).toBeGreaterThan(0);
      if (!walk.truncated) expect(flow.steps.map((s) => s.id).filter((id) => !walk.visited.has(id))).toEqual([]);
    });
  });

  describe("across flows", () => {
    it("uses each flow id once", () => {
      const ids = CATALOG.map((f) => f.id);
      expect(ids).toEqual([...new Set(ids)]);
    });

    it("gives every step its own progress tag (no two ids fold to the same ruta_step_ tag)", () => {
      const owners = new Map<string, string[]>();
      for (const step of CATALOG.flatMap((f) => f.steps)) owners.set(stepTag(step.id), [...(owners.get(stepTag(step.id)) ?? []), step.id]);
      expect([...owners.values()].filter((ids) => ids.length > 1)).toEqual([]);
    });
  });
});
