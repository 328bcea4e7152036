import type { AccountData } from "../settings/checkAccount";

/** Who opened the editor and how the installation is set up, read once at registration. */
export type AdminStart = {
  installationId?: number;
  /** The installation's settings as ZAF gives them (strings from the admin form). */
  settings: Record<string, unknown>;
  user: { id: number; role: string; groupIds: number[]; locale: string };
};

/** Everything the team leads' editor asks of Zendesk; the ZAF adapter and the tests' fakes implement it. */
export interface AdminPort {
  start(): Promise<AdminStart>;
  loadAccountData(): Promise<AccountData>;
  /** Replaces the named settings of the installation (admins only; Zendesk answers 403 to anyone else). */
  saveSettings(installationId: number, settings: Record<string, string>): Promise<void>;
}
