import ZAFClient from "zendesk_app_framework_sdk";
import { render } from "preact";
import { CATALOG } from "../flows/catalog/catalog";
import { createTranslator, loadTranslator, localeOf } from "../i18n/translate";
import { TranslateContext } from "../ui/useT";
import type { ZafClient } from "../zendesk/zafClient";
import { AdminApp } from "./AdminApp";
import { createAdminPort } from "./createAdminPort";
import { createEditorModel } from "./createEditorModel";
import "../ui/sidebar.css";
import "./admin.css";

const root = document.getElementById("app")!;
const client = ZAFClient.init() as ZafClient | false;

if (!client) {
  void loadTranslator(localeOf(navigator.language)).then((t) => render(<p>{t("admin.noZendesk")}</p>, root));
} else {
  const port = createAdminPort(client, { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: Math.random });
  const model = createEditorModel(port, CATALOG);
  let t = createTranslator(localeOf(undefined));
  const mount = () =>
    render(
      <TranslateContext.Provider value={t}>
        <AdminApp model={model} catalog={CATALOG} />
      </TranslateContext.Provider>,
      root,
    );
  client.on("app.registered", () => {
    void model.start().finally(async () => {
      t = await loadTranslator(localeOf(model.parsed.value.settings.locale ?? model.info.value?.user.locale));
      mount();
    });
  });
  mount();
}
