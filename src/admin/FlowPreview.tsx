import { useState } from "preact/hooks";
import type { Flow, Step } from "../flows/schema";
import type { OverrideMark } from "../settings/layerKit";
import { useT } from "../ui/useT";
import { edits } from "./configEdits";
import type { EditorModel } from "./createEditorModel";

function StepRow({ step, marks, onOff, onMacro }: { step: Step; marks: OverrideMark[]; onOff: () => void; onMacro: (macro: string) => void }) {
  const t = useT();
  const [macro, setMacro] = useState(step.macro ?? "");
  return (
    <li class={marks.length ? "preview-step overridden" : "preview-step"} data-testid={`preview-step-${step.id}`}>
      <strong>{step.title}</strong> <small class="muted">{step.id}</small>
      {marks.map((m) => (
        <span key={m.index} class="badge" data-testid="preview-mark">{t(`admin.preview.mark.${m.op}`, { index: m.index + 1, option: m.option })}</span>
      ))}
      {step.macro !== undefined && (
        <span class="preview-macro">
          <input type="text" aria-label={t("admin.preview.macro")} data-testid={`preview-macro-${step.id}`} value={macro} onInput={(e) => setMacro(e.currentTarget.value)} />
          <button type="button" class="btn btn-small" data-testid={`preview-set-macro-${step.id}`} disabled={!macro.trim() || macro === step.macro} onClick={() => onMacro(macro.trim())}>{t("admin.preview.setMacro")}</button>
        </span>
      )}
      {step.kind === "action" && (
        <button type="button" class="btn btn-small btn-link" data-testid={`preview-off-${step.id}`} onClick={onOff}>{t("admin.preview.turnOff")}</button>
      )}
    </li>
  );
}

/** What a brand's agents get: each enabled flow's steps, the overrides marked, with the two common overrides one click away. */
export function FlowPreview({ model, catalog }: { model: EditorModel; catalog: readonly Flow[] }) {
  const t = useT();
  const preview = model.preview.value;
  const brand = model.brandRecord.value;
  if (!preview || !brand) return null;
  const add = (override: Parameters<typeof edits.addOverride>[1]) => model.edit(edits.addOverride(brand.subdomain, override));
  return (
    <section class="card" data-testid="admin-preview">
      <h2>{t("admin.preview.title", { brand: brand.name })}</h2>
      {preview.flows.map((flow) => {
        const base = catalog.find((f) => f.id === flow.id);
        const removed = base?.steps.filter((s) => !flow.steps.some((x) => x.id === s.id)) ?? [];
        return (
          <details key={flow.id} open={preview.flows.length === 1} data-testid={`preview-flow-${flow.id}`}>
            <summary>{flow.title} <small class="muted">{base ? flow.id : t("admin.preview.added")}</small></summary>
            <ol class="plain-list">
              {flow.steps.map((step) => (
                <StepRow key={step.id} step={step} marks={preview.marks.filter((m) => m.flowId === flow.id && m.stepId === step.id)} onOff={() => add({ op: "off", step: step.id })} onMacro={(macro) => add({ op: "set", step: step.id, macro })} />
              ))}
            </ol>
            {removed.length > 0 && (
              <p class="muted" data-testid="preview-removed">{t("admin.preview.removed", { steps: removed.map((s) => s.title).join(" · ") })}</p>
            )}
          </details>
        );
      })}
      {preview.marks.length > 0 && (
        <>
          <h3>{t("admin.preview.overrides")}</h3>
          <ul class="plain-list">
            {preview.marks.map((m) => (
              <li key={m.index}>
                #{m.index + 1} {t(`admin.preview.mark.${m.op}`, { index: m.index + 1, option: m.option })} · {m.stepId}{" "}
                <button type="button" class="btn btn-small btn-link" data-testid={`preview-undo-${m.index}`} onClick={() => model.edit(edits.removeOverride(brand.subdomain, m.index))}>{t("admin.preview.undo")}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
