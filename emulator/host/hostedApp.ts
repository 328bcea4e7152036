import { z } from "zod";
import rutaManifest from "../../manifest.json";
import { LOCATIONS, type AppInstance, type AppLocation } from "./appInstance";
import type { ZafHost } from "./zafHost";

const Size = z.object({ width: z.string().optional(), height: z.string().optional() });
const LocationOptions = z.union([z.string(), z.object({ url: z.string(), size: Size.optional(), autoHide: z.boolean().optional(), flexible: z.boolean().optional() })]);

/** The manifest keys the host reads (zcli layout: name, version, location.support, domainWhitelist, parameters). */
export const AppManifest = z.object({
  name: z.string(),
  version: z.string().optional(),
  location: z.object({ support: z.record(z.string(), LocationOptions) }),
  domainWhitelist: z.array(z.string()).optional(),
  parameters: z.array(z.object({ name: z.string(), type: z.string().optional(), required: z.boolean().optional(), secure: z.boolean().optional(), default: z.unknown().optional() })).optional(),
});
export type AppManifest = z.infer<typeof AppManifest>;

/** What the host needs to know of the app it hosts: what Zendesk reads from its manifest. */
export interface HostedApp {
  name: string;
  version: string;
  /** Location → the page the manifest declares for it (relative to the app's root, or absolute). */
  locations: Partial<Record<AppLocation, { url: string; size?: { width?: string; height?: string } }>>;
}

/** Reads the locations Zendesk Support renders from a manifest; unknown location names are left out. */
export function describeApp(manifest: AppManifest): HostedApp {
  const locations: HostedApp["locations"] = {};
  for (const [name, options] of Object.entries(manifest.location.support)) {
    if (!LOCATIONS.includes(name as AppLocation)) continue;
    locations[name as AppLocation] = typeof options === "string" ? { url: options } : { url: options.url, ...(options.size ? { size: options.size } : {}) };
  }
  return { name: manifest.name, version: manifest.version ?? "0.0.0", locations };
}

/** Ruta as its own manifest declares it (what the host hosts unless told otherwise). */
export const RUTA_APP: HostedApp = describeApp(AppManifest.parse(rutaManifest));

/**
 * An instance's context as `app.registered`, `instances` and `instances.create` give it (ZAF Client API,
 * client.context()): ticket locations carry `ticketId`; modal, nav_bar, top_bar and background carry none.
 */
export function instanceContext(host: ZafHost, instance: AppInstance): Record<string, unknown> {
  return {
    instanceGuid: instance.guid,
    product: "support",
    account: { subdomain: host.options.subdomain },
    location: instance.location,
    ...(instance.ticketId !== null ? { ticketId: instance.ticketId } : {}),
  };
}
