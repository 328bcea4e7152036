import { AGENT_IDS, REQUESTER_IDS } from "../../../emulator/zendesk";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

useZendesk();
const ids = async (path: string) => ((await (await api(path)).json()).users as { id: number }[]).map((u) => u.id);

// https://developer.zendesk.com/api-reference/ticketing/users/users/#list-users
describe("Users › List Users", () => {
  it("lists every user without a filter, paginated", async () => {
    const body = await (await api("/api/v2/users.json")).json();
    expect(body.users.map((u: { id: number }) => u.id)).toEqual(expect.arrayContaining([AGENT_IDS.carla, REQUESTER_IDS.marcelo]));
    expect(body).toMatchObject({ count: body.users.length, next_page: null });
  });

  it("filters by one role (role) or several (role[])", async () => {
    expect(await ids("/api/v2/users.json?role=admin")).toEqual([AGENT_IDS.veronica]);
    expect((await ids("/api/v2/users.json?role[]=agent&role[]=admin")).sort()).toEqual(Object.values(AGENT_IDS).sort());
  });

  it("refuses an unknown role with 400 (docs silent; stricter reading than answering no users)", async () => {
    const res = await api("/api/v2/users.json?role=supervisor");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "InvalidParameter" });
  });
});
