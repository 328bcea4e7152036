/**
 * A path as a team lead reads it: `["brands", "tigo-bo", "overrides", 2, "step"]` → "brands.tigo-bo.overrides[2].step";
 * a key that is not a plain word is quoted: `macros["Móvil::Oferta"]`.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((out, s) => {
    if (typeof s === "number") return `${out}[${s}]`;
    const key = String(s);
    if (!/^[A-Za-z0-9_-]+$/.test(key)) return `${out}[${JSON.stringify(key)}]`;
    return out ? `${out}.${key}` : key;
  }, "");
}
