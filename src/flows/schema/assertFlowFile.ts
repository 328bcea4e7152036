import type { Flow } from "./flow";
import { parseFlowFile } from "./flowFile";

/** The Flow of a catalog file, or an error listing every lint issue by path; for the build and Node, never the app. */
export function assertFlowFile(input: unknown, name: string): Flow {
  const result = parseFlowFile(input);
  if (result.success) return result.flow;
  const lines = result.issues.map((issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  throw new Error(`Procedure file "${name}" is invalid:\n${lines.join("\n")}`);
}
