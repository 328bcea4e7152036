import type * as z from "zod";
import { formatKey } from "./formatKey";
import { error, type Issue } from "./Issue";
import { describeValue } from "./readApp";

const ARTICLES: Record<string, string> = { array: "an array", object: "an object", record: "an object", boolean: "a boolean", string: "a string", number: "a number" };

/** Reads the value at a JSON path, for messages. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const part of path) node = (node as Record<PropertyKey, unknown> | undefined)?.[part];
  return node;
}

/**
 * Parses a JSON value with a zod schema that describes only types, and turns each zod issue into
 * an error naming the file and key: `author.url must be a string, got 3`.
 */
export function checkTypes(file: string, schema: z.ZodType, value: unknown): Issue[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const key = formatKey(issue.path);
    const got = describeValue(valueAt(value, issue.path));
    if (issue.code === "invalid_type") return error(file, key, `must be ${ARTICLES[issue.expected] ?? issue.expected}, got ${got}`);
    return error(file, key, `${issue.message}, got ${got}`);
  });
}
