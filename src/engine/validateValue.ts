import type { ValueFormat } from "../flows/schema";

/** `fits`: the value has the format's shape; `value`: the form Ruta writes (normalised when it fits, else as typed, trimmed). */
export type ValueCheck = { fits: boolean; value: string };

/** Phone numbers are read without what agents and Zendesk put around digits: "+591 7-123 4567", "(021) 123-456". */
const digitsOf = (s: string) => s.replace(/^\s*(?:\+|00)/, "").replace(/[\s\-.()/]/g, "");

/** Several numbers in one field ("71234567 / 22441234"): each is checked on its own. */
const SEVERAL = /\s*(?:[/;,]|\s[yo]\s)\s*/i;

type PhoneRule = { pattern: RegExp; write: (m: RegExpMatchArray) => string };

/**
 * One rule per country: the numbers agents see there (mobile and landline, with or without the
 * country code or the trunk 0) and the one form Ruta writes. Paraguay is written as the seed's TBO
 * portal wants it (595981611611, no "+"); the others as dialled inside the country.
 */
const PHONES: Record<"phoneIntl" | "phoneBo" | "phonePy" | "phoneEc" | "phonePe", PhoneRule> = {
  // Country code first, no trunk 0: 8 to 15 digits (E.164).
  phoneIntl: { pattern: /^([1-9]\d{7,14})$/, write: (m) => m[1]! },
  // Bolivia: 8 digits, mobiles 6/7…, landlines 2/3/4 + city digit (La Paz 22441234).
  phoneBo: { pattern: /^(?:591)?([2-467]\d{7})$/, write: (m) => m[1]! },
  // Paraguay: mobiles 09xx xxx xxx, landlines 0 + area code (Asunción 021 123 456).
  phonePy: { pattern: /^(?:595|0)?(9\d{8}|[2-8]\d{6,8})$/, write: (m) => `595${m[1]}` },
  // Ecuador: mobiles 09xxxxxxxx, landlines 0 + province digit + 7 (Quito 02 234 5678).
  phoneEc: { pattern: /^(?:593|0)?(9\d{8}|[2-7]\d{7})$/, write: (m) => `0${m[1]}` },
  // Peru: mobiles 9xxxxxxxx, Lima 01 + 7 digits, provinces 0 + 2-digit code + 6.
  phonePe: { pattern: /^(?:51)?(9\d{8})$|^(?:51|0)(1\d{7}|[4-8]\d{7})$/, write: (m) => (m[1] ? m[1] : `0${m[2]}`) },
};

/** Identity and tax numbers: dots and spaces inside the digits are how they are printed, not part of them. */
const IDS: Record<"ciBo" | "ciPy" | "nitBo" | "rucPy" | "rucPe", { pattern: RegExp; write: (s: string) => string }> = {
  ciBo: { pattern: /^(\d{5,9})(?:-?([0-9][A-Z]))? ?(LP|CB|SC|OR|PT|CH|TJ|BE|PD)?$/i, write: (s) => s.toUpperCase() },
  ciPy: { pattern: /^\d{5,8}$/, write: (s) => s },
  nitBo: { pattern: /^\d{7,13}$/, write: (s) => s },
  rucPy: { pattern: /^\d{5,8}-\d$/, write: (s) => s },
  rucPe: { pattern: /^(?:10|15|16|17|20)\d{9}$/, write: (s) => s },
};

const OTHER: Record<"text" | "number" | "date" | "email" | "url", RegExp> = {
  text: /\S/,
  // An amount as written, currency and thousands included: "150", "150,50", "Bs 150", "S/ 1.250,00", "Gs. 50.000".
  number: /^(?:(?:Bs|S\/|Gs|US\$|\$|USD|PEN|CLP)\.?\s*)?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d+)?(?:\s*(?:%|Bs|soles|Gs))?$|^\d+(?:[.,]\d+)?$/i,
  date: /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/,
  url: /^https?:\/\/\S+$/,
};

function checkPhones(rule: PhoneRule, typed: string): ValueCheck {
  const parts = typed.split(SEVERAL).filter(Boolean);
  const written = parts.map((p) => digitsOf(p).match(rule.pattern)).map((m) => (m ? rule.write(m) : undefined));
  return written.every((w) => w !== undefined) && parts.length > 0 ? { fits: true, value: written.join(" / ") } : { fits: false, value: typed };
}

/**
 * Checks a typed value against its format and gives the form to write: phone numbers as agents see
 * them (with "+", country code, spaces, dashes, several in one field, landlines) normalised per country,
 * identity numbers without print dots. Never throws; a value that does not fit is returned as typed,
 * for the sidebar to warn about (no seed names a format strict enough to refuse a value).
 */
export function validateValue(format: ValueFormat, raw: string): ValueCheck {
  const typed = raw.trim();
  if (format in PHONES) return checkPhones(PHONES[format as keyof typeof PHONES], typed);
  if (format in IDS) {
    const rule = IDS[format as keyof typeof IDS];
    const compact = format === "ciBo" ? typed.replace(/\./g, "") : typed.replace(/[.\s]/g, "");
    return rule.pattern.test(compact) ? { fits: true, value: rule.write(compact) } : { fits: false, value: typed };
  }
  return { fits: OTHER[format as keyof typeof OTHER].test(typed), value: typed };
}
