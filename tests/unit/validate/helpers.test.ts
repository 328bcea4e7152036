import { describe, expect, it, test } from "vitest";
import { findDuplicateKeys } from "../../../scripts/validate/findDuplicateKeys";
import { formatIssue, summarizeIssues } from "../../../scripts/validate/formatIssue";
import { globToRegExp, parseIgnoreFile } from "../../../scripts/validate/matchGlob";
import { readPngHeader } from "../../../scripts/validate/readPngHeader";
import { makePng } from "../../fixtures/validate/makePng";
import { findUnansweredParameters, ZcliAppsConfig } from "../../../scripts/zcli-server";

describe("findDuplicateKeys()", () => {
  test.each([
    ['{"a":1,"b":{"a":2}}', []],
    ['{"a":1,"a":2}', ["a"]],
    ['{"x":{"y":[{"k":1,"k":2}]},"s":"{\\"q\\":1,\\"q\\":2}"}', ["x.y.[].k"]],
    ['[{"a":1},{"a":2}]', []],
  ])("finds the repeated keys of %s", (text, expected) => {
    expect(findDuplicateKeys(text)).toEqual(expected);
  });
});

describe("globToRegExp()", () => {
  test.each([
    ["zcli.apps.config.json", "zcli.apps.config.json", true],
    ["zcli.apps.config.json", "assets/zcli.apps.config.json", false],
    ["tmp/**", "tmp/a/b.zip", true],
    ["**/*.map", "assets/a.js.map", true],
    ["**/*.map", "a.map", true],
    ["assets/*.map", "assets/x/a.map", false],
    ["?.txt", "a.txt", true],
  ])("%s matches %s: %s", (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  it("reads .zcliignore lines like zcli: trimmed, no blanks, no comments", () => {
    expect(parseIgnoreFile("# c\r\n a \n\nb/**\n")).toEqual(["a", "b/**"]);
  });
});

describe("readPngHeader()", () => {
  it("reads the size and transparency, and refuses other bytes", () => {
    expect(readPngHeader(makePng(320, 200))).toEqual({ width: 320, height: 200, colorType: 6, hasAlpha: true });
    expect(readPngHeader(makePng(8, 8, { alpha: false }))).toMatchObject({ hasAlpha: false });
    expect(readPngHeader(Buffer.from("GIF89a........................................"))).toBeNull();
  });
});

describe("formatIssue()", () => {
  it("prints one line naming the file and key", () => {
    expect(formatIssue({ level: "warning", file: "assets/logo.png", key: "", message: "is missing" })).toBe("warning assets/logo.png: is missing");
    expect(summarizeIssues([{ level: "error", file: "f", key: "", message: "m" }])).toBe("1 error, 0 warnings");
  });
});

describe("zcli.apps.config.example.json", () => {
  it("answers every manifest parameter, so zcli apps:server never prompts", async () => {
    const { default: example } = await import("../../../zcli.apps.config.example.json");
    const { default: manifest } = await import("../../../manifest.json");
    const config = ZcliAppsConfig.parse(example);
    expect(findUnansweredParameters(manifest, config)).toEqual([]);
    expect(config).toMatchObject({ app_id: expect.anything(), installation_id: expect.anything() });
  });
});
