/** How bad a finding is: an `error` makes Zendesk (or zcli) refuse the package; a `warning` is advice. */
export type Level = "error" | "warning";

/** One finding of the validator, named by the file and the key inside it (empty when the whole file is meant). */
export interface Issue {
  level: Level;
  file: string;
  key: string;
  message: string;
}

/** Builds an error; the message is written to read after the key: `parameters[1].type "password" is not…`. */
export function error(file: string, key: string, message: string): Issue {
  return { level: "error", file, key, message };
}

/** Builds a warning, same shape as {@link error}. */
export function warning(file: string, key: string, message: string): Issue {
  return { level: "warning", file, key, message };
}
