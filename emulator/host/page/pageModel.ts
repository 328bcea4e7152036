import { signal, type Signal } from "@preact/signals";
import { createZafHost, type ZafHost } from "../zafHost";
import type { Comment, Ticket, User } from "../../zendesk/model";
import type { SubmitOutcome } from "../submitTab";
import { AGENT_UI_HEADER } from "../../zendesk/agentUi";

export interface EmulatorState {
  currentUserId: number;
  agents: { id: number; name: string; role: string; locale: string }[];
  appId: number;
  installationId: number;
  subdomain: string;
  advancedMinutes: number;
  faults: { id: number; kind: string; method?: string; path?: string; remaining: number | null }[];
  plans: string[];
  rateLimit: { plan: string; limit: number; used: number; resetSeconds: number };
}

/** The page's state: the host plus what it shows around the editor. */
export interface PageModel {
  host: ZafHost;
  /** Bumped on every host notice so components re-read the host. */
  version: Signal<number>;
  tickets: Signal<Ticket[]>;
  openTabs: Signal<number[]>;
  active: Signal<number | null>;
  comments: Signal<Record<number, Comment[]>>;
  users: Signal<Record<number, User>>;
  state: Signal<EmulatorState | null>;
  /** Bumped when the apps must be reloaded (agent, locale or settings changed). */
  appGeneration: Signal<number>;
  lastSubmit: Signal<{ ticketId: number; outcome: SubmitOutcome } | null>;
  notices: Signal<{ id: number; message: string; type: string }[]>;
  frameSizes: Signal<Record<string, string>>;
}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json", "Content-Type": "application/json", [AGENT_UI_HEADER]: "1" }, ...init });
  return (await response.json()) as T;
}

export function createPageModel(): PageModel {
  const host = createZafHost({ api: (path, init) => fetch(path, init) });
  return {
    host,
    version: signal(0),
    tickets: signal([]),
    openTabs: signal([]),
    active: signal(null),
    comments: signal({}),
    users: signal({}),
    state: signal(null),
    appGeneration: signal(0),
    lastSubmit: signal(null),
    notices: signal([]),
    frameSizes: signal({}),
  };
}
