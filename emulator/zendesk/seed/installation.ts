import type { Installation } from "../model";

export const APP_ID = 9001;
export const INSTALLATION_ID = 1;

/** Brand subdomain → the flows Ruta offers on that brand's tickets, as the team lead configured them. */
export const BRAND_FLOWS = {
  "tigo-bo": ["pre-post"],
  "tigo-py": ["tbo"],
  "impulsa-ec": ["retencion-internet"],
  "abastible": ["lpg-requerimientos"],
  "claro-pe": ["cargo-fijo-corporativo"],
};

/** The Ruta installation (id 1 of app 9001) with the settings the manifest's parameters declare. */
export function seedInstallation(createdAt: string): Installation {
  const settings = { name: "Ruta", title: "Ruta", brandFlows: JSON.stringify(BRAND_FLOWS), orderStateFieldId: 360011112222 };
  return {
    id: INSTALLATION_ID,
    app_id: APP_ID,
    product: "support",
    settings,
    settings_objects: Object.entries(settings).map(([name, value]) => ({ name, value })),
    enabled: true,
    paid: false,
    collapsible: true,
    plan: null,
    role_restrictions: null,
    group_restrictions: null,
    created_at: createdAt,
    updated_at: createdAt,
  };
}
