/** Formats a JSON path the way the messages show it: `parameters[1].type`, `location.support.ticket_sidebar.url`. */
export function formatKey(path: readonly PropertyKey[]): string {
  let key = "";
  for (const part of path) {
    if (typeof part === "number") key += `[${part}]`;
    else key += key === "" ? String(part) : `.${String(part)}`;
  }
  return key;
}
