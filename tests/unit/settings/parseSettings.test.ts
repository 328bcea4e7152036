import fc from "fast-check";
import { flowsForBrand, parseSettings } from "../../../src/settings/parseSettings";

const ids = ["pre-post", "tbo"];

describe("parseSettings()", () => {
  it("reads a numeric field id given as text, as the admin form sends it", () => {
    expect(parseSettings({ orderStateFieldId: "360011112222" }, ids)).toEqual({ settings: { orderStateFieldId: 360011112222 }, issues: [] });
  });

  it("reports a field id that is not a number and leaves it out", () => {
    expect(parseSettings({ orderStateFieldId: "abc" }, ids)).toEqual({ settings: {}, issues: [{ key: "orderStateFieldId", problem: "notANumber", detail: "abc" }] });
  });

  it.each([
    ["{not json", "notJson"],
    ['["pre-post"]', "badShape"],
    ['{"tigo-bo": "pre-post"}', "badShape"],
  ])("reports brandFlows %s as %s", (raw, problem) => {
    const { settings, issues } = parseSettings({ brandFlows: raw }, ids);
    expect(settings.brandFlows).toBeUndefined();
    expect(issues).toEqual([{ key: "brandFlows", problem }]);
  });

  it("names unknown flow ids but keeps the rest", () => {
    const { settings, issues } = parseSettings({ brandFlows: '{"tigo-bo":["pre-post","nope"]}' }, ids);
    expect(settings.brandFlows).toEqual({ "tigo-bo": ["pre-post", "nope"] });
    expect(issues).toEqual([{ key: "brandFlows", problem: "unknownFlow", detail: "nope" }]);
    expect(flowsForBrand(settings, { id: 1, subdomain: "tigo-bo" }, ids)).toEqual(["pre-post"]);
  });

  it("gives every flow to a brand with no entry, and matches brands by id too", () => {
    const settings = { brandFlows: { "42": ["tbo"] } };
    expect(flowsForBrand(settings, { id: 7, subdomain: "x" }, ids)).toEqual(ids);
    expect(flowsForBrand(settings, { id: 42, subdomain: "x" }, ids)).toEqual(["tbo"]);
  });

  it("never throws, whatever the settings hold", () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.anything({ withNullPrototype: true, withBigInt: true })), (raw) => void parseSettings(raw, ids)), { numRuns: 500 });
    fc.assert(fc.property(fc.string(), fc.anything(), (brandFlows, fieldId) => void parseSettings({ brandFlows, orderStateFieldId: fieldId }, ids)));
  });
});
