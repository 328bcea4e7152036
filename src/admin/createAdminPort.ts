import * as z from "zod/mini";
import { loadAccountData } from "../settings/loadAccountData";
import { ZAF } from "../zendesk/paths";
import { createRest, type RestDeps } from "../zendesk/rest";
import { ZafMetadata } from "../zendesk/schemas";
import type { ZafClient } from "../zendesk/zafClient";
import type { AdminPort, AdminStart } from "./AdminPort";

/** ZAF's currentUser with the groups the editor's access rule reads (ZAF Client API, "User object"). */
const EditorUser = z.looseObject({
  id: z.number(),
  role: z.optional(z.string()),
  locale: z.optional(z.string()),
  groups: z.optional(z.array(z.looseObject({ id: z.number() }))),
});
/** PUT /api/v2/apps/installations/{id}.json answers the installation (developer.zendesk.com, Apps API: "Update App Installation"). */
const InstallationAnswer = z.looseObject({ id: z.optional(z.number()) });

export const installationUrl = (id: number) => `/api/v2/apps/installations/${id}.json`;

/** The editor's port over one ZAF client in the nav_bar location. */
export function createAdminPort(client: ZafClient, deps: RestDeps): AdminPort {
  const rest = createRest(client, deps);
  return {
    async start(): Promise<AdminStart> {
      const [metadata, got] = await Promise.all([client.metadata(), client.get(ZAF.currentUser)]);
      const meta = ZafMetadata.parse(metadata);
      const user = EditorUser.parse(got[ZAF.currentUser]);
      return {
        ...(meta.installationId !== undefined ? { installationId: meta.installationId } : {}),
        settings: meta.settings ?? {},
        user: { id: user.id, role: user.role ?? "agent", groupIds: (user.groups ?? []).map((g) => g.id), locale: user.locale ?? "es" },
      };
    },
    loadAccountData: () => loadAccountData(rest),
    async saveSettings(installationId, settings) {
      await rest.send(rest.json(installationUrl(installationId), "PUT", { settings }), InstallationAnswer);
    },
  };
}
