import { copyFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "vite";

const ROOT = resolve(import.meta.dirname, "../..");
/** Where the bench builds the minimal app (tmp/ is ignored by git), in the layout the emulator serves: `<dir>/assets/iframe.html`. */
export const MINIMAL_APP_DIR = resolve(ROOT, "tmp/bench/minimal-app");

/** Builds the minimal ZAF app with the same bundler and target as Ruta, so the comparison is the apps, not the tooling. */
export async function buildMinimalApp(): Promise<string> {
  await build({
    configFile: false,
    logLevel: "warn",
    root: resolve(import.meta.dirname, "minimal-app"),
    base: "./",
    build: { outDir: resolve(MINIMAL_APP_DIR, "assets"), emptyOutDir: true, assetsDir: ".", target: "es2020", rollupOptions: { input: resolve(import.meta.dirname, "minimal-app/iframe.html") } },
  });
  copyFileSync(resolve(import.meta.dirname, "minimal-app/manifest.json"), resolve(MINIMAL_APP_DIR, "manifest.json"));
  return MINIMAL_APP_DIR;
}
