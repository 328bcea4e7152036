import { afterAll, describe, expect, it } from "vitest";
import { anApp, removeBuiltApps } from "../../fixtures/validate/anApp";
import { makePng } from "../../fixtures/validate/makePng";
import { errorsOf, locate, validate } from "../../fixtures/validate/issues";

afterAll(removeBuiltApps);

describe("checkAssets()", () => {
  it("refuses a logo of the wrong size", () => {
    const issues = validate(anApp().withFile("assets/logo.png", makePng(256, 256)));
    expect(errorsOf(issues)).toEqual([{ level: "error", file: "assets/logo.png", key: "", message: "is 256×256; it must be 320×320 pixels" }]);
  });

  it("refuses a logo that is not a PNG", () => {
    expect(locate(validate(anApp().withFile("assets/logo-small.png", "GIF89a")), "error")).toEqual(["assets/logo-small.png"]);
  });

  it("warns when a private app has no logos, and refuses a public one", () => {
    const privateApp = validate(anApp().without("assets/logo.png").without("assets/logo-small.png"));
    expect(errorsOf(privateApp)).toEqual([]);
    expect(locate(privateApp, "warning")).toEqual(["assets/logo-small.png", "assets/logo.png"]);
    expect(locate(validate(anApp().withManifest({ private: false }).without("assets/logo.png")), "error")).toEqual(["assets/logo.png"]);
  });

  it("warns when the small logo has no transparency", () => {
    expect(locate(validate(anApp().withFile("assets/logo-small.png", makePng(128, 128, { alpha: false }))), "warning")).toEqual(["assets/logo-small.png"]);
  });

  it("checks the banner size, at 1× or 2×", () => {
    expect(errorsOf(validate(anApp().withFile("assets/banner.png", makePng(1660, 400))))).toEqual([]);
    expect(locate(validate(anApp().withFile("assets/banner.png", makePng(800, 200))), "error")).toEqual(["assets/banner.png"]);
  });

  it("warns about a top_bar location without its svg icon", () => {
    const location = { support: { ticket_sidebar: "assets/iframe.html", top_bar: "assets/iframe.html" } };
    expect(locate(validate(anApp().withManifest({ location })), "warning")).toEqual(["assets/icon_top_bar.svg"]);
  });
});
