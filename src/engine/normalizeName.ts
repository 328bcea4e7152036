import { NAME_SEPARATOR } from "../flows/schema/primitives";

/** How the sidebar shows a nested name between its segments. */
const SHOWN_SEPARATOR = " › ";

/** Words a title may carry or drop without naming something else ("Migración de Pre a Post" = "Migración Pre a Post"). */
const FILLER_WORDS = new Set(["de", "del", "la", "el", "los", "las", "y", "a", "al", "en", "por", "con"]);

/** Plain form of a word run: lower case, no accents, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Key under which two spellings of one nested name compare equal: case, accents, spacing,
 * "::" or ">" as separator, filler words and "tocken"/"token" do not matter. Segments stay in order.
 */
export function normalizeName(name: string): string {
  return name
    .split(/::|>/)
    .map((segment) =>
      foldText(segment)
        .replace(/[^\p{L}\p{N}+%#/ ]/gu, " ")
        .split(" ")
        .filter((word) => word && !FILLER_WORDS.has(word))
        .map((word) => (word === "tocken" ? "token" : word))
        .join(" "),
    )
    .filter(Boolean)
    .join(NAME_SEPARATOR);
}

/** A nested name as the sidebar shows it: "En progreso::En Gestión" → "En progreso › En Gestión". */
export function formatNestedName(name: string): string {
  return name.split(NAME_SEPARATOR).join(SHOWN_SEPARATOR);
}
