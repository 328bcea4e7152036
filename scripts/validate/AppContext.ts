import type { App } from "./readApp";
import { isRecord } from "./readApp";

/** What every rule receives: the packaged files and the parsed manifest (a JSON object). */
export interface AppContext {
  app: App;
  manifest: Record<string, unknown>;
}

/** A rule group: reads the app, returns its findings, never throws for a broken app. */
export type Rule = (context: AppContext) => import("./Issue").Issue[];

export const MANIFEST = "manifest.json";
export const REQUIREMENTS = "requirements.json";

/** Zendesk treats an app as private unless the manifest says `"private": false`. */
export function isPrivate(manifest: Record<string, unknown>): boolean {
  return manifest.private !== false;
}

/** Apps that only ship requirements or a marketplace listing: no location, no framework version. */
export function isListingOnly(manifest: Record<string, unknown>): boolean {
  return manifest.requirementsOnly === true || manifest.marketingOnly === true;
}

/** The parameters as objects; anything that is not an array counts as none (its type error is reported once). */
export function parametersOf(manifest: Record<string, unknown>): unknown[] {
  return Array.isArray(manifest.parameters) ? manifest.parameters : [];
}

/** The `location` object by product, or an empty object when it has another shape. */
export function locationsOf(manifest: Record<string, unknown>): Record<string, unknown> {
  return isRecord(manifest.location) ? manifest.location : {};
}
