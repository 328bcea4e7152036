import { CATALOG } from "../src/flows/catalog/catalog";
import { loadTranslator, localeOf } from "../src/i18n/translate";
import { describeIssue } from "../src/settings/describeIssue";
import { parseConfig } from "../src/settings/parseSettings";

/**
 * What `npm run config:check -- FILE` says of a settings document (the `config` parameter's JSON):
 * exit code 0 when valid, 1 with the editor's messages, one a line.
 */
export async function checkConfig(text: string, locale?: string): Promise<{ code: 0 | 1; lines: string[] }> {
  const t = await loadTranslator(localeOf(locale));
  const { issues } = parseConfig(text, CATALOG);
  return issues.length === 0 ? { code: 0, lines: [t("admin.check.valid")] } : { code: 1, lines: issues.map((issue) => describeIssue(issue, t)) };
}
