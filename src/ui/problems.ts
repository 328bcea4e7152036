import type { SettingsIssue } from "../settings/parseSettings";
import { ApiFailure, type ApiError } from "../zendesk/apiError";

/** What went wrong, as data; the UI translates it. */
export type Problem = { kind: "api"; error: ApiError } | { kind: "load"; detail: string } | { kind: "settings"; issue: SettingsIssue };

export function toProblem(error: unknown): Problem {
  return error instanceof ApiFailure ? { kind: "api", error: error.error } : { kind: "load", detail: error instanceof Error ? error.message : String(error) };
}
