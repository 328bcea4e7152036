import type { Issue } from "./Issue";

/** One line per finding: `error   manifest.json: parameters[1].type "password" is not a valid parameter type; …`. */
export function formatIssue(issue: Issue): string {
  const where = issue.key === "" ? `${issue.file}:` : `${issue.file}: ${issue.key}`;
  return `${issue.level.padEnd(7)} ${where} ${issue.message}`;
}

/** The closing line: counts of errors and warnings. */
export function summarizeIssues(issues: readonly Issue[]): string {
  const errors = issues.filter((issue) => issue.level === "error").length;
  const warnings = issues.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
