import type { ValueFormat } from "../flows/schema";

/** One rule per format: the shape the seeds ask for (e.g. a line in international form without "+"). */
const RULES: Record<ValueFormat, RegExp> = {
  text: /\S/,
  number: /^\d+(?:[.,]\d+)?$/,
  date: /^\d{4}-\d{2}-\d{2}$|^\d{2}\/\d{2}\/\d{4}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/,
  phoneIntl: /^[1-9]\d{9,14}$/,
  phoneBo: /^(?:591)?[67]\d{7}$/,
  phonePy: /^5959\d{8}$/,
  phoneEc: /^0\d{9}$|^5939\d{8}$/,
  phonePe: /^(?:51)?9\d{8}$|^0?1\d{7}$/,
  ciBo: /^\d{5,9}(?:-?[0-9][A-Z])?(?: ?(?:LP|CB|SC|OR|PT|CH|TJ|BE|PD))?$/i,
  ciPy: /^\d{5,8}$/,
  nitBo: /^\d{7,13}$/,
  rucPy: /^\d{5,8}-\d$/,
  rucPe: /^(?:10|15|16|17|20)\d{9}$/,
  url: /^https?:\/\/\S+$/,
};

/** True when `value` (trimmed) has the shape `format` requires. */
export function validateValue(format: ValueFormat, value: string): boolean {
  return RULES[format].test(value.trim());
}
