import { CATALOG } from "../src/flows/catalog/catalog";
import { loadTranslator, localeOf } from "../src/i18n/translate";
import { checkAccount } from "../src/settings/checkAccount";
import { describeFinding } from "../src/settings/describeFinding";
import { describeIssue } from "../src/settings/describeIssue";
import { loadAccountData } from "../src/settings/loadAccountData";
import { parseConfig } from "../src/settings/parseSettings";
import { type Credentials, restOverFetch } from "./restOverFetch";

export type DoctorRun = { settingsText: string; url: string; brand?: string; locale?: string; env: Record<string, string | undefined>; fetch?: typeof fetch };

/** Zendesk accounts need an API token; any other origin (the local emulator) is called without one. */
function credentialsFor(url: string, env: DoctorRun["env"]): Credentials | "missing" {
  const { ZENDESK_EMAIL: email, ZENDESK_API_TOKEN: token } = env;
  if (email && token) return { email, token };
  return /^https:\/\/[^/]+\.zendesk\.com\/?$/.test(url) ? "missing" : undefined;
}

/**
 * What `npm run doctor` says and its exit code: 0 when the settings are valid and every macro, order
 * state, field, brand and group they need resolves in the account; 1 with each finding, one a line.
 */
export async function runDoctor(run: DoctorRun): Promise<{ code: 0 | 1; lines: string[] }> {
  const t = await loadTranslator(localeOf(run.locale));
  const credentials = credentialsFor(run.url, run.env);
  if (credentials === "missing") return { code: 1, lines: [t("admin.doctor.credentials")] };
  const { settings, issues } = parseConfig(run.settingsText, CATALOG);
  const account = await loadAccountData(restOverFetch(run.url, credentials, run.fetch));
  const findings = checkAccount(settings, CATALOG, account, run.brand);
  const lines = [...issues.map((i) => describeIssue(i, t)), ...findings.map((f) => describeFinding(f, t))];
  return lines.length === 0 ? { code: 0, lines: [t("admin.doctor.healthy")] } : { code: 1, lines };
}
