import type { Page } from "playwright-core";
import { AGENT_IDS, ORDER_STATE_FIELD_ID, TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { openTicket } from "./support/hostPage";

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("host-account", (p) => (page = p));
const getJson = async (path: string) => (await fetch(new URL(path, emulatorUrl))).json();

/** The page's "Cuenta" panel edits the account through Zendesk's REST API, as an admin would in Admin Center. */
describe("the host page's Cuenta panel", () => {
  it("renames a macro and a drop-down option through the REST API when the agent is an admin", async () => {
    await emulator.switchAgent(AGENT_IDS.veronica);
    await openTicket(page, emulatorUrl, TICKET_IDS.tboComplaint);
    const { macros } = await getJson(`/api/v2/macros/search.json?query=${encodeURIComponent("BO::Despedida al resolver")}`);
    await page.fill('[data-testid="account-macro-query"]', "Despedida al resolver");
    await page.click('[data-testid="account-macro-search"]');
    await page.waitForSelector(`[data-testid="account-macro"] option[value="${macros[0].id}"]`, { state: "attached" });
    await page.selectOption('[data-testid="account-macro"]', String(macros[0].id));
    await page.fill('[data-testid="account-macro-title"]', "BO::Despedida (nueva)");
    await page.click('[data-testid="account-macro-rename"]');
    await page.waitForSelector('[data-testid="account-message"] >> text=Macro renombrada');
    expect((await getJson(`/api/v2/macros/${macros[0].id}.json`)).macro.title).toBe("BO::Despedida (nueva)");

    const { custom_field_options: [first] } = await getJson(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}/options.json`);
    await page.selectOption('[data-testid="account-field"]', String(ORDER_STATE_FIELD_ID));
    await page.selectOption('[data-testid="account-option"]', String(first.id));
    await page.fill('[data-testid="account-option-name"]', "Acepta::Plan Sugerido");
    await page.click('[data-testid="account-option-rename"]');
    await page.waitForSelector('[data-testid="account-message"] >> text=Opción renombrada');
    expect((await getJson(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}/options/${first.id}.json`)).custom_field_option.name).toBe("Acepta::Plan Sugerido");
  });

  it("shows Zendesk's 403 to an agent who is not an admin, changing nothing", async () => {
    await openTicket(page, emulatorUrl, TICKET_IDS.tboComplaint);
    const { macros } = await getJson(`/api/v2/macros/search.json?query=${encodeURIComponent("BO::Despedida al resolver")}`);
    await page.fill('[data-testid="account-macro-query"]', "Despedida al resolver");
    await page.click('[data-testid="account-macro-search"]');
    await page.waitForSelector(`[data-testid="account-macro"] option[value="${macros[0].id}"]`, { state: "attached" });
    await page.selectOption('[data-testid="account-macro"]', String(macros[0].id));
    await page.click('[data-testid="account-macro-toggle"]');
    await page.waitForSelector('[data-testid="account-message"] >> text=HTTP 403');
    expect((await getJson(`/api/v2/macros/${macros[0].id}.json`)).macro.active).toBe(true);
  });
});
