import Module from "node:module";
import js from "@eslint/js";

// The project compiles with TypeScript 7, which ships no JavaScript API; typescript-eslint parses with
// TypeScript 5.9's (the "typescript-eslint-api" alias in devDependencies). Only this ESLint process is affected.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const redirected = request === "typescript" || request.startsWith("typescript/") ? request.replace(/^typescript/, "typescript-eslint-api") : request;
  return resolveFilename.call(this, redirected, ...rest);
};
const { default: tseslint } = await import("typescript-eslint");

/** Where each layer may import from (README "How the code is laid out"; STYLE.md "Layers, imports pointing one way"). */
const EMULATOR = { regex: "(^|/)emulator(/|$)", message: "The app never imports the emulator: it is the local Zendesk, outside the bundle." };
const LAYERS = [
  {
    files: ["src/**/*.{ts,tsx}"],
    patterns: [EMULATOR],
  },
  {
    files: ["src/engine/**/*.ts"],
    patterns: [
      EMULATOR,
      { regex: "^(?!\\.\\./flows/|\\./)", message: "src/engine/ imports only src/flows/ (and its own files): time, data and I/O come in as arguments." },
    ],
  },
  {
    files: ["src/flows/**/*.ts"],
    patterns: [EMULATOR, { regex: "^(?!\\.\\.?/|zod/mini$)|^\\.\\./\\.\\./", message: "src/flows/ is data and its schema: it imports only zod and its own files." }],
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    patterns: [
      EMULATOR,
      {
        regex: "^zendesk_app_framework_sdk$|(^|/)zendesk/(zafClient|createZendeskPort)$",
        message: "src/ui/ never touches the ZAF client: it talks to the port (src/zendesk/port.ts), wired in src/main.tsx.",
      },
    ],
  },
].map(({ files, patterns }) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } }));

export default tseslint.config(
  { ignores: ["dist/**", "emulator/dist/**", "artifacts/**", "test-artifacts/**", "tmp/**", "node_modules/**", "tests/fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // tsc (noUnusedLocals / noUnusedParameters) already reports these, with the project's `_` convention.
      "@typescript-eslint/no-unused-vars": "off",
      // Sanitizers (src/engine/cleanValue.ts) and glob matching match control characters on purpose.
      "no-control-regex": "off",
    },
  },
  {
    // msw's handler types and raw REST bodies in tests are typed at that boundary; the app itself stays strict.
    files: ["emulator/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  ...LAYERS,
);
