import type { Flow, ValueFormat } from "../flows/schema";

export const COUNTRIES = ["bo", "py", "ec", "pe"] as const;
export type Country = (typeof COUNTRIES)[number];

/** Each country's format for the same kind of value; a country missing from a row keeps the flow's own. */
const FORMATS_BY_KIND: Partial<Record<Country, ValueFormat>>[] = [
  { bo: "ciBo", py: "ciPy" },
  { bo: "phoneBo", py: "phonePy", ec: "phoneEc", pe: "phonePe" },
  { bo: "nitBo", py: "rucPy", pe: "rucPe" },
];

function localize(format: ValueFormat, country: Country): ValueFormat {
  const row = FORMATS_BY_KIND.find((r) => Object.values(r).includes(format));
  return row?.[country] ?? format;
}

/** The flow with its typed values checked as `country` writes them (a Bolivian CI becomes a Paraguayan one). */
export function localizeFormats(flow: Flow, country: Country): Flow {
  return {
    ...flow,
    steps: flow.steps.map((step) =>
      step.checklist ? { ...step, checklist: step.checklist.map((item) => (item.value ? { ...item, value: { ...item.value, format: localize(item.value.format, country) } } : item)) } : step,
    ),
  };
}
