import ZAFClient from "zendesk_app_framework_sdk";
import { render } from "preact";
import { FLOW_INDEX, loadFlow } from "./flows/catalog";
import { createTranslator, loadTranslator, localeOf } from "./i18n/translate";
import { createSidebarModel } from "./ui/createSidebarModel";
import { Sidebar } from "./ui/Sidebar";
import { TranslateContext } from "./ui/useT";
import { createZendeskPort } from "./zendesk/createZendeskPort";
import type { ZafClient } from "./zendesk/zafClient";
import "./ui/sidebar.css";

/** Countdown refresh; a second is what an agent reads on a timer. */
const TICK_MS = 1000;

const root = document.getElementById("app")!;

/** localStorage (shared by the agent's ticket tabs), or nothing when a sandboxed iframe denies it (the cache then just misses). */
function localStorageOrNothing(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * How long after the first suggested step the macros are prefetched. A ticket tab opened right after this
 * one would otherwise start while this one fetches: the host answers both apps' calls and their frames share
 * one process (measured: it slowed the second tab's first step). No agent applies a step within seconds.
 */
const PREFETCH_AFTER_MS = 3000;

/** A few seconds after the first suggested step is on screen, when the browser is idle. */
function soonWhenIdle(task: () => void): void {
  setTimeout(() => ("requestIdleCallback" in window ? window.requestIdleCallback(task, { timeout: 5000 }) : task()), PREFETCH_AFTER_MS);
}
const client = ZAFClient.init() as ZafClient | false;

if (!client) {
  void loadTranslator(localeOf(navigator.language)).then((t) => render(<p>{t("error.noTicket")}</p>, root));
} else {
  const port = createZendeskPort(client, {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    storage: localStorageOrNothing(),
    ...("locks" in navigator ? { lock: (name, task) => navigator.locks.request(name, task) } : {}),
    now: () => Date.now(),
    random: Math.random,
  });
  let t = createTranslator(localeOf(undefined));
  const model = createSidebarModel(port, { index: FLOW_INDEX, load: loadFlow }, { now: () => Date.now() }, () => t("checklist.pending"));
  const mount = () =>
    render(
      <TranslateContext.Provider value={t}>
        <Sidebar model={model} onInsert={(text) => void port.copyToEditor(text)} />
      </TranslateContext.Provider>,
      root,
    );
  client.on("app.registered", () => {
    void model.start().then(async () => {
      t = await loadTranslator(localeOf(model.settings.value.locale ?? model.info.value?.agent.locale));
      mount();
      soonWhenIdle(model.prefetch);
    });
  });
  mount();
  setInterval(model.tick, TICK_MS);
  new ResizeObserver(() => void port.resize(root.scrollHeight + 16)).observe(root);
}
