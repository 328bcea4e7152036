import type { Flow } from "../flows/schema";
import { LAYER_KIT } from "./layerKit";
import { type ParsedSettings, readConfig, readSettings } from "./readSettings";

export * from "./readSettings";

/** The installation's settings, every brand's procedures and overrides layered: the team-lead editor, config:check, doctor. */
export const parseSettings = (raw: Record<string, unknown>, catalog: readonly Flow[]): ParsedSettings => readSettings(raw, catalog, LAYER_KIT);

/** The settings document alone (a file for config:check), layered as parseSettings does. */
export const parseConfig = (input: unknown, catalog: readonly Flow[], legacyFlows?: ReadonlyMap<string, string[]>): ParsedSettings => readConfig(input, catalog, LAYER_KIT, legacyFlows);
