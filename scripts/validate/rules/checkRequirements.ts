import { locationsOf, REQUIREMENTS, type Rule } from "../AppContext";
import { error, type Issue } from "../Issue";
import { describeValue, isRecord, readJson } from "../readApp";

/** The requirement types Zendesk can install (AppRequirement::TYPES). */
export const REQUIREMENT_TYPES = [
  "automations", "channel_integrations", "custom_objects", "macros", "targets", "views", "ticket_fields",
  "triggers", "user_fields", "organization_fields", "webhooks", "custom_objects_v2",
] as const;

/** Zendesk refuses a requirements.json with more requirements than this. */
export const MAX_REQUIREMENTS = 5_000;
/** …or with more custom_objects (v1) requirements than this. */
export const MAX_CUSTOM_OBJECTS_REQUIREMENTS = 50;
/** custom_objects_v2 limits: objects per app, fields and triggers per object, payload size. */
export const CUSTOM_OBJECTS_V2_LIMITS = { objects: 50, fieldsPerObject: 20, triggersPerObject: 10, payloadBytes: 1_048_576 } as const;

/** Keys each custom_objects_v2 entry must have. */
const CUSTOM_OBJECTS_V2_KEYS = {
  objects: ["key", "title", "title_pluralized", "include_in_list_view"],
  object_fields: ["key", "title", "type", "object_key"],
  object_triggers: ["key", "object_key", "title", "actions", "conditions"],
} as const;

/** Keys every requirement of a type must have; types not listed need `title`, the rest are checked below. */
const REQUIRED_FIELDS: Partial<Record<string, readonly string[]>> = {
  channel_integrations: ["manifest_url"],
  webhooks: ["name", "status", "endpoint", "http_method", "request_format"],
  user_fields: ["title", "key"],
  organization_fields: ["title", "key"],
};
/** Types whose entries are not identifier → object maps. */
const STRUCTURED_TYPES = ["custom_objects", "custom_objects_v2"];
/** Target types Zendesk no longer creates. */
const RETIRED_TARGET_TYPES = ["http_target", "url_target_v2"];

/** Counts requirements as Zendesk does: one per identifier, one per item of an array. */
function countRequirements(value: unknown): number {
  if (Array.isArray(value)) return value.flat(Infinity).length;
  if (isRecord(value)) return Object.values(value).reduce<number>((sum, item) => sum + (Array.isArray(item) ? item.flat(Infinity).length : 1), 0);
  return 0;
}

/** custom_objects (v1): `custom_object_types` with key + schema, relationship types with key + source + target. */
function checkCustomObjects(value: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (!("custom_object_types" in value)) issues.push(error(REQUIREMENTS, "custom_objects.custom_object_types", "is required"));
  const schema: Record<string, readonly string[]> = { custom_object_types: ["key", "schema"], custom_object_relationship_types: ["key", "source", "target"] };
  for (const [group, keys] of Object.entries(schema)) {
    const items = value[group];
    if (items == null) continue;
    if (!Array.isArray(items)) {
      issues.push(error(REQUIREMENTS, `custom_objects.${group}`, `must be an array, got ${describeValue(items)}`));
      continue;
    }
    items.forEach((item, index) => {
      for (const key of keys) if (!isRecord(item) || !(key in item)) issues.push(error(REQUIREMENTS, `custom_objects.${group}[${index}].${key}`, "is required"));
    });
  }
  const count = countRequirements(value);
  if (count > MAX_CUSTOM_OBJECTS_REQUIREMENTS) issues.push(error(REQUIREMENTS, "custom_objects", `holds ${count} requirements; the limit is ${MAX_CUSTOM_OBJECTS_REQUIREMENTS}`));
  return issues;
}

