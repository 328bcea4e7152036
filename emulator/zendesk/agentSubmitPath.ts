/** Where the host page's "Submit" sends the draft: the agent UI (emulator-internal), not Zendesk's public REST API. */
export const AGENT_SUBMIT_PATH = "/__emulator/agent-ui/tickets";
