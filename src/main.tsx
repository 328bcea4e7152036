import ZAFClient from "zendesk_app_framework_sdk";
import { render } from "preact";
import { CATALOG } from "./flows/catalog";
import { createTranslator, localeOf } from "./i18n/translate";
import { createSidebarModel } from "./ui/createSidebarModel";
import { Sidebar } from "./ui/Sidebar";
import { TranslateContext } from "./ui/useT";
import { createZendeskPort } from "./zendesk/createZendeskPort";
import type { ZafClient } from "./zendesk/zafClient";
import "./ui/sidebar.css";

/** Countdown refresh; a second is what an agent reads on a timer. */
const TICK_MS = 1000;

const root = document.getElementById("app")!;

/** sessionStorage, or nothing when a sandboxed iframe denies it (the cache then just misses). */
function sessionStorageOrNothing(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
const client = ZAFClient.init() as ZafClient | false;

if (!client) {
  render(<p>{createTranslator(localeOf(navigator.language))("error.noTicket")}</p>, root);
} else {
  const port = createZendeskPort(client, {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    storage: sessionStorageOrNothing(),
    now: () => Date.now(),
    random: Math.random,
  });
  let t = createTranslator(localeOf(undefined));
  const model = createSidebarModel(port, CATALOG, { now: () => Date.now() }, () => t("checklist.pending"));
  const mount = () =>
    render(
      <TranslateContext.Provider value={t}>
        <Sidebar model={model} onInsert={(text) => void port.copyToEditor(text)} />
      </TranslateContext.Provider>,
      root,
    );
  client.on("app.registered", () => {
    void model.start().then(() => {
      t = createTranslator(localeOf(model.info.value?.agent.locale));
      mount();
    });
  });
  mount();
  setInterval(model.tick, TICK_MS);
  new ResizeObserver(() => void port.resize(root.scrollHeight + 16)).observe(root);
}
