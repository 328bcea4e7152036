/** The "Estado de Pedido" dropdown field, as the account's admin configured it. */
export const ORDER_STATE_FIELD_ID = 360011112222;

/**
 * Order-state options: every value seed 001 names (one per distinct value, ignoring case, accents and
 * spacing), nested "Parent::Child" the way Zendesk names nested dropdown options, plus a few the
 * account uses for other work. The tag (`value`) is what macros and the API write.
 */
export const ORDER_STATE_OPTIONS: readonly { name: string; value: string }[] = [
  { name: "En progreso", value: "en_progreso" },
  { name: "En progreso::Datos Insuficientes", value: "en_progreso__datos_insuficientes" },
  { name: "En progreso::En Gestión", value: "en_progreso__en_gestion" },
  { name: "No Aplica::Incontactable", value: "no_aplica__incontactable" },
  { name: "No Aplica::Contrato en otra Telefonía", value: "no_aplica__contrato_en_otra_telefonia" },
  { name: "No califica::Mora", value: "no_califica__mora" },
  { name: "No clasifica::OTRO", value: "no_clasifica__otro" },
  { name: "Acepta::Plan Recomendado", value: "acepta__plan_recomendado" },
  { name: "Acepta::Plan Solicitado", value: "acepta__plan_solicitado" },
  { name: "Rechaza::Precio", value: "rechaza__precio" },
];

/** The option tag for a name, for building seed data: `orderStateTag("No califica::Mora")`. */
export function orderStateTag(name: string): string {
  const option = ORDER_STATE_OPTIONS.find((o) => o.name === name);
  if (!option) throw new Error(`Unknown order state "${name}": add it to ORDER_STATE_OPTIONS first.`);
  return option.value;
}
