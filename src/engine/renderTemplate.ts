import { placeholdersOf } from "../flows/schema";

export type TemplateValues = Record<string, string | undefined>;

export type Rendered = { text: string; missing: string[] };

/**
 * Fills `{{name}}` placeholders. A value that is absent or blank stays visible as «name» and is
 * listed in `missing`, so a note is never sent with a silent gap.
 */
export function renderTemplate(template: string, values: TemplateValues): Rendered {
  const missing = placeholdersOf(template).filter((name) => !values[name]?.trim());
  const text = template.replace(/\{\{\s*([a-zA-Z0-9.\-_]+)\s*\}\}/g, (_, name: string) => values[name]?.trim() || `«${name}»`);
  return { text, missing: [...new Set(missing)] };
}
