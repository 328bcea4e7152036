import { PLACEHOLDER, placeholdersOf } from "../flows/schema/primitives";
import { cleanValue } from "./cleanValue";

export type TemplateValues = Record<string, string | undefined>;

export type Rendered = { text: string; missing: string[] };

/**
 * The trimmed, cleaned value of `name` (see cleanValue), reading own keys only ("constructor" is a name,
 * not Object's member). Every value that enters a note or an escalation text passes here.
 */
export function valueOf(values: TemplateValues, name: string): string | undefined {
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  const clean = typeof value === "string" ? cleanValue(value).trim() : "";
  return clean || undefined;
}

/**
 * Fills `{{name}}` placeholders. A value that is absent or blank stays visible as «name» and is
 * listed in `missing`, so a note is never sent with a silent gap.
 */
export function renderTemplate(template: string, values: TemplateValues): Rendered {
  const missing = placeholdersOf(template).filter((name) => !valueOf(values, name));
  const text = template.replace(PLACEHOLDER, (_, name: string) => valueOf(values, name) ?? `«${name}»`);
  return { text, missing: [...new Set(missing)] };
}
