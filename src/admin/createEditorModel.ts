import { batch, computed, signal } from "@preact/signals";
import type { Flow } from "../flows/schema";
import { applyMacroMatches } from "../settings/applyMacroMatches";
import { type AccountData, checkAccount } from "../settings/checkAccount";
import { CONFIG_PARAMETER, parseSettings, setupForBrand } from "../settings/parseSettings";
import { ApiFailure } from "../zendesk/apiError";
import type { AdminPort, AdminStart } from "./AdminPort";
import type { Edit } from "./configEdits";
import { editDocument } from "./editDocument";

/** Who may do what here: admins save to the installation, team leads edit and export, agents see nothing. */
export type Access = "admin" | "teamLead" | "none";

export type SaveState = { status: "idle" } | { status: "saving" } | { status: "saved" } | { status: "failed"; kind: string };

/**
 * The team leads' editor: the settings text as the single draft, parsed on every change (issues with
 * their paths), the effective flows of the chosen brand with the overrides marked, the doctor's
 * findings over the draft and the account, and the save to the installation.
 */
export function createEditorModel(port: AdminPort, catalog: readonly Flow[]) {
  const info = signal<AdminStart | undefined>(undefined);
  const text = signal("");
  const saved = signal("");
  const account = signal<AccountData | undefined>(undefined);
  const accountError = signal<string | undefined>(undefined);
  const brand = signal<string | undefined>(undefined);
  const saveState = signal<SaveState>({ status: "idle" });

  /** The draft as the sidebar would read it: the first two parameters stay, `config` is the draft. */
  const parsed = computed(() => parseSettings({ ...info.value?.settings, [CONFIG_PARAMETER]: text.value }, catalog));
  const access = computed<Access>(() => {
    const user = info.value?.user;
    if (!user) return "none";
    if (user.role === "admin") return "admin";
    // Membership is read from the saved settings: a draft cannot grant its own author access.
    const leads = parseSettings(info.value?.settings ?? {}, catalog).settings.teamLeadGroups;
    return user.groupIds.some((id) => leads.includes(id)) ? "teamLead" : "none";
  });
  const brands = computed(() => {
    const fromAccount = account.value?.brands.map((b) => b.subdomain) ?? [];
    return [...new Set([...fromAccount, ...parsed.value.settings.brands.keys()])];
  });
  const brandRecord = computed(() => {
    const key = brand.value ?? brands.value[0];
    if (key === undefined) return undefined;
    return account.value?.brands.find((b) => b.subdomain === key || String(b.id) === key) ?? { id: 0, name: key, subdomain: key };
  });
  const preview = computed(() => {
    const b = brandRecord.value;
    if (!b) return undefined;
    const setup = setupForBrand(parsed.value.settings, b, catalog);
    return { ...setup, flows: setup.flows.map((f) => applyMacroMatches(f, setup.macros, account.value?.macros ?? [])) };
  });
  const findings = computed(() => (account.value ? checkAccount(parsed.value.settings, catalog, account.value, brandRecord.value?.subdomain) : undefined));
  const dirty = computed(() => text.value !== saved.value);

  async function loadAccount(): Promise<void> {
    try {
      const data = await port.loadAccountData();
      batch(() => {
        account.value = data;
        accountError.value = undefined;
      });
    } catch (error) {
      accountError.value = error instanceof ApiFailure ? error.error.kind : "network";
    }
  }

  return {
    info, text, account, accountError, brand, brands, brandRecord, saveState, parsed, access, preview, findings, dirty,
    async start(): Promise<void> {
      const started = await port.start();
      const config = started.settings[CONFIG_PARAMETER];
      batch(() => {
        info.value = started;
        text.value = saved.value = typeof config === "string" ? config : "";
      });
      if (access.value !== "none") await loadAccount();
    },
    loadAccount,
    setText(value: string) {
      batch(() => {
        text.value = value;
        saveState.value = { status: "idle" };
      });
    },
    /** A form's change; ignored while the JSON is broken (the JSON view says where). */
    edit(change: Edit) {
      const next = editDocument(text.value, change);
      if (next !== undefined) this.setText(next);
    },
    /** Saves the draft as the installation's `config` setting; only admins can, and only a draft without issues. */
    async save(): Promise<void> {
      const id = info.value?.installationId;
      if (access.value !== "admin" || id === undefined || parsed.value.issues.length > 0 || saveState.value.status === "saving") return;
      const draft = text.value;
      saveState.value = { status: "saving" };
      try {
        await port.saveSettings(id, { [CONFIG_PARAMETER]: draft });
        batch(() => {
          saved.value = draft;
          if (info.value) info.value = { ...info.value, settings: { ...info.value.settings, [CONFIG_PARAMETER]: draft } };
          saveState.value = { status: "saved" };
        });
      } catch (error) {
        saveState.value = { status: "failed", kind: error instanceof ApiFailure ? error.error.kind : "network" };
      }
    },
  };
}
export type EditorModel = ReturnType<typeof createEditorModel>;
