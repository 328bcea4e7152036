import { useState } from "preact/hooks";
import { editorStatus, isDirty } from "../editor";
import { setPath } from "../zafActions";
import type { PageActions } from "./pageActions";
import type { PageModel } from "./pageModel";
import { STATUS_LABELS, SUBMIT_STATUSES } from "./labels";

/** The reply editor: draft comment, public/internal, attached files, status and "Enviar como <estado>". */
export function EditorPanel({ model, actions, ticketId }: { model: PageModel; actions: PageActions; ticketId: number }) {
  void model.version.value;
  const [busy, setBusy] = useState(false);
  const tab = model.host.tabs.get(ticketId);
  if (!tab) return null;
  const editor = tab.editor;
  const status = editorStatus(editor);
  const edit = (path: string, value: unknown) => model.host.edit(ticketId, (ctx) => setPath(ctx, path, value).events ?? []);
  const last = model.lastSubmit.value?.ticketId === ticketId ? model.lastSubmit.value.outcome : null;
  const submit = async () => {
    setBusy(true);
    try {
      await actions.submit(status === "new" ? "open" : status);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class={`editor ${editor.commentType === "internalNote" ? "internal" : "public"}`} aria-label="Editor">
      <div class="editor-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={editor.commentType === "publicReply"} data-testid="editor-public" onClick={() => edit("comment.type", "publicReply")}>
          Respuesta pública
        </button>
        <button type="button" role="tab" aria-selected={editor.commentType === "internalNote"} data-testid="editor-internal" onClick={() => edit("comment.type", "internalNote")}>
          Nota interna
        </button>
      </div>
      <textarea
        data-testid="editor-comment"
        value={editor.commentText}
        placeholder={editor.commentType === "internalNote" ? "Escribe una nota interna" : "Escribe tu respuesta"}
        onInput={(e) => edit("comment.text", (e.target as HTMLTextAreaElement).value)}
      />
      <div class="editor-attach">
        <label>
          Adjuntar
          <input
            type="file"
            multiple
            data-testid="editor-attach"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              editor.files = [...editor.files, ...Array.from(input.files ?? [])];
              input.value = "";
              model.version.value += 1;
            }}
          />
        </label>
        {editor.files.map((f, i) => (
          <span key={`${f.name}-${i}`} class="attached-file" data-testid="editor-attached-file">
            📎 {f.name}
            <button
              type="button"
              aria-label={`Quitar ${f.name}`}
              onClick={() => {
                editor.files = editor.files.filter((_, j) => j !== i);
                model.version.value += 1;
              }}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      <footer>
        {editor.macroIds.length ? <span class="muted">Macros aplicadas: {editor.macroIds.length}</span> : null}
        {last && !last.ok ? (
          <span class="submit-error" role="alert" data-testid="submit-error">
            {last.message}
          </span>
        ) : null}
        <select data-testid="editor-status" value={status} onChange={(e) => edit("ticket.status", (e.target as HTMLSelectElement).value)}>
          {status === "new" ? <option value="new">Nuevo</option> : null}
          {SUBMIT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <button type="button" class="submit" data-testid="submit-button" disabled={busy} data-dirty={isDirty(editor)} onClick={() => void submit()}>
          Enviar como {STATUS_LABELS[status === "new" ? "open" : status]}
        </button>
      </footer>
    </section>
  );
}
