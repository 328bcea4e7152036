import { z } from "zod";
import type { AppInstance } from "./appInstance";
import { instanceContext } from "./hostedApp";
import type { HostEvent } from "./zafActions";
import type { PathResult } from "./zafGet";
import type { ZafHost } from "./zafHost";

type ActionResult = PathResult & { events?: HostEvent[] };

/** A CSS length as ZAF takes it: "300px", "80vw", "100%", or a number of pixels. */
const Length = z.union([z.string().regex(/^\d+(\.\d+)?(px|%|vw|vh)$/), z.number().nonnegative()]).transform((v) => (typeof v === "number" ? `${v}px` : v));
const Size = z.object({ width: Length.optional(), height: Length.optional() });
/** `instances.create` (developer.zendesk.com, "Core Apps API", instances.create; "Modal"): only modals are created this way. */
const CreateInstance = z.object({ location: z.literal("modal"), url: z.string().min(1), size: Size.optional() });

function invalid(path: string, message: string): ActionResult {
  return { ok: false, error: { name: "InvalidValue", message: `"${path}" ${message}` } };
}

/**
 * The Core API's actions on instances, for any location: `resize` (numbers become px), `instances.create`
 * (a modal with its own guid and context, answered with that context), `destroy` (modals only: closes it,
 * firing `modal.close`), `notify`, `preloadPane` and `track`. Null when `path` is not one of them.
 */
export function runInstanceAction(host: ZafHost, target: AppInstance, path: string, args: unknown[]): ActionResult | null {
  switch (path) {
    case "resize": {
      const size = Size.safeParse(args[0]);
      if (!size.success) return invalid(path, "takes {width, height} as CSS lengths or pixels");
      target.size = { ...target.size, ...size.data };
      host.notice({ kind: "resize", guid: target.guid, ...size.data });
      return { ok: true, value: null };
    }
    case "instances.create": {
      const spec = CreateInstance.safeParse(args[0]);
      if (!spec.success) return invalid(path, "takes {location: \"modal\", url, size?}");
      const modal = host.createInstance({ location: "modal", parentGuid: target.guid, url: spec.data.url, ...(spec.data.size ? { size: spec.data.size } : {}) });
      return { ok: true, value: [instanceContext(host, modal)] };
    }
    case "destroy":
      if (target.location !== "modal") return invalid(path, "only closes modals");
      host.removeInstance(target.guid);
      return { ok: true, value: null };
    case "notify":
      if (target.ticketId === null) host.notice({ kind: "notify", ticketId: null, message: String(args[0] ?? ""), type: String(args[1] ?? "notice") });
      return target.ticketId === null ? { ok: true, value: null } : null;
    // The CDN SDK's telemetry (invoke('track', …)) is answered in every location, or its promises would hang.
    case "track":
    case "preloadPane":
      return { ok: true, value: null };
  }
  return null;
}
