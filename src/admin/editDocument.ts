import { isRecord } from "../settings/isRecord";
import { readJson } from "../settings/readJson";

type Doc = Record<string, unknown>;

/** Sets an own property: a key named "__proto__" becomes data, never the object's prototype. */
function setOwn(target: Doc, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The object at `key` (created when missing or not an object), read through own properties only. */
export function childOf(parent: Doc, key: string): Doc {
  const current = Object.hasOwn(parent, key) ? parent[key] : undefined;
  if (isRecord(current)) return current;
  const created: Doc = {};
  setOwn(parent, key, created);
  return created;
}

/** Sets `key`, or removes it when `value` is undefined. */
export function assign(target: Doc, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else setOwn(target, key, value);
}

/**
 * The settings text with one change made by a form: parsed, changed, written back with two-space
 * indents. Undefined when the text is not a JSON object (the forms wait for the JSON view's fix).
 */
export function editDocument(text: string, change: (doc: Doc) => void): string | undefined {
  const json = text.trim() ? readJson(text) : { ok: true as const, value: {} };
  if (!json.ok || !isRecord(json.value)) return undefined;
  const doc = json.value;
  change(doc);
  return `${JSON.stringify(doc, null, 2)}\n`;
}
