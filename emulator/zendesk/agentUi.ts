/** Where the host page's "Submit" sends the draft: the agent UI (emulator-internal), not Zendesk's public REST API. */
export const AGENT_SUBMIT_PATH = "/__emulator/agent-ui/tickets";

/**
 * Marks the host page's own reads (the agent UI loading tickets, users, comments): Zendesk does not
 * count its agent interface against the account's API rate limit, so the gateway does not either.
 * Apps' `client.request` calls never carry it.
 */
export const AGENT_UI_HEADER = "X-Emulator-Agent-UI";
