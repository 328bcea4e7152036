import { spawn } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import * as z from "zod";
import { ZCLI_IGNORE_FILE } from "./validate/listPackageFiles";
import { ZCLI_CONFIG } from "./validate/rules/checkPackageFiles";

/** The zcli release this project is tried with (Node ≥ 20.17). */
export const ZCLI_PACKAGE = "@zendesk/zcli@1.0.1";

/** The part of zcli.apps.config.json that apps:server reads; values are what the settings page would hold. */
export const ZcliAppsConfig = z.object({
  app_id: z.union([z.string(), z.number()]).optional(),
  installation_id: z.union([z.string(), z.number()]).optional(),
  plan: z.string().optional(),
  parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});
export type ZcliAppsConfig = z.infer<typeof ZcliAppsConfig>;

/** The manifest parameters a config does not answer; zcli would stop and prompt for each of them. */
export function findUnansweredParameters(manifest: { parameters?: { name: string }[] }, config: ZcliAppsConfig): string[] {
  return (manifest.parameters ?? []).map((p) => p.name).filter((name) => !(name in config.parameters));
}

/**
 * `npm run server`: puts zcli.apps.config.json (the user's own, else the committed example) and
 * .zcliignore into dist/, then runs `zcli apps:server dist` so a real account can load the local build
 * with `?zcli_apps=true`. Extra arguments (e.g. `-- --port 4568`) go to zcli.
 */
function main(): void {
  const root = resolve(import.meta.dirname, "..");
  const dist = resolve(root, "dist");
  if (!existsSync(resolve(dist, "manifest.json"))) throw new Error(`Failed to start the zcli server: ${relative(root, dist)}/manifest.json is missing. Run "npm run build" first.`);

  const own = resolve(root, ZCLI_CONFIG);
  const source = existsSync(own) ? own : resolve(root, "zcli.apps.config.example.json");
  const parsed = ZcliAppsConfig.safeParse(JSON.parse(readFileSync(source, "utf8")));
  if (!parsed.success) throw new Error(`Failed to read ${relative(root, source)}: ${z.prettifyError(parsed.error)}`);
  const manifest = JSON.parse(readFileSync(resolve(dist, "manifest.json"), "utf8")) as { parameters?: { name: string }[] };
  const unanswered = findUnansweredParameters(manifest, parsed.data);
  if (unanswered.length > 0) console.warn(`${relative(root, source)} has no value for ${unanswered.join(", ")}; zcli will prompt for it.`);

  copyFileSync(source, resolve(dist, ZCLI_CONFIG));
  copyFileSync(resolve(root, ZCLI_IGNORE_FILE), resolve(dist, ZCLI_IGNORE_FILE));
  console.log(`Settings from ${relative(root, source)} → dist/${ZCLI_CONFIG}`);

  const local = resolve(root, "node_modules/.bin/zcli");
  const [command, args] = existsSync(local) ? [local, []] : ["npx", ["--yes", ZCLI_PACKAGE]];
  const child = spawn(command, [...args, "apps:server", "dist", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
