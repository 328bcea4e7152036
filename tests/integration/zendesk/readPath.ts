import { createHostClient, type ZafHost } from "../../../emulator/host";
import type { ZendeskStore } from "../../../emulator/zendesk";
import type { TabLock } from "../../../src/zendesk/accountCache";
import type { ZafClient } from "../../../src/zendesk/zafClient";

/** A Map-backed Storage, one per "browser": ports built over the same one share it like tabs share localStorage. */
export function memoryStorage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> & { size: () => number } {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k), size: () => data.size };
}

/** Web Locks as one origin's tabs share them: a task runs when the one before it under the same name has settled. */
export function memoryLock(): TabLock {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, task: () => Promise<T>) => {
    const run = (tails.get(name) ?? Promise.resolve()).then(task, task);
    tails.set(name, run.catch(() => undefined));
    return run;
  };
}

/**
 * The host's ZAF client with every `get` and every REST request the app makes counted (the host's own
 * loading of its page data is not the app's). Until the emulator models `ticket.comments`, this
 * answers that path as the ZAF docs' Comment object does (apps-support-api/ticket_sidebar, "Comment
 * object": `id`, `value` — the HTML —, `author` a User object, `imageAttachments`, `nonImageAttachments`);
 * it stays out of the way once the host answers the path itself. No creation time or visibility is
 * given: the docs list none, so the app must take them from the audits (the stricter reading).
 */
export function countingClient(host: ZafHost, store: () => ZendeskStore, ticketId: number, rest: string[]): { client: ZafClient; gets: string[][] } {
  const inner = createHostClient(host, ticketId);
  const gets: string[][] = [];
  const client = {
    ...inner,
    on: inner.on.bind(inner),
    off: inner.off.bind(inner),
    request(options: { url: string; type?: string }) {
      rest.push(`${options.type ?? "GET"} ${options.url}`);
      return inner.request(options);
    },
    async get(paths: string | string[]) {
      const list = Array.isArray(paths) ? paths : [paths];
      gets.push(list);
      const got = await inner.get(list);
      const errors = (got.errors ?? {}) as Record<string, unknown>;
      if (!list.includes("ticket.comments") || !errors["ticket.comments"]) return got;
      const { ["ticket.comments"]: _, ...rest } = errors;
      const comments = store().comments(ticketId).map((c) => {
        const files = (c.attachments ?? []) as { file_name: string; content_type: string; content_url: string }[];
        const shaped = files.map((a) => ({ filename: a.file_name, contentType: a.content_type, contentUrl: a.content_url }));
        return {
          id: c.id,
          value: c.html_body,
          author: { id: c.author_id },
          imageAttachments: shaped.filter((a) => a.contentType.startsWith("image/")),
          nonImageAttachments: shaped.filter((a) => !a.contentType.startsWith("image/")),
        };
      });
      return { ...got, "ticket.comments": comments, errors: rest };
    },
  } as unknown as ZafClient;
  return { client, gets };
}
