import { selectFlow } from "../../../src/engine";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import { FLOW_INDEX, loadFlow } from "../../../src/flows/catalog";
import { aTicket } from "../../support/builders";

describe("FLOW_INDEX and loadFlow() (the app's catalog, pre-validated at build)", () => {
  it("lists every flow of the catalog, in its order, with what picks it and none of its steps", () => {
    expect(FLOW_INDEX).toEqual(CATALOG.map(({ id, seed, title, summary, match }) => ({ id, seed, title, summary, match })));
    expect(FLOW_INDEX.some((entry) => "steps" in entry)).toBe(false);
  });

  it.each(CATALOG.map((f) => [f.id, f] as const))("loads %s as the same flow the zod-parsed catalog holds", async (id, flow) => {
    expect(await loadFlow(id)).toEqual(flow);
  });

  it("loads a body once and hands the same flow to every caller", async () => {
    const [first, second] = await Promise.all([loadFlow("tbo"), loadFlow("tbo")]);
    expect(first).toBe(second);
    expect(await loadFlow("tbo")).toBe(first);
  });

  it("rejects an id the catalog lacks, naming the ids it has", async () => {
    await expect(loadFlow("pre_post")).rejects.toThrow('Unknown flow "pre_post": the catalog has "pre-post", "tbo"');
  });

  it.each([
    ["a WhatsApp ticket about moving to postpaid", aTicket({ channel: "whatsapp", subject: "Quiero migrar a plan pospago" }), "pre-post"],
    ["a ticket Ruta tagged", aTicket({ tags: ["ruta_flow_tbo"] }), "tbo"],
  ])("chooses from the index as it would from the whole catalog: %s", (_name, ticket, id) => {
    const choice = selectFlow(FLOW_INDEX, ticket);
    expect(choice).toMatchObject({ status: "chosen", flow: { id } });
    expect(selectFlow(CATALOG, ticket)).toMatchObject({ status: "chosen", flow: { id } });
  });
});
