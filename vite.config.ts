import { cpSync, existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";
import { flowCatalogPlugin } from "./scripts/flowCatalogPlugin.ts";

const root = import.meta.dirname;
const dist = resolve(root, "dist");

/** Lays out dist/ as Zendesk and zcli expect: manifest.json, translations/, requirements.json and .zcliignore beside assets/. */
function zendeskLayout(): Plugin {
  return {
    name: "ruta-zendesk-layout",
    closeBundle() {
      cpSync(resolve(root, "manifest.json"), resolve(dist, "manifest.json"));
      mkdirSync(resolve(dist, "translations"), { recursive: true });
      cpSync(resolve(root, "translations"), resolve(dist, "translations"), { recursive: true });
      for (const optional of ["requirements.json", ".zcliignore"]) {
        if (existsSync(resolve(root, optional))) cpSync(resolve(root, optional), resolve(dist, optional));
      }
    },
  };
}

export default defineConfig({
  root: resolve(root, "src"),
  resolve: { alias: [{ find: /^\.\/vendor\/native-promise-only$/, replacement: resolve(root, "scripts/build/nativePromise.cjs") }] },
  base: "./",
  publicDir: resolve(root, "assets"),
  build: {
    outDir: resolve(dist, "assets"),
    emptyOutDir: true,
    assetsDir: ".",
    target: "es2022",
    // Every browser Zendesk supports has modulepreload: the links stay, the polyfill goes.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { iframe: resolve(root, "src/iframe.html"), admin: resolve(root, "src/admin.html") } },
  },
  plugins: [flowCatalogPlugin(), zendeskLayout()],
});
