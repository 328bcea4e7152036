import type { Macro } from "../model";
import { apiUrl } from "./accountUrl";
import { macroActions, OTHER_PROCEDURE_MACROS, PRE_POST_MACROS, type MacroSpec } from "./procedureMacros";
import { unrelatedMacroSpecs } from "./unrelatedMacros";

const FIRST_MACRO_ID = 360050000001;

/** Builds the account's macros; ids follow the specs' order, positions interleave procedure and other macros. */
export function seedMacros(createdAt: string): Macro[] {
  const specs: MacroSpec[] = [...unrelatedMacroSpecs(), ...PRE_POST_MACROS, ...OTHER_PROCEDURE_MACROS];
  return specs.map((spec, index) => {
    const id = FIRST_MACRO_ID + index;
    return {
      id,
      url: apiUrl("macros", id),
      title: spec.title,
      raw_title: spec.title,
      description: null,
      active: spec.active ?? true,
      default: false,
      position: (index * 37) % specs.length,
      restriction: null,
      actions: macroActions(spec),
      created_at: createdAt,
      updated_at: createdAt,
    };
  });
}
