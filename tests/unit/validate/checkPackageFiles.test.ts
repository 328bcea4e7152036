import { afterAll, describe, expect, it } from "vitest";
import { anApp, removeBuiltApps } from "../../fixtures/validate/anApp";
import { errorsOf, locate, validate } from "../../fixtures/validate/issues";
import { listPackageFiles } from "../../../scripts/validate/listPackageFiles";

afterAll(removeBuiltApps);

describe("listPackageFiles()", () => {
  it("selects files as zcli does: no dot-files, no tmp/, no .zcliignore globs", () => {
    const dir = anApp()
      .withFile(".zcliignore", "# local\nzcli.apps.config.json\nassets/**/*.map\n")
      .withFile("zcli.apps.config.json", {})
      .withFile(".env", "SECRET=1")
      .withFile(".cache/x.json", {})
      .withFile("tmp/app-1.zip", "zip")
      .withFile("assets/iframe.js.map", "{}")
      .withFile("assets/nested/tmp/keep.txt", "kept: only the root tmp/ is zcli's")
      .write();
    const { files, skipped } = listPackageFiles(dir);
    expect(files).toEqual([
      "assets/iframe.html",
      "assets/logo-small.png",
      "assets/logo.png",
      "assets/nested/tmp/keep.txt",
      "manifest.json",
      "translations/en.json",
      "translations/es.json",
    ]);
    expect(skipped).toEqual([".cache/", ".env", ".zcliignore", "assets/iframe.js.map", "tmp/app-1.zip", "zcli.apps.config.json"]);
  });
});

describe("checkPackageFiles()", () => {
  it("refuses zcli.apps.config.json unless .zcliignore lists it", () => {
    expect(locate(validate(anApp().withFile("zcli.apps.config.json", {})), "error")).toEqual(["zcli.apps.config.json"]);
    expect(errorsOf(validate(anApp().withFile("zcli.apps.config.json", {}).withFile(".zcliignore", "zcli.apps.config.json\n")))).toEqual([]);
  });

  it("refuses symlinks and file types Zendesk does not take", () => {
    const issues = validate(anApp().withSymlink("assets/link.html", "iframe.html").withFile("assets/guide.pdf", "%PDF-1.7").withFile("assets/data.bin.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04])));
    expect(locate(issues, "error")).toEqual(["assets/data.bin.txt", "assets/guide.pdf", "assets/link.html"]);
  });

  it("warns about files Zendesk would not serve (outside assets/ and translations/)", () => {
    const issues = validate(anApp().withFile("flows.json", []).withFile("docs/readme.md", "x").withFile("requirements.json", {}));
    expect(errorsOf(issues)).toEqual([]);
    expect(locate(issues, "warning")).toEqual(["docs/readme.md", "flows.json"]);
  });

  it("applies a given .zcliignore, as the CLIs do with the project's when dist/ has none", () => {
    const dir = anApp().withFile("flows.json", []).write();
    const ignoreFile = anApp().withFile(".zcliignore", "flows.json\n").write() + "/.zcliignore";
    expect(listPackageFiles(dir, ignoreFile).files).not.toContain("flows.json");
    expect(listPackageFiles(dir).files).toContain("flows.json");
  });

  it("refuses a package whose manifest sits in a sub-folder", () => {
    const issues = validate(anApp().without("manifest.json").withFile("ruta/manifest.json", {}));
    expect(errorsOf(issues)).toEqual([
      { level: "error", file: "manifest.json", key: "", message: "is missing at the package root; found ruta/manifest.json — package the folder that holds it" },
    ]);
  });

  it("warns about plain-http URLs and secrets in sources, but not XML namespaces", () => {
    const script = 'fetch("http://api.ruta.app/x"); document.createElementNS("http://www.w3.org/2000/svg", "svg"); const k = "AKIAABCDEFGHIJKLMNOP";';
    const issues = validate(anApp().withFile("assets/main.js", script));
    expect(errorsOf(issues)).toEqual([]);
    expect(issues.map((i) => i.message)).toEqual([
      "may contain a secret (AWS access key id); review it before uploading",
      "requests plain http (http://api.ruta.app/x); use https",
    ]);
  });
});
