import { afterAll, describe, expect, it } from "vitest";
import { anApp, aTranslation, removeBuiltApps } from "../../fixtures/validate/anApp";
import { errorsOf, locate, validate } from "../../fixtures/validate/issues";

afterAll(removeBuiltApps);

/** A translation with one app.* key removed. */
function translationWithout(key: string): Record<string, unknown> {
  const file = aTranslation("Ruta");
  delete (file.app as Record<string, unknown>)[key];
  return file;
}

describe("checkTranslations()", () => {
  it("refuses en.json without app.name", () => {
    const issues = validate(anApp().withFile("translations/en.json", translationWithout("name")));
    expect(errorsOf(issues)).toEqual([{ level: "error", file: "translations/en.json", key: "app.name", message: "is required and missing" }]);
  });

  it("asks a public app for its listing texts in en.json (description counts as short_description)", () => {
    const issues = validate(anApp().withManifest({ private: false }).withFile("translations/en.json", translationWithout("long_description")));
    expect(locate(issues, "error")).toEqual(["translations/en.json: app.long_description"]);
    const withDescription = translationWithout("short_description");
    (withDescription.app as Record<string, unknown>).description = "Old name of the key.";
    expect(errorsOf(validate(anApp().withManifest({ private: false }).withFile("translations/en.json", withDescription)))).toEqual([]);
  });

  it("only asks a private app for app.name", () => {
    expect(errorsOf(validate(anApp().withFile("translations/en.json", translationWithout("long_description"))))).toEqual([]);
  });

  it("refuses a file name that is not a locale, invalid JSON and a non-object", () => {
    const issues = validate(anApp().withFile("translations/es_ES.json", {}).withFile("translations/fr.json", "{ nope").withFile("translations/de.json", "[]"));
    expect(locate(issues, "error")).toEqual(["translations/de.json", "translations/es_ES.json", "translations/fr.json"]);
  });

  it("refuses a parameter translation without a label", () => {
    const file = aTranslation("Ruta");
    (file.app as { parameters: Record<string, unknown> }).parameters.brandFlows = { helpText: "JSON" };
    expect(locate(validate(anApp().withFile("translations/es.json", file)), "error")).toEqual(["translations/es.json: app.parameters.brandFlows"]);
  });

  it("warns when a manifest parameter has no label in a file, or a label has no parameter", () => {
    const issues = validate(anApp().withParameters({ name: "orderStateFieldId", type: "number" }, { name: "region" }));
    expect(errorsOf(issues)).toEqual([]);
    expect(locate(issues, "warning")).toEqual([
      "translations/en.json: app.parameters.brandFlows",
      "translations/en.json: app.parameters.region.label",
      "translations/es.json: app.parameters.brandFlows",
      "translations/es.json: app.parameters.region.label",
    ]);
  });

  it("warns when en.json is missing and the default locale has no app.name", () => {
    const issues = validate(anApp().without("translations/en.json").withFile("translations/es.json", translationWithout("name")));
    expect(errorsOf(issues)).toEqual([]);
    expect(locate(issues, "warning")).toEqual(["translations/en.json", "translations/es.json: app.name"]);
  });

  it("refuses a malformed app.package tree", () => {
    const file = aTranslation("Ruta");
    (file.app as Record<string, unknown>).package = { labels: { save: "Guardar" } };
    expect(locate(validate(anApp().withFile("translations/es.json", file)), "error")).toEqual(["translations/es.json: app.package.labels.save"]);
  });
});
