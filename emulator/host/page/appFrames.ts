import type { ZafHost } from "../zafHost";

/** Which window each app instance lives in, so messages can be routed by `event.source`. */
const frames = new Map<string, Window>();

export function registerFrame(guid: string, win: Window): void {
  frames.set(guid, win);
}

export function unregisterFrame(guid: string): void {
  frames.delete(guid);
}

/** The app's origin: the other loopback name than the page's, so the app runs cross-origin as in Zendesk. */
export function appOrigin(): string {
  const other = location.hostname === "127.0.0.1" ? "localhost" : "127.0.0.1";
  return `${location.protocol}//${other}:${location.port}`;
}

/** Routes messages from app iframes to the host, accepting only the app's origin and known frames. */
export function listenToApps(host: ZafHost): void {
  const origin = appOrigin();
  window.addEventListener("message", (event) => {
    if (event.origin !== origin) return;
    for (const [guid, win] of frames) {
      if (win === event.source) void host.receive(guid, event.data);
    }
  });
}
