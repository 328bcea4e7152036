import type { TestProject } from "vitest/node";
import { startEmulator, type RunningEmulator } from "../../emulator/server";

declare module "vitest" {
  export interface ProvidedContext {
    emulatorUrl: string;
  }
}

let running: RunningEmulator | undefined;

/** Starts the emulator once for the browser tests on a free port (dist/ and emulator/dist/ must be built). */
export async function setup(project: TestProject): Promise<void> {
  running = await startEmulator({ port: 0 });
  project.provide("emulatorUrl", running.url);
}

export async function teardown(): Promise<void> {
  await running?.close();
}
