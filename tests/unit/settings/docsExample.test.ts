import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import { parseConfig } from "../../../src/settings/parseSettings";

const doc = readFileSync(resolve(import.meta.dirname, "../../../docs/team-leads.md"), "utf8");

describe("docs/team-leads.md", () => {
  it("shows a settings example that is valid as written", () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const { settings, issues } = parseConfig(example!, CATALOG);
    expect(issues).toEqual([]);
    expect([...settings.brands.keys()]).toEqual(["tigo-bo", "tigo-py", "ruta-cc"]);
    expect(settings.brands.get("ruta-cc")!.flows.map((f) => f.id)).toContain("postulacion");
  });
});
