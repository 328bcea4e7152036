/// <reference types="vite/client" />
import type { Flow, MatchRule } from "../schema";
import { CATALOG_ORDER } from "./order";

/** What the app needs to choose a flow before loading its steps; tiny, in the main bundle. */
export type FlowEntry = { id: string; seed: string; title: string; summary: string; match: MatchRule };

// Both are produced at build by scripts/flowCatalogPlugin.ts, which validates every file first.
const ENTRIES = import.meta.glob<FlowEntry>("./*.json", { query: "?flow-entry", import: "default", eager: true });
const BODIES = import.meta.glob<Flow>("./*.json", { query: "?flow", import: "default" });

const pathOf = (name: string) => `./${name}.json`;

/** Every flow of the catalog, in CATALOG_ORDER. */
export const FLOW_INDEX: FlowEntry[] = CATALOG_ORDER.flatMap((name) => ENTRIES[pathOf(name)] ?? []);

const FILE_OF = new Map(CATALOG_ORDER.map((name) => [ENTRIES[pathOf(name)]?.id, pathOf(name)]));
const LOADED = new Map<string, Promise<Flow>>();

/** The flow's pre-validated body, fetched once (its own chunk) and cached; rejects for an id the catalog lacks. */
export function loadFlow(id: string): Promise<Flow> {
  const cached = LOADED.get(id);
  if (cached) return cached;
  const load = BODIES[FILE_OF.get(id) ?? ""];
  if (!load) return Promise.reject(new Error(`Unknown flow "${id}": the catalog has ${FLOW_INDEX.map((f) => `"${f.id}"`).join(", ")}.`));
  const flow = load();
  LOADED.set(id, flow);
  // A chunk that failed to arrive (network) is fetched again on the next call.
  flow.catch(() => LOADED.delete(id));
  return flow;
}
