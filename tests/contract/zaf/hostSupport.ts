import { http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { createZafHost, type ZafHost, type ZafHostOptions } from "../../../emulator/host";
import { createZendesk, zendeskHandlers, type ZendeskStore } from "../../../emulator/zendesk";

/** The account's origin in these tests; the emulator's handlers answer any origin. */
export const ZENDESK = "https://ruta-cc.zendesk.com";

/**
 * A fresh emulated account behind msw for each test, and a ZAF host over it. Requests to 127.0.0.1 pass
 * through to real local servers (the third-party APIs of the proxy tests); anything else unhandled fails.
 */
export function useZafHost(options: Partial<ZafHostOptions> = {}): { store: () => ZendeskStore; host: () => ZafHost } {
  let store = createZendesk();
  let host: ZafHost;
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(async () => {
    store = createZendesk();
    server.resetHandlers(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()), ...zendeskHandlers(store));
    host = createZafHost({ api: (path, init) => fetch(`${ZENDESK}${path}`, init), saveHookTimeoutMs: 1000, ...options });
    await host.loadAccount();
  });
  afterAll(() => server.close());
  return { store: () => store, host: () => host };
}