/** custom_objects_v2: the structure and the main limits (not every field rule Zendesk applies). */
function checkCustomObjectsV2(value: unknown): Issue[] {
  const key = "custom_objects_v2";
  if (!isRecord(value)) return [error(REQUIREMENTS, key, `must be an object, got ${describeValue(value)}`)];
  const collections = ["objects", "object_fields", "object_triggers"] as const;
  const issues: Issue[] = [];
  for (const name of collections) {
    if (value[name] != null && !Array.isArray(value[name])) issues.push(error(REQUIREMENTS, `${key}.${name}`, `must be an array, got ${describeValue(value[name])}`));
  }
  if (issues.length > 0) return issues;
  const [objects, fields, triggers] = collections.map((name) => (value[name] ?? []) as unknown[]) as [unknown[], unknown[], unknown[]];
  if (objects.length + fields.length + triggers.length === 0) return [error(REQUIREMENTS, key, "is empty; define objects, object_fields or object_triggers")];
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json) > CUSTOM_OBJECTS_V2_LIMITS.payloadBytes) issues.push(error(REQUIREMENTS, key, "is larger than 1 MB"));
  if (/\{\{\s*setting\.[\w.-]+\s*\}\}/.test(json)) issues.push(error(REQUIREMENTS, key, "cannot use {{setting.…}} placeholders"));
  if (objects.length > CUSTOM_OBJECTS_V2_LIMITS.objects) issues.push(error(REQUIREMENTS, `${key}.objects`, `holds ${objects.length} objects; the limit is ${CUSTOM_OBJECTS_V2_LIMITS.objects}`));
  const objectKeys = new Set(objects.flatMap((o) => (isRecord(o) && typeof o.key === "string" ? [o.key] : [])));
  const perObject = (items: unknown[], what: string, max: number) => {
    const counts = new Map<string, number>();
    items.forEach((item, index) => {
      const objectKey = isRecord(item) ? item.object_key : undefined;
      if (typeof objectKey === "string") {
        if (!objectKeys.has(objectKey)) issues.push(error(REQUIREMENTS, `${key}.${what}[${index}].object_key`, `"${objectKey}" is not the key of an object in ${key}.objects`));
        counts.set(objectKey, (counts.get(objectKey) ?? 0) + 1);
      }
    });
    for (const [objectKey, count] of counts) if (count > max) issues.push(error(REQUIREMENTS, `${key}.${what}`, `holds ${count} entries for object "${objectKey}"; the limit is ${max}`));
  };
  collections.forEach((name, position) => {
    [objects, fields, triggers][position]!.forEach((item, index) => {
      for (const field of CUSTOM_OBJECTS_V2_KEYS[name]) if (!isRecord(item) || !(field in item)) issues.push(error(REQUIREMENTS, `${key}.${name}[${index}].${field}`, "is required"));
    });
  });
  perObject(fields, "object_fields", CUSTOM_OBJECTS_V2_LIMITS.fieldsPerObject);
  perObject(triggers, "object_triggers", CUSTOM_OBJECTS_V2_LIMITS.triggersPerObject);
  return issues;
}

/**
 * Checks requirements.json when the package ships one: a JSON object without duplicate keys, known types,
 * at most 5,000 requirements, required fields per type (title, key, manifest_url, webhook fields),
 * one channel integration, no retired target types, and the custom objects structures.
 */
export const checkRequirements: Rule = ({ app, manifest }) => {
  const present = app.has(REQUIREMENTS);
  if (manifest.requirementsOnly === true && !present) return [error(REQUIREMENTS, "", "is missing; a requirements-only app must ship one")];
  if (!present) return [];
  const products = Object.keys(locationsOf(manifest));
  if (manifest.marketingOnly === true || (products.length === 1 && ["chat", "zopim"].includes(products[0]!))) {
    return [error(REQUIREMENTS, "", "is not supported on marketing-only or Chat-only apps")];
  }
  const read = readJson(app, REQUIREMENTS, { refuseDuplicates: true });
  if (!read.ok) return [read.issue];
  if (!isRecord(read.value)) return [error(REQUIREMENTS, "", `must be a JSON object of requirement types, got ${describeValue(read.value)}`)];

  const issues: Issue[] = [];
  const total = Object.values(read.value).reduce<number>((sum, value) => sum + countRequirements(value), 0);
  if (total > MAX_REQUIREMENTS) issues.push(error(REQUIREMENTS, "", `holds ${total} requirements; the limit is ${MAX_REQUIREMENTS}`));

  for (const [type, value] of Object.entries(read.value)) {
    if (!(REQUIREMENT_TYPES as readonly string[]).includes(type)) {
      issues.push(error(REQUIREMENTS, type, `"${type}" is not a requirement type (use ${REQUIREMENT_TYPES.join(", ")})`));
      continue;
    }
    if (type === "custom_objects_v2") {
      issues.push(...checkCustomObjectsV2(value));
      continue;
    }
    if (!isRecord(value)) {
      issues.push(error(REQUIREMENTS, type, `must be an object, got ${describeValue(value)}`));
      continue;
    }
    if (STRUCTURED_TYPES.includes(type)) {
      issues.push(...checkCustomObjects(value));
      continue;
    }
    if (type === "channel_integrations" && Object.keys(value).length > 1) issues.push(error(REQUIREMENTS, type, "can hold only one channel integration"));
    const required = REQUIRED_FIELDS[type] ?? ["title"];
    for (const [identifier, requirement] of Object.entries(value)) {
      if (!isRecord(requirement)) {
        issues.push(error(REQUIREMENTS, `${type}.${identifier}`, `must be an object, got ${describeValue(requirement)}`));
        continue;
      }
      for (const field of required) if (!(field in requirement)) issues.push(error(REQUIREMENTS, `${type}.${identifier}.${field}`, "is required"));
      if (type === "targets" && RETIRED_TARGET_TYPES.includes(requirement.type as string)) {
        issues.push(error(REQUIREMENTS, `${type}.${identifier}.type`, `"${String(requirement.type)}" is a target type Zendesk no longer accepts`));
      }
    }
  }
  return issues;
};
