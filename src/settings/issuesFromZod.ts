import type * as z from "zod/mini";
import { formatPath } from "./formatPath";
import type { SettingsIssue } from "./SettingsIssue";

type ZodIssue = z.core.$ZodIssue;

function toIssue(issue: ZodIssue, base: readonly PropertyKey[]): SettingsIssue {
  const key = formatPath([...base, ...issue.path]);
  switch (issue.code) {
    case "invalid_type":
      return { key, problem: "badType", detail: issue.expected };
    case "unrecognized_keys":
      return { key, problem: "unknownKey", detail: issue.keys.join(", ") };
    case "invalid_value":
      return { key, problem: "badValue", detail: issue.values.map((v) => JSON.stringify(v)).join(" | ") };
    case "invalid_union":
      return { key, problem: "badValue", detail: "options" in issue && Array.isArray(issue.options) ? issue.options.map((v) => JSON.stringify(v)).join(" | ") : issue.message };
    default:
      return { key, problem: "badValue", detail: issue.message };
  }
}

/** zod's issues as settings issues under `base`, each with its exact path. */
export function issuesFromZod(error: { issues: readonly ZodIssue[] }, base: readonly PropertyKey[]): SettingsIssue[] {
  return error.issues.map((issue) => toIssue(issue, base));
}
