import type { ZafHost } from "../zafHost";

/** Which window (and origin) each app instance lives in, so messages can be routed by `event.source`. */
const frames = new Map<string, { win: Window; origin: string }>();

export function registerFrame(guid: string, win: Window, origin: string): void {
  frames.set(guid, { win, origin });
}

export function unregisterFrame(guid: string): void {
  frames.delete(guid);
}

/** The app's origin: the other loopback name than the page's, so the app runs cross-origin as in Zendesk. */
export function appOrigin(): string {
  const other = location.hostname === "127.0.0.1" ? "localhost" : "127.0.0.1";
  return `${location.protocol}//${other}:${location.port}`;
}

/**
 * The iframe URL Zendesk gives an instance: the manifest's (or `instances.create`'s) URL, relative ones
 * served from the app's root on the app origin, with `origin` and `app_guid` in the query as the SDK reads them.
 */
export function frameUrl(appId: number, url: string, guid: string): string {
  const base = /^https?:\/\//.test(url) ? new URL(url) : new URL(`${appOrigin()}/${appId}/${url.replace(/^\//, "")}`);
  base.searchParams.set("origin", location.origin);
  base.searchParams.set("app_guid", guid);
  return base.toString();
}

/** Routes messages from app iframes to the host, accepting only known frames speaking from the origin of their page. */
export function listenToApps(host: ZafHost): void {
  window.addEventListener("message", (event) => {
    for (const [guid, frame] of frames) {
      if (frame.win === event.source && frame.origin === event.origin) void host.receive(guid, event.data);
    }
  });
}
