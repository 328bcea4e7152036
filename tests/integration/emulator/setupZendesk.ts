import { setupServer } from "msw/node";
import { createZendesk, zendeskHandlers, type ZendeskStore } from "../../../emulator/zendesk";

/** The account's origin in these tests; handlers answer any origin. */
export const ZENDESK = "https://ruta-cc.zendesk.com";

/** Starts msw with the emulator's handlers over a fresh default account for each test. */
export function useZendesk(): { store: () => ZendeskStore } {
  let store = createZendesk();
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(() => {
    store = createZendesk();
    server.resetHandlers(...zendeskHandlers(store));
  });
  afterAll(() => server.close());
  return { store: () => store };
}

/** fetch against the account with a JSON body. */
export function api(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(`${ZENDESK}${path}`, {
    method: init.method ?? "GET",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}
