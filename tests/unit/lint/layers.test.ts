import { resolve } from "node:path";
import { ESLint } from "eslint";

const root = resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

/** The import restrictions ESLint (eslint.config.js) reports for `code` placed at `file`. */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the layers (eslint.config.js, no-restricted-imports)", { timeout: 60_000 }, () => {
  it.each([
    ["the port", 'import type { ZendeskPort } from "../zendesk/port";'],
    ["the UI", 'import { Sidebar } from "../ui/Sidebar";'],
    ["a package", 'import { signal } from "@preact/signals";'],
    ["the settings", 'import { parseSettings } from "../settings/parseSettings";'],
  ])("reports src/engine/ importing %s", async (_, code) => {
    expect(await restrictedImports("src/engine/fixture.ts", `${code}\nexport const x = 1;\n`)).toEqual([
      expect.stringContaining("src/engine/ imports only src/flows/ (and its own files)"),
    ]);
  });

  it("lets src/engine/ import src/flows/ and its own files", async () => {
    const code = 'import type { Flow } from "../flows/schema";\nimport { findStep } from "./findStep";\nexport const f = (flow: Flow) => findStep(flow, flow.start);\n';
    expect(await restrictedImports("src/engine/fixture.ts", code)).toEqual([]);
  });

  it.each([
    ["the ZAF SDK", 'import ZAFClient from "zendesk_app_framework_sdk";'],
    ["the ZAF client", 'import type { ZafClient } from "../zendesk/zafClient";'],
    ["the port's factory", 'import { createZendeskPort } from "../zendesk/createZendeskPort";'],
  ])("reports src/ui/ importing %s", async (_, code) => {
    expect(await restrictedImports("src/ui/Fixture.tsx", `${code}\nexport const x = 1;\n`)).toEqual([expect.stringContaining("src/ui/ never touches the ZAF client")]);
  });

  it("lets src/ui/ use the port's interface", async () => {
    expect(await restrictedImports("src/ui/Fixture.tsx", 'import type { ZendeskPort } from "../zendesk/port";\nexport type P = ZendeskPort;\n')).toEqual([]);
  });

  it.each([["src/main.tsx", "./../emulator/zendesk"], ["src/zendesk/fixture.ts", "../../emulator/zendesk/store"]])("reports %s importing the emulator", async (file, from) => {
    expect(await restrictedImports(file, `import * as e from "${from}";\nexport const x = e;\n`)).toEqual([expect.stringContaining("never imports the emulator")]);
  });

  it("reports src/flows/ importing the engine", async () => {
    expect(await restrictedImports("src/flows/schema/fixture.ts", 'import { stepTag } from "../../engine/progressTags";\nexport const x = stepTag;\n')).toEqual([
      expect.stringContaining("src/flows/ is data and its schema"),
    ]);
  });
});
