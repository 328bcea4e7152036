import { MANIFEST, parametersOf, type Rule } from "../AppContext";
import { error, warning, type Issue } from "../Issue";
import { describeValue, isRecord } from "../readApp";

/** The keys a parameter may have (Zendesk's Parameter::ATTRIBUTES). */
export const PARAMETER_KEYS = ["name", "type", "required", "secure", "default", "scopes", "allowed_domain"] as const;

/** The parameter types Zendesk accepts; a parameter without `type` is "text". */
export const PARAMETER_TYPES = ["text", "checkbox", "url", "number", "multiline", "hidden", "oauth", "mtls"] as const;

/** Where a secure setting may be substituted by Zendesk's proxy. */
export const SECURE_SCOPES = ["header", "body", "url", "jwt_secret_key", "jwt_claim", "basic_auth_username", "basic_auth_password"] as const;

/** Advice for types Zendesk used to accept, shown after "is not a valid parameter type". */
const TYPE_HINTS: Record<string, string> = { password: 'use "text" with "secure": true' };

/** Names that look like credentials; such text settings should be secure. */
const SECRET_LIKE_NAME = /token|key|pwd|password/i;

/** Zendesk allows one oauth parameter and three mtls parameters. */
const MAX_OF_TYPE: Record<string, number> = { oauth: 1, mtls: 3 };

const DOMAIN_LABEL = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const MAX_DOMAIN_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

/** Checks an mtls parameter's allowed_domain: a bare host name, optionally `*.`-prefixed. */
function explainDomainProblem(domain: unknown): string | null {
  if (domain == null || domain === "") return "is required for an mtls parameter";
  if (typeof domain !== "string") return `must be a string, got ${describeValue(domain)}`;
  if (domain.includes("://")) return "must be a host name without a scheme";
  if (domain.length > MAX_DOMAIN_LENGTH) return `must not exceed ${MAX_DOMAIN_LENGTH} characters`;
  if (domain.includes("*") && !domain.startsWith("*.")) return "may only use a wildcard as its first label, e.g. *.example.com";
  const labels = (domain.startsWith("*.") ? domain.slice(2) : domain).split(".");
  const valid = labels.length >= 2 && labels.every((label) => label.length <= MAX_LABEL_LENGTH && DOMAIN_LABEL.test(label));
  return valid ? null : "must be a valid domain name";
}

/** Checks one parameter object; `index` names it in messages. */
function checkParameter(parameter: Record<string, unknown>, index: number): Issue[] {
  const key = `parameters[${index}]`;
  const issues: Issue[] = [];
  const type = parameter.type ?? "text";
  const secure = parameter.secure === true;

  for (const name of Object.keys(parameter)) {
    if (!(PARAMETER_KEYS as readonly string[]).includes(name)) issues.push(warning(MANIFEST, `${key}.${name}`, `is not a parameter key (known: ${PARAMETER_KEYS.join(", ")}); Zendesk ignores it — labels and help texts go in translations`));
  }
  if (typeof parameter.name !== "string" || parameter.name === "") issues.push(error(MANIFEST, `${key}.name`, `must be a non-empty string, got ${describeValue(parameter.name)}`));
  else if (parameter.name === "name") issues.push(error(MANIFEST, `${key}.name`, '"name" cannot be a parameter name (Zendesk keeps it for the installation title)'));

  if (typeof type !== "string" || !(PARAMETER_TYPES as readonly string[]).includes(type)) {
    const hint = typeof type === "string" ? TYPE_HINTS[type] : undefined;
    issues.push(error(MANIFEST, `${key}.type`, `${describeValue(type)} is not a valid parameter type; ${hint ?? `use one of ${PARAMETER_TYPES.join(", ")}`}`));
  }
  for (const flag of ["required", "secure"] as const) {
    if (parameter[flag] != null && typeof parameter[flag] !== "boolean") issues.push(error(MANIFEST, `${key}.${flag}`, `must be a boolean, got ${describeValue(parameter[flag])}`));
  }
  if (type === "hidden" && parameter.required === true) issues.push(error(MANIFEST, `${key}.required`, "cannot be true on a hidden parameter"));
  if (type === "oauth" && secure) issues.push(error(MANIFEST, `${key}.secure`, "cannot be true on an oauth parameter"));

  const scopes = parameter.scopes;
  if (scopes != null) {
    if (!secure) issues.push(error(MANIFEST, `${key}.scopes`, 'cannot be set on a parameter that is not "secure": true'));
    if (!Array.isArray(scopes)) issues.push(error(MANIFEST, `${key}.scopes`, `must be an array, got ${describeValue(scopes)}`));
    else if (scopes.length === 0) issues.push(error(MANIFEST, `${key}.scopes`, "cannot be empty"));
    else {
      const unknown = scopes.filter((scope) => !(SECURE_SCOPES as readonly unknown[]).includes(scope));
      if (unknown.length > 0) issues.push(error(MANIFEST, `${key}.scopes`, `contains invalid values ${unknown.map(describeValue).join(", ")} (use ${SECURE_SCOPES.join(", ")})`));
    }
  }

  if (type === "mtls") {
    if (secure || "default" in parameter || scopes != null) issues.push(error(MANIFEST, key, "is an mtls parameter and cannot have default, secure or scopes"));
    const problem = explainDomainProblem(parameter.allowed_domain);
    if (problem) issues.push(error(MANIFEST, `${key}.allowed_domain`, problem));
  } else if (parameter.allowed_domain != null) {
    issues.push(warning(MANIFEST, `${key}.allowed_domain`, "is only used by mtls parameters"));
  }

  if (typeof parameter.name === "string" && SECRET_LIKE_NAME.test(parameter.name) && type === "text" && !secure) {
    issues.push(warning(MANIFEST, key, `"${parameter.name}" looks like a credential; set "secure": true so Zendesk keeps it server-side`));
  }
  if ("default" in parameter && (secure || type === "hidden")) {
    issues.push(warning(MANIFEST, `${key}.default`, "is not stored securely on a secure or hidden parameter; make sure it holds nothing sensitive"));
  }
  if (secure && !(Array.isArray(scopes) && scopes.length > 0)) {
    issues.push(warning(MANIFEST, `${key}.scopes`, "is not set on a secure parameter; without scopes the token may be exposed"));
  }
  return issues;
}

/**
 * Checks `parameters`: keys, types (no "password"), duplicates, the reserved name, hidden/required,
 * scopes/secure, oauth and mtls limits, and Zendesk's secure-settings warnings.
 */
export const checkParameters: Rule = ({ manifest }) => {
  const parameters = parametersOf(manifest);
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const typeCounts = new Map<string, number>();
  parameters.forEach((parameter, index) => {
    if (!isRecord(parameter)) {
      issues.push(error(MANIFEST, `parameters[${index}]`, `must be an object, got ${describeValue(parameter)}`));
      return;
    }
    issues.push(...checkParameter(parameter, index));
    if (typeof parameter.name === "string") {
      const first = seen.get(parameter.name);
      if (first === undefined) seen.set(parameter.name, index);
      else issues.push(error(MANIFEST, `parameters[${index}].name`, `"${parameter.name}" is already the name of parameters[${first}]; parameter names must be unique`));
    }
    const type = typeof parameter.type === "string" ? parameter.type : "text";
    typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
  });
  for (const [type, max] of Object.entries(MAX_OF_TYPE)) {
    const count = typeCounts.get(type) ?? 0;
    if (count > max) issues.push(error(MANIFEST, "parameters", `has ${count} parameters of type "${type}"; at most ${max} allowed`));
  }
  return issues;
};
