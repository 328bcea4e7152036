import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { formatIssue, summarizeIssues } from "./formatIssue";
import { resolveIgnoreFile } from "./listPackageFiles";
import { validateApp } from "./validateApp";

/**
 * `tsx scripts/validate/cli.ts [dir]` — validates the app directory (default dist/) offline and prints
 * one line per finding. Applies `<dir>/.zcliignore`, else the project's `.zcliignore` (the one zcli-server
 * copies into dist/). Exits 1 when there is any error, 2 when the directory does not exist.
 */
function main(argv: string[]): number {
  const dir = resolve(argv[0] ?? "dist");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`Cannot validate ${dir}: no such directory. Build the app first (npm run build).`);
    return 2;
  }
  const issues = validateApp(dir, { ignoreFile: resolveIgnoreFile(dir, resolve(import.meta.dirname, "../..")) });
  for (const issue of issues) console.log(formatIssue(issue));
  const errors = issues.some((issue) => issue.level === "error");
  console.log(`${errors ? "✗" : "✓"} ${dir}: ${summarizeIssues(issues)}`);
  return errors ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
