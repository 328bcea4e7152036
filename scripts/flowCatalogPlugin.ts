import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { runnerImport, type Plugin } from "vite";
import type { Flow } from "../src/flows/schema";

type AssertFlowFile = (typeof import("../src/flows/schema/assertFlowFile"))["assertFlowFile"];

/**
 * The schema is loaded through Vite's module runner rather than imported: the config that uses this plugin
 * then stays loadable by Node alone, and the schema's extensionless imports are resolved as in the app.
 */
async function importAssertFlowFile(): Promise<AssertFlowFile> {
  const entry = resolve(import.meta.dirname, "../src/flows/schema/assertFlowFile.ts");
  const { module } = await runnerImport<{ assertFlowFile: AssertFlowFile }>(entry, { configFile: false, logLevel: "silent" });
  return module.assertFlowFile;
}

/** `x.json?flow` is the file's resolved Flow, `x.json?flow-entry` its index entry (what picks it, not its steps). */
const REQUEST = /^(.*\.json)\?(flow|flow-entry)$/;
/** Virtual ids keep ".json" out of the end, so Vite's JSON plugin leaves the generated code alone. */
const VIRTUAL = /^\0(flow|flow-entry):(.*)$/;

type Parsed = { mtimeMs: number; flow: Flow };

/**
 * Validates every procedure file the app imports when it is built (a broken flow fails the build with the
 * lint's messages) and emits it pre-validated: the app parses nothing with zod, and each body is its own chunk.
 * A build also validates every file of `catalogDir`, imported or not.
 */
export function flowCatalogPlugin({ catalogDir = resolve(import.meta.dirname, "../src/flows/catalog") } = {}): Plugin {
  const parsed = new Map<string, Parsed>();
  let assertFlowFile: AssertFlowFile | undefined;
  const flowAt = async (path: string): Promise<Flow> => {
    assertFlowFile ??= await importAssertFlowFile();
    const { mtimeMs } = statSync(path);
    const cached = parsed.get(path);
    if (cached?.mtimeMs === mtimeMs) return cached.flow;
    const flow = assertFlowFile(JSON.parse(readFileSync(path, "utf8")), basename(path));
    parsed.set(path, { mtimeMs, flow });
    return flow;
  };
  const flowOrError = async (path: string, fail: (message: string) => never): Promise<Flow> => {
    try {
      return await flowAt(path);
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  };
  let building = false;
  return {
    name: "ruta-flow-catalog",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build";
    },
    async buildStart() {
      if (!building) return;
      const files = readdirSync(catalogDir).filter((name) => name.endsWith(".json"));
      for (const name of files) await flowOrError(resolve(catalogDir, name), (message) => this.error(message));
    },
    async resolveId(source, importer) {
      const request = REQUEST.exec(source);
      if (!request) return null;
      const file = await this.resolve(request[1]!, importer, { skipSelf: true });
      return file && `\0${request[2]}:${file.id.replace(/\.json$/, "")}`;
    },
    async load(id) {
      const request = VIRTUAL.exec(id);
      if (!request) return null;
      const path = `${request[2]}.json`;
      this.addWatchFile(path);
      const flow = await flowOrError(path, (message) => this.error(message));
      if (request[1] === "flow-entry") {
        const { id: flowId, seed, title, summary, match } = flow;
        return `export default ${JSON.stringify({ id: flowId, seed, title, summary, match })};`;
      }
      // JSON.parse of a string literal is parsed faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(flow))});`;
    },
  };
}
