import type { Translate } from "../i18n/translate";
import type { Finding } from "./checkAccount";

/** A doctor finding in the reader's language: where, what, the steps that need it and the account's closest names. */
export function describeFinding(finding: Finding, t: Translate): string {
  const text = t(`admin.doctor.${finding.problem}`, { key: finding.key, detail: finding.detail, steps: finding.steps?.join(", ") });
  return finding.closest?.length ? `${text} ${t("admin.doctor.closest", { names: finding.closest.map((n) => `«${n}»`).join(", ") })}` : text;
}
