import { AGENT_UI_HEADER, TICKET_IDS } from "../../../emulator/zendesk";
import { PLAN_LIMITS } from "../../../emulator/zendesk/rateLimit";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

const zendesk = useZendesk();
// Freeze the account's clock one second into a minute, so no real minute ends mid-test.
beforeEach(() => {
  const start = Math.floor(Date.now() / 60_000) * 60_000 + 1000;
  zendesk.store().clock.now = () => start;
});

// https://developer.zendesk.com/api-reference/introduction/rate-limits/
describe("Rate limits: counted per minute by plan", () => {
  it("defaults to Enterprise (700 a minute) and reports the remaining requests on every answer", async () => {
    const first = await api("/api/v2/brands.json");
    expect(first.headers.get("X-Rate-Limit")).toBe("700");
    expect(first.headers.get("X-Rate-Limit-Remaining")).toBe("699");
    const second = await api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}.json`);
    expect(second.headers.get("X-Rate-Limit-Remaining")).toBe("698");
    expect(Number(second.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
  });

  test.each(Object.entries(PLAN_LIMITS))("limits the %s plan to %i requests a minute", (plan, limit) => {
    zendesk.store().setPlan(plan as keyof typeof PLAN_LIMITS);
    expect(zendesk.store().rateLimit.usage()).toMatchObject({ plan, limit, used: 0 });
  });

  it("answers 429 with Retry-After (seconds to the next minute) once the Team plan's 200 are spent, applying nothing, and admits again a minute later", async () => {
    const store = zendesk.store();
    store.setPlan("team");
    for (let i = 0; i < 199; i += 1) store.rateLimit.admit();
    const last = await api("/api/v2/brands.json");
    expect(last.status).toBe(200);
    expect(last.headers.get("X-Rate-Limit-Remaining")).toBe("0");

    const before = store.comments(TICKET_IDS.tboComplaint).length;
    const limited = await api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}.json`, { method: "PUT", body: { ticket: { comment: { body: "Nota", public: false } } } });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: "APIRateLimitExceeded", description: expect.any(String) });
    expect(limited.headers.get("Retry-After")).toBe("59");
    expect(limited.headers.get("X-Rate-Limit")).toBe("200");
    expect(store.comments(TICKET_IDS.tboComplaint)).toHaveLength(before);

    store.advanceClock(1);
    const again = await api("/api/v2/brands.json");
    expect(again.status).toBe(200);
    expect(again.headers.get("X-Rate-Limit-Remaining")).toBe("199");
  });

  it("does not count the host page's own reads (the agent UI), which carry the agent-UI mark", async () => {
    await fetch(`https://ruta-cc.zendesk.com/api/v2/brands.json`, { headers: { [AGENT_UI_HEADER]: "1" } });
    expect(zendesk.store().rateLimit.usage().used).toBe(0);
    await api("/api/v2/brands.json");
    expect(zendesk.store().rateLimit.usage().used).toBe(1);
  });
});

describe("reset()", () => {
  it("goes back to the Enterprise plan with a fresh count", async () => {
    const store = zendesk.store();
    store.setPlan("team");
    await api("/api/v2/brands.json");
    store.reset();
    expect(store.rateLimit.usage()).toMatchObject({ plan: "enterprise", limit: 700, used: 0 });
  });
});
