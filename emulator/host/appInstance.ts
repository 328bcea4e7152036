/** Where Zendesk Support renders an app instance (the manifest's `location.support` keys, plus `modal`). */
export const LOCATIONS = ["ticket_sidebar", "new_ticket_sidebar", "nav_bar", "top_bar", "background", "modal"] as const;
export type AppLocation = (typeof LOCATIONS)[number];

/** One app iframe (or direct client) as the host tracks it: a sidebar in a ticket tab, a modal, a nav_bar app… */
export interface AppInstance {
  /** Both the `app_guid` in the iframe URL and the context's `instanceGuid`. */
  guid: string;
  location: AppLocation;
  /** The ticket tab a ticket-sidebar instance lives in; null elsewhere (modal, nav_bar, top_bar, background). */
  ticketId: number | null;
  /** The instance that opened this one with `instances.create` (modals). */
  parentGuid: string | null;
  /** The page `instances.create` asked for (modals); other locations use the manifest's URL. */
  url: string | null;
  /** Size asked for with `instances.create` (modals) or the latest `resize`. */
  size: { width?: string; height?: string };
  registered: boolean;
  /**
   * Subscriber counts the SDK reported with `iframe.on:` / `iframe.off:`, keyed by the instance the
   * events are about (the frame's own guid, or another's through `client.instance(guid).on(…)`) and the event.
   */
  subscriptions: Map<string, number>;
  /** Delivers a host → app message (`{key, message}` or `{id, result}`) to this instance's frame. */
  send: (message: Record<string, unknown>) => void;
  /** Resolves the pending `ticket.save` hook with the app's reply. */
  pendingSave: ((reply: { error?: { msg?: unknown } }) => void) | null;
}

export function newGuid(): string {
  return globalThis.crypto.randomUUID();
}

function subscriptionKey(target: string, event: string): string {
  return `${target} ${event}`;
}

export function setSubscription(listener: AppInstance, target: string, event: string, count: number): void {
  listener.subscriptions.set(subscriptionKey(target, event), count);
}

/** Whether `listener` listens to `event` on `target` (itself unless told). */
export function isSubscribed(listener: AppInstance, event: string, target: string = listener.guid): boolean {
  return (listener.subscriptions.get(subscriptionKey(target, event)) ?? 0) > 0;
}
