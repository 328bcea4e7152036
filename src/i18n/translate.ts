import { ui as es } from "../../translations/es.json";

export type Locale = "es" | "en";

/** The default, and the fallback for a key or a locale that is missing: the agents' language. */
export const DEFAULT_LOCALE = "es" satisfies Locale;

/** The dictionaries loaded so far: the default one ships with the app. */
const DICTIONARIES: Partial<Record<Locale, unknown>> = { es };

/** Every other locale is its own chunk, fetched only for an agent who reads it. */
const LOADERS: Record<Exclude<Locale, typeof DEFAULT_LOCALE>, () => Promise<unknown>> = {
  en: () => import("../../translations/en.json").then((m) => m.ui),
};

export type Params = Record<string, string | number | undefined>;
export type Translate = (key: string, params?: Params) => string;

/** "es-419" → "es", "en-US" → "en", anything else → es. */
export function localeOf(agentLocale: string | undefined): Locale {
  const base = (agentLocale ?? "").slice(0, 2).toLowerCase();
  return base === "en" ? "en" : DEFAULT_LOCALE;
}

function lookup(dictionary: unknown, key: string): string | undefined {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), dictionary);
  return typeof value === "string" ? value : undefined;
}

/**
 * A translator for `locale` once its dictionary is loaded; a dictionary that cannot be fetched leaves
 * the default language, never an untranslated sidebar.
 */
export async function loadTranslator(locale: Locale): Promise<Translate> {
  if (locale !== DEFAULT_LOCALE && !DICTIONARIES[locale]) {
    DICTIONARIES[locale] = await LOADERS[locale]().catch(() => undefined);
  }
  return createTranslator(locale);
}

/** A translator for `locale` (its dictionary loaded, else the default's): `t("apply.change.status", { from, to })`; unknown keys show the key. */
export function createTranslator(locale: Locale): Translate {
  return (key, params = {}) => {
    const template = lookup(DICTIONARIES[locale], key) ?? lookup(DICTIONARIES[DEFAULT_LOCALE], key) ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
  };
}
