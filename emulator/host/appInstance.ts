/** One app iframe (or direct client) in one ticket tab, as the host tracks it. */
export interface AppInstance {
  /** Both the `app_guid` in the iframe URL and the context's `instanceGuid`. */
  guid: string;
  ticketId: number;
  registered: boolean;
  /** Event name → subscriber count the SDK reported with `iframe.on:` / `iframe.off:`. */
  subscriptions: Map<string, number>;
  /** Delivers a host → app message (`{key, message}` or `{id, result}`). */
  send: (message: Record<string, unknown>) => void;
  /** Resolves the pending `ticket.save` hook with the app's reply. */
  pendingSave: ((reply: { error?: { msg?: unknown } }) => void) | null;
}

export function newGuid(): string {
  return globalThis.crypto.randomUUID();
}

export function isSubscribed(instance: AppInstance, event: string): boolean {
  return (instance.subscriptions.get(event) ?? 0) > 0;
}
