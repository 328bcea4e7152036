import { useState } from "preact/hooks";
import type { Macro } from "../../zendesk/model";
import type { PageActions } from "./pageActions";
import type { PageModel } from "./pageModel";

/**
 * "Cuenta": what an admin changes in Zendesk's Admin Center, done through the REST API as Zendesk does
 * (so agents get its 403): rename, deactivate or delete a macro, rename or remove a drop-down option.
 */
export function AccountPanel({ model, actions }: { model: PageModel; actions: PageActions }) {
  void model.version.value;
  const [query, setQuery] = useState("");
  const [macros, setMacros] = useState<Macro[]>([]);
  const [macroId, setMacroId] = useState<number | null>(null);
  const [title, setTitle] = useState("");
  const [fieldId, setFieldId] = useState<number | null>(null);
  const [optionId, setOptionId] = useState<number | null>(null);
  const [optionName, setOptionName] = useState("");
  const [message, setMessage] = useState("");
  const account = model.host.tabs.size ? model.host.account() : null;
  const dropdowns = account?.fields.filter((f) => f.custom_field_options) ?? [];
  const field = dropdowns.find((f) => f.id === fieldId);
  const macro = macros.find((m) => m.id === macroId);
  const report = async (done: Promise<Response>, ok: string) => {
    const response = await done;
    const body = response.status === 204 ? {} : ((await response.json().catch(() => ({}))) as { description?: string });
    setMessage(response.ok ? ok : `HTTP ${response.status}: ${body.description ?? "rechazado"}`);
    if (query) setMacros(await actions.searchMacros(query));
  };
  return (
    <fieldset class="account-panel" data-testid="account-panel">
      <legend>Cuenta (API de administración)</legend>
      <input placeholder="Buscar macro" data-testid="account-macro-query" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      <button type="button" data-testid="account-macro-search" disabled={!query} onClick={() => void actions.searchMacros(query).then(setMacros)}>Buscar</button>
      <select data-testid="account-macro" value={macroId ?? ""} onChange={(e) => {
        const id = Number((e.target as HTMLSelectElement).value);
        setMacroId(id);
        setTitle(macros.find((m) => m.id === id)?.title ?? "");
      }}>
        <option value="">—</option>
        {macros.map((m) => <option key={m.id} value={m.id}>{m.active ? "" : "(inactiva) "}{m.title}</option>)}
      </select>
      {macro ? (
        <div>
          <input data-testid="account-macro-title" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} aria-label="Título" />
          <button type="button" data-testid="account-macro-rename" onClick={() => void report(actions.editMacro(macro.id, { title }), "Macro renombrada")}>Renombrar</button>
          <button type="button" data-testid="account-macro-toggle" onClick={() => void report(actions.editMacro(macro.id, { active: !macro.active }), macro.active ? "Macro desactivada" : "Macro activada")}>
            {macro.active ? "Desactivar" : "Activar"}
          </button>
          <button type="button" class="danger" data-testid="account-macro-delete" onClick={() => void report(actions.deleteMacro(macro.id), "Macro eliminada").then(() => setMacroId(null))}>Eliminar</button>
        </div>
      ) : null}
      <select data-testid="account-field" value={fieldId ?? ""} onChange={(e) => { setFieldId(Number((e.target as HTMLSelectElement).value)); setOptionId(null); }}>
        <option value="">Campo desplegable…</option>
        {dropdowns.map((f) => <option key={f.id} value={f.id}>{f.title}</option>)}
      </select>
      {field ? (
        <div>
          <select data-testid="account-option" value={optionId ?? ""} onChange={(e) => {
            const id = Number((e.target as HTMLSelectElement).value);
            setOptionId(id);
            setOptionName(field.custom_field_options?.find((o) => o.id === id)?.name ?? "");
          }}>
            <option value="">Opción…</option>
            {field.custom_field_options?.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
          {optionId !== null ? (
            <>
              <input data-testid="account-option-name" value={optionName} onInput={(e) => setOptionName((e.target as HTMLInputElement).value)} aria-label="Nombre" />
              <button type="button" data-testid="account-option-rename" onClick={() => {
                const option = field.custom_field_options?.find((o) => o.id === optionId);
                if (option) void report(actions.saveFieldOption(field.id, { id: option.id, name: optionName, value: option.value }), "Opción renombrada");
              }}>Renombrar</button>
              <button type="button" class="danger" data-testid="account-option-delete" onClick={() => void report(actions.deleteFieldOption(field.id, optionId), "Opción eliminada").then(() => setOptionId(null))}>Eliminar</button>
            </>
          ) : null}
        </div>
      ) : null}
      {message ? <p class="muted" role="status" data-testid="account-message">{message}</p> : null}
    </fieldset>
  );
}
