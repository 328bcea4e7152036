import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { DEFAULT_PORT, startEmulator, type RunningEmulator } from "./server";

const USAGE = "usage: npm run emulator -- [--app <dir>] [--settings <file.json>] [--port N]";

/**
 * `npm run emulator -- --app <dir> [--settings <file.json>] [--port N]`: hosts a zcli-layout ZAF app
 * (Ruta's `dist/` without `--app`) in the local Zendesk and prints where to open it.
 */
export async function runEmulatorCli(argv: string[]): Promise<RunningEmulator> {
  const { values } = parseArgs({
    args: argv,
    options: { app: { type: "string" }, settings: { type: "string" }, port: { type: "string" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const port = values.port === undefined ? Number(process.env.PORT) || DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${values.port}. ${USAGE}`);
  return startEmulator({ port, ...(values.app ? { appDir: values.app } : {}), ...(values.settings ? { settingsFile: values.settings } : {}) });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const running = await runEmulatorCli(process.argv.slice(2));
    const { name, version } = running.app.app;
    console.log(`Zendesk emulator: ${running.url}  hosting ${name} ${version} from ${running.app.dir}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
