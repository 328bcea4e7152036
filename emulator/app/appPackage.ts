import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { AppManifest, describeApp, type HostedApp } from "../host/hostedApp";

/** An app in zcli's layout (manifest.json, assets/, translations/) as the emulator hosts it. */
export interface AppPackage {
  dir: string;
  manifest: AppManifest;
  app: HostedApp;
  /** The installation's settings the app sees in `metadata().settings` (secure parameters left out). */
  settings: Record<string, unknown>;
  /** Secure parameters' values: only Zendesk's proxy fills them in, for `secure: true` requests. */
  secureSettings: Record<string, unknown>;
  domainWhitelist: string[];
}

function readJson(file: string, what: string): unknown {
  if (!existsSync(file)) throw new Error(`Cannot host the app: ${what} ${file} does not exist.`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Cannot host the app: ${what} ${file} is not JSON (${String(error)}).`);
  }
}

/**
 * Reads an app directory: its manifest, and its parameters' values from a settings file (`{"name": value}`,
 * or zcli's `{"parameters": {…}}`), falling back to the manifest's defaults. Secure values stay host-side.
 */
export function loadAppPackage(dir: string, settingsFile?: string): AppPackage {
  const root = resolve(dir);
  const parsed = AppManifest.safeParse(readJson(join(root, "manifest.json"), "the manifest"));
  if (!parsed.success) throw new Error(`Cannot host the app: ${join(root, "manifest.json")} is not a ZAF manifest: ${parsed.error.message}`);
  const manifest = parsed.data;
  const raw = settingsFile ? (readJson(resolve(settingsFile), "the settings file") as Record<string, unknown>) : {};
  const given = (raw.parameters && typeof raw.parameters === "object" ? raw.parameters : raw) as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const secureSettings: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const parameter of manifest.parameters ?? []) {
    const value = parameter.name in given ? given[parameter.name] : parameter.default;
    if (value === undefined || value === "") {
      if (parameter.required) missing.push(parameter.name);
      continue;
    }
    (parameter.secure ? secureSettings : settings)[parameter.name] = value;
  }
  // Zendesk does not install an app whose required parameters have no value.
  if (missing.length) throw new Error(`Cannot host ${manifest.name}: required parameters without a value: ${missing.join(", ")}. Give them in --settings <file.json>.`);
  return { dir: root, manifest, app: describeApp(manifest), settings, secureSettings, domainWhitelist: manifest.domainWhitelist ?? [] };
}
