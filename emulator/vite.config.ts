import { resolve } from "node:path";
import { defineConfig } from "vite";

const here = import.meta.dirname;

/** Builds the emulator's host page (emulator/host) into emulator/dist, served by emulator/server.ts. */
export default defineConfig({
  root: resolve(here, "host"),
  base: "/",
  build: { outDir: resolve(here, "dist"), emptyOutDir: true, target: "es2022" },
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
});
