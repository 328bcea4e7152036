import { afterAll, describe, expect, it, test } from "vitest";
import { anApp, removeBuiltApps } from "../../fixtures/validate/anApp";
import { errorsOf, locate, validate } from "../../fixtures/validate/issues";
import { formatIssue } from "../../../scripts/validate/formatIssue";

afterAll(removeBuiltApps);

const field = { name: "orderStateFieldId", type: "number" };

describe("checkParameters()", () => {
  it('refuses the "password" type and says to use a secure text parameter', () => {
    const issues = validate(anApp().withParameters(field, { name: "apiPassword", type: "password" }));
    expect(errorsOf(issues).map(formatIssue)).toEqual([
      'error   manifest.json: parameters[1].type "password" is not a valid parameter type; use "text" with "secure": true',
    ]);
  });

  it("refuses a hidden parameter that is required", () => {
    const issues = validate(anApp().withParameters(field, { name: "flag", type: "hidden", required: true }));
    expect(errorsOf(issues)).toContainEqual({ level: "error", file: "manifest.json", key: "parameters[1].required", message: "cannot be true on a hidden parameter" });
  });

  it("refuses scopes on a parameter that is not secure", () => {
    const issues = validate(anApp().withParameters(field, { name: "apiToken", type: "text", scopes: ["header"] }));
    expect(errorsOf(issues)).toContainEqual(expect.objectContaining({ key: "parameters[1].scopes", message: 'cannot be set on a parameter that is not "secure": true' }));
  });

  test.each([
    [{ name: "t", secure: true, scopes: "header" }, "parameters[1].scopes"],
    [{ name: "t", secure: true, scopes: [] }, "parameters[1].scopes"],
    [{ name: "t", secure: true, scopes: ["cookie"] }, "parameters[1].scopes"],
    [{ name: "name" }, "parameters[1].name"],
    [{ type: "text" }, "parameters[1].name"],
    [{ name: "t", required: "no" }, "parameters[1].required"],
    [{ name: "t", type: "oauth", secure: true }, "parameters[1].secure"],
    [{ name: "cert", type: "mtls", allowed_domain: "https://x.io" }, "parameters[1].allowed_domain"],
    [{ name: "cert", type: "mtls", allowed_domain: "api.*.x.io" }, "parameters[1].allowed_domain"],
    [{ name: "cert", type: "mtls", allowed_domain: "x.io", secure: true }, "parameters[1]"],
  ])("refuses %j", (parameter, key) => {
    expect(locate(validate(anApp().withParameters(field, parameter)), "error")).toContain(`manifest.json: ${key}`);
  });

  it("accepts a scoped secure parameter and a valid mtls parameter", () => {
    const issues = validate(anApp().withParameters(field, { name: "apiToken", type: "text", secure: true, scopes: ["header"] }, { name: "cert", type: "mtls", allowed_domain: "*.ruta.app" }));
    expect(errorsOf(issues)).toEqual([]);
  });

  it("refuses duplicate parameter names", () => {
    const issues = validate(anApp().withParameters(field, field));
    expect(errorsOf(issues)).toContainEqual(expect.objectContaining({ key: "parameters[1].name", message: expect.stringContaining("already the name of parameters[0]") }));
  });

  it("refuses more than one oauth parameter", () => {
    expect(locate(validate(anApp().withParameters({ name: "a", type: "oauth" }, { name: "b", type: "oauth" })), "error")).toContain("manifest.json: parameters");
  });

  it("warns about a credential-like text parameter that is not secure", () => {
    const issues = validate(anApp().withParameters(field, { name: "apiKey" }));
    expect(errorsOf(issues)).toEqual([]);
    expect(locate(issues, "warning")).toContain("manifest.json: parameters[1]");
  });

  it("warns about defaults on secure or hidden parameters and secure ones without scopes", () => {
    const issues = validate(anApp().withParameters(field, { name: "token", secure: true, default: "x" }, { name: "mode", type: "hidden", default: "a" }));
    expect(locate(issues, "warning")).toEqual(expect.arrayContaining(["manifest.json: parameters[1].default", "manifest.json: parameters[1].scopes", "manifest.json: parameters[2].default"]));
  });

  it("warns about keys a parameter does not have (labels belong in translations)", () => {
    expect(locate(validate(anApp().withParameters({ ...field, label: "Field" })), "warning")).toContain("manifest.json: parameters[0].label");
  });
});
