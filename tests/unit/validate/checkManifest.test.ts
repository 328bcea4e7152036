import { afterAll, describe, expect, it, test } from "vitest";
import { anApp, removeBuiltApps } from "../../fixtures/validate/anApp";
import { errorsOf, locate, validate } from "../../fixtures/validate/issues";

afterAll(removeBuiltApps);

describe("checkManifest()", () => {
  it("accepts the base app without errors or warnings", () => {
    expect(validate(anApp())).toEqual([]);
  });

  it('refuses a frameworkVersion other than "2.0"', () => {
    const issues = validate(anApp().withManifest({ frameworkVersion: "1.0" }));
    expect(errorsOf(issues)).toContainEqual({
      level: "error",
      file: "manifest.json",
      key: "frameworkVersion",
      message: '"1.0" is not a framework version Zendesk serves; use "2.0"',
    });
  });

  it("refuses a numeric frameworkVersion as a type error", () => {
    expect(locate(validate(anApp().withManifest({ frameworkVersion: 2 })), "error")).toContain("manifest.json: frameworkVersion");
  });

  test.each(["author", "defaultLocale", "location", "frameworkVersion"])("requires %s", (key) => {
    const issues = validate(anApp().withManifest({ [key]: undefined }));
    expect(errorsOf(issues)).toContainEqual(expect.objectContaining({ file: "manifest.json", key, message: "is required and missing" }));
  });

  it("refuses a defaultLocale without its translation file", () => {
    const issues = validate(anApp().without("translations/es.json"));
    expect(errorsOf(issues)).toContainEqual(expect.objectContaining({ key: "defaultLocale", message: expect.stringContaining("add translations/es.json") }));
  });

  it("refuses an invalid defaultLocale", () => {
    expect(locate(validate(anApp().withManifest({ defaultLocale: "Spanish" })), "error")).toContain("manifest.json: defaultLocale");
  });

  it("refuses an author url that is not http(s)", () => {
    expect(locate(validate(anApp().withManifest({ author: { name: "R", email: "r@x.io", url: "ruta.app" } })), "error")).toContain("manifest.json: author.url");
  });

  it("warns about an author without email, which Zendesk's docs ask for", () => {
    const issues = validate(anApp().withManifest({ author: { name: "Ruta" } }));
    expect(locate(issues, "warning")).toContain("manifest.json: author.email");
    expect(errorsOf(issues)).toEqual([]);
  });

  it("warns about unknown top-level keys and a non-semver version", () => {
    const issues = validate(anApp().withManifest({ colour: "blue", version: "v1" }));
    expect(locate(issues, "warning")).toEqual(expect.arrayContaining(["manifest.json: colour", "manifest.json: version"]));
  });

  test.each([
    ["private", "yes"],
    ["singleInstall", 1],
    ["domainWhitelist", "example.com"],
    ["parameters", {}],
  ])("refuses %s of the wrong type", (key, value) => {
    expect(locate(validate(anApp().withManifest({ [key]: value })), "error")).toContain(`manifest.json: ${key}`);
  });

  it("refuses invalid JSON and names the file", () => {
    const issues = validate(anApp().withManifestText("{ \"name\": "));
    expect(issues).toContainEqual(expect.objectContaining({ level: "error", file: "manifest.json", message: expect.stringContaining("is not valid JSON") }));
  });

  it("refuses duplicate keys, which JSON.parse would silently merge", () => {
    const issues = validate(anApp().withManifestText('{"name":"a","author":{"name":"a","email":"e@x.io"},"author":{"name":"b"}}'));
    expect(errorsOf(issues)).toContainEqual(expect.objectContaining({ file: "manifest.json", key: "author" }));
  });

  it("refuses noTemplate and unknown experiments on a v2 app", () => {
    const issues = validate(anApp().withManifest({ noTemplate: true, experiments: { turbo: true } }));
    expect(locate(issues, "error")).toEqual(expect.arrayContaining(["manifest.json: noTemplate", "manifest.json: experiments.turbo"]));
  });

  it("requires the oauth keys and an oauth parameter when oauth is set", () => {
    const issues = validate(anApp().withManifest({ oauth: { client_id: "x" } }));
    expect(errorsOf(issues).filter((i) => i.key === "oauth")).toHaveLength(2);
  });

  it("bans location and frameworkVersion on a requirements-only app", () => {
    const issues = validate(anApp().withManifest({ requirementsOnly: true }).withFile("requirements.json", {}));
    expect(locate(issues, "error")).toEqual(expect.arrayContaining(["manifest.json: location", "manifest.json: frameworkVersion"]));
  });
});
