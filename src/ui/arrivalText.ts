import { type Arrival, formatNestedName } from "../engine";
import { NAME_SEPARATOR } from "../flows/schema/primitives";
import type { Translate } from "../i18n/translate";

/** The end of a macro's path, as a button has room for: "Respuesta rápida › Opción 4". */
const shortMacro = (path: string) => formatNestedName(path.split(NAME_SEPARATOR).slice(-2).join(NAME_SEPARATOR));

/** What a choice's button also does on the step it leads to, in the agent's words (`group`: "reply" or "option"). */
export function arrivalText(t: Translate, group: "reply.confirmAnd" | "step.optionThen", arrival: Arrival): string {
  const step = arrival.step.title;
  if (arrival.kind === "save") return t(`${group}.save`, { step });
  return arrival.macro ? t(`${group}.apply`, { step, macro: shortMacro(arrival.macro) }) : t(`${group}.applyStep`, { step });
}
