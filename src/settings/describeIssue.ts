import type { Translate } from "../i18n/translate";
import type { SettingsIssue } from "./SettingsIssue";

/** A settings issue in the reader's language, naming its exact path; the one wording the sidebar, the editor and the CLIs share. */
export function describeIssue(issue: SettingsIssue, t: Translate): string {
  return t(`error.settings.${issue.problem}`, { key: issue.key, detail: issue.detail });
}
