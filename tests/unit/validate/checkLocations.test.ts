import { afterAll, describe, expect, it, test } from "vitest";
import { anApp, removeBuiltApps } from "../../fixtures/validate/anApp";
import { errorsOf, locate, validate } from "../../fixtures/validate/issues";

afterAll(removeBuiltApps);

const sidebar = (options: unknown) => ({ location: { support: { ticket_sidebar: options } } });

describe("checkLocations()", () => {
  test.each([
    ["assets/missing.html", "refers to assets/missing.html, which is not in the package"],
    ["iframe.html", 'is relative but does not start with "assets/"'],
    ["http://ruta.app/app", "must use https (or point at localhost)"],
  ])("refuses the url %s", (url, reason) => {
    const issues = validate(anApp().withManifest(sidebar({ url })));
    expect(errorsOf(issues)).toContainEqual({ level: "error", file: "manifest.json", key: "location.support.ticket_sidebar.url", message: `"${url}" ${reason}` });
  });

  test.each(["https://ruta.app/app", "http://localhost:4567/app", "assets/iframe.html?v=2", "{{setting.appUrl}}"])("accepts the url %s", (url) => {
    expect(errorsOf(validate(anApp().withManifest(sidebar({ url }))))).toEqual([]);
  });

  it("accepts a location given as a url string", () => {
    expect(errorsOf(validate(anApp().withManifest(sidebar("assets/iframe.html"))))).toEqual([]);
  });

  it("requires a url unless autoLoad is false", () => {
    expect(locate(validate(anApp().withManifest(sidebar({ flexible: true }))), "error")).toContain("manifest.json: location.support.ticket_sidebar.url");
    expect(errorsOf(validate(anApp().withManifest(sidebar({ autoLoad: false }))))).toEqual([]);
  });

  it("refuses unknown products and locations", () => {
    const issues = validate(anApp().withManifest({ location: { support: { ticket_sidebar: "assets/iframe.html", ticket_footer: "assets/iframe.html" }, guide: {} } }));
    expect(locate(issues, "error")).toEqual(["manifest.json: location.support.ticket_footer", "manifest.json: location.guide"]);
  });

  it("refuses the v1 list form and an empty location object", () => {
    expect(locate(validate(anApp().withManifest({ location: ["ticket_sidebar"] })), "error")).toContain("manifest.json: location");
    expect(locate(validate(anApp().withManifest({ location: { support: {} } })), "error")).toContain("manifest.json: location");
  });

  it("refuses a non-boolean flexible and warns about unknown options", () => {
    const issues = validate(anApp().withManifest(sidebar({ url: "assets/iframe.html", flexible: "yes", height: "300px" })));
    expect(locate(issues, "error")).toEqual(["manifest.json: location.support.ticket_sidebar.flexible"]);
    expect(locate(issues, "warning")).toEqual(["manifest.json: location.support.ticket_sidebar.height"]);
  });

  it("accepts every support location Ruta might grow into", () => {
    const url = { url: "assets/iframe.html" };
    const location = { support: { ticket_sidebar: url, new_ticket_sidebar: url, user_sidebar: url, organization_sidebar: url, background: url, modal: url } };
    expect(errorsOf(validate(anApp().withManifest({ location })))).toEqual([]);
  });
});
