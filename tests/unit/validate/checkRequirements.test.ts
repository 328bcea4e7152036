import { afterAll, describe, expect, it, test } from "vitest";
import { anApp, removeBuiltApps } from "../../fixtures/validate/anApp";
import { errorsOf, locate, validate } from "../../fixtures/validate/issues";

afterAll(removeBuiltApps);

const withRequirements = (requirements: unknown) => validate(anApp().withFile("requirements.json", typeof requirements === "string" ? requirements : JSON.stringify(requirements)));

describe("checkRequirements()", () => {
  it("accepts requirements with titles and fields with keys", () => {
    const requirements = {
      ticket_fields: { order_state: { type: "tagger", title: "Estado de Pedido" } },
      user_fields: { tier: { type: "text", title: "Tier", key: "tier" } },
      webhooks: { notify: { name: "n", status: "active", endpoint: "https://x.io", http_method: "POST", request_format: "json" } },
    };
    expect(withRequirements(requirements)).toEqual([]);
  });

  it("refuses an unknown requirement type", () => {
    expect(errorsOf(withRequirements({ dashboards: { a: { title: "A" } } }))).toEqual([
      { level: "error", file: "requirements.json", key: "dashboards", message: expect.stringContaining('"dashboards" is not a requirement type') },
    ]);
  });

  test.each([
    [{ macros: { close: { actions: [] } } }, "requirements.json: macros.close.title"],
    [{ user_fields: { tier: { title: "Tier" } } }, "requirements.json: user_fields.tier.key"],
    [{ webhooks: { notify: { name: "n" } } }, "requirements.json: webhooks.notify.status"],
    [{ channel_integrations: { a: { manifest_url: "u" }, b: { manifest_url: "u" } } }, "requirements.json: channel_integrations"],
    [{ targets: { t: { title: "T", type: "http_target" } } }, "requirements.json: targets.t.type"],
    [{ macros: ["close"] }, "requirements.json: macros"],
    [{ custom_objects: { custom_object_relationship_types: [] } }, "requirements.json: custom_objects.custom_object_types"],
    [{ custom_objects_v2: { objects: [{ key: "car", title: "Car", title_pluralized: "Cars" }] } }, "requirements.json: custom_objects_v2.objects[0].include_in_list_view"],
    [{ custom_objects_v2: { object_fields: [{ key: "k", title: "K", type: "text", object_key: "boat" }] } }, "requirements.json: custom_objects_v2.object_fields[0].object_key"],
    [[], "requirements.json"],
    ["{ nope", "requirements.json"],
  ])("refuses %j", (requirements, where) => {
    expect(locate(withRequirements(requirements), "error")).toContain(where);
  });

  it("refuses duplicate identifiers within a type", () => {
    const issues = withRequirements('{ "macros": { "close": { "title": "A" }, "close": { "title": "B" } } }');
    expect(errorsOf(issues)).toEqual([expect.objectContaining({ file: "requirements.json", key: "macros.close" })]);
  });

  it("refuses more than 5,000 requirements", () => {
    const views = Object.fromEntries(Array.from({ length: 5_001 }, (_, i) => [`view_${i}`, { title: `View ${i}` }]));
    expect(errorsOf(withRequirements({ views }))).toEqual([expect.objectContaining({ message: "holds 5001 requirements; the limit is 5000" })]);
  });

  it("requires requirements.json on a requirements-only app", () => {
    const issues = validate(anApp().withManifest({ requirementsOnly: true, location: undefined, frameworkVersion: undefined }));
    expect(locate(issues, "error")).toEqual(["requirements.json"]);
  });
});
