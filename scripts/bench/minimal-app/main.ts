import ZAFClient from "zendesk_app_framework_sdk";

/**
 * The floor any ZAF sidebar app pays: load, register, one `get`, render the ticket subject. The bench
 * compares Ruta's time to its first suggested step with this app's time to first render.
 */
type Client = { on(event: string, handler: () => void): void; get(path: string): Promise<Record<string, unknown>> };
const client = ZAFClient.init() as Client | false;
const root = document.getElementById("app")!;

if (client) {
  client.on("app.registered", () => {
    void client.get("ticket.subject").then((got) => {
      const heading = document.createElement("h1");
      heading.dataset.testid = "subject";
      heading.textContent = String(got["ticket.subject"] ?? "");
      root.replaceChildren(heading);
    });
  });
}
