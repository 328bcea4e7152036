import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import en from "../../../translations/en.json";
import es from "../../../translations/es.json";
import { DISPOSITIONS, TICKET_STATUSES, VALUE_FORMATS } from "../../../src/flows/schema";
import { createTranslator, loadTranslator, localeOf } from "../../../src/i18n/translate";
import { SETTINGS_PROBLEMS } from "../../../src/settings/SettingsIssue";

function keysOf(node: unknown, prefix = ""): string[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => (v && typeof v === "object" ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const ui = { es: new Set(keysOf(es.ui)), en: new Set(keysOf(en.ui)) };

describe("translations", () => {
  it("es and en have the same keys", () => {
    expect([...ui.en].sort()).toEqual([...ui.es].sort());
    expect(keysOf(en.app).sort()).toEqual(keysOf(es.app).sort());
  });

  it("holds every literal key the UI asks for", () => {
    const src = resolve(import.meta.dirname, "../../../src");
    const used = sourceFiles(src).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bt\("([a-zA-Z.]+)"/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(20);
    for (const key of used) expect(ui.es.has(key) && ui.en.has(key), key).toBe(true);
  });

  it.each([
    ...TICKET_STATUSES.map((s) => `status.${s}`),
    ...DISPOSITIONS.map((d) => `disposition.${d}`),
    ...VALUE_FORMATS.map((f) => `checklist.format.${f}`),
    ...["conflict", "rateLimited", "server", "notFound", "forbidden", "invalid", "network", "timeout"].map((k) => `error.api.${k}`),
    ...SETTINGS_PROBLEMS.map((k) => `error.settings.${k}`),
    ...["macroMissing", "macroAmbiguous", "fieldMissing", "optionMissing", "zafError"].map((k) => `apply.failure.${k}`),
    ...["macro", "status", "orderState", "tagAdd", "tagRemove"].map((k) => `apply.change.${k}`),
    ...["tag", "rules", "manual"].map((k) => `flow.chosenBy.${k}`),
    ...["saved", "alreadySaved", "unchanged"].map((k) => `checklist.${k}`),
  ])("has the computed key %s in both languages", (key) => {
    expect(ui.es.has(key)).toBe(true);
    expect(ui.en.has(key)).toBe(true);
  });

  it("follows the agent's locale with a fallback to Spanish", async () => {
    expect(localeOf("en-US")).toBe("en");
    expect(localeOf("es-419")).toBe("es");
    expect(localeOf("pt-BR")).toBe("es");
    expect((await loadTranslator("en"))("status.hold")).toBe("On-hold");
    expect(createTranslator("es")("status.hold")).toBe("En espera");
    expect(createTranslator("es")("apply.change.status", { from: "Abierto", to: "Pendiente" })).toBe("Estado: Abierto → Pendiente");
  });
});
