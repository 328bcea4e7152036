import type { Step } from "../flows/schema";
import { closingOf, type EvidenceFile, fieldOf, type Prefill } from "../engine";
import { FIELD_TITLES } from "../zendesk/fieldTitles";
import type { ChecklistModel } from "./createChecklistModel";
import { CopyButton } from "./CopyButton";
import { useT } from "./useT";

/** Built on first use and kept: an Intl formatter costs far more to build than to use. */
let clockFormat: Intl.DateTimeFormat | undefined;

/** Whether the ticket shows the evidence: the file and when its note was added, or that none is there yet. */
function EvidenceState({ file, fromCustomer }: { file?: EvidenceFile; fromCustomer: boolean }) {
  const t = useT();
  if (!file) return <small class="warning-text" data-testid="evidence-missing"> · {t(fromCustomer ? "checklist.evidenceMissingCustomer" : "checklist.evidenceMissing")}</small>;
  clockFormat ??= new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
  const time = clockFormat.format(file.at);
  const key = file.from === "customer" ? "checklist.evidenceFromCustomer" : "checklist.evidenceFound";
  return <small class="muted" data-testid="evidence-found"> · {t(key, { name: file.name, time })}</small>;
}

/** Where a prefilled value came from, in the agent's words. */
function PrefillSource({ itemId, prefill }: { itemId: string; prefill: Prefill }) {
  const t = useT();
  const key = fieldOf(prefill.from === "earlier" ? undefined : prefill.from);
  const text = prefill.from === "earlier" ? t("checklist.fromEarlier") : key ? t("checklist.fromField", { field: FIELD_TITLES[key] }) : t("checklist.fromRequester");
  return <small class="muted" data-testid={`checklist-prefilled-${itemId}`}>{text}</small>;
}

/** Evidence and data of a step: checkboxes, typed values checked against their format, save as a note. */
export function ChecklistPanel({ step, model, readOnly }: { step: Step; model: ChecklistModel; readOnly: boolean }) {
  const t = useT();
  const items = step.checklist ?? [];
  // A leaf that writes nothing through Apply closes with Ruta's note: it is what stays on the ticket.
  if (items.length === 0 && !step.note && closingOf(step)?.record !== "note") return null;
  const missing = model.missingRequired.value;
  // Said once in the heading when it holds for every item, not on each one.
  const allRequired = items.length > 1 && items.every((i) => i.required);
  return (
    <section class="checklist">
      <h3>
        {t("checklist.title")}
        {allRequired && <small data-testid="checklist-all-required"> · {t("checklist.allRequired")}</small>}
      </h3>
      <ul class="plain-list">
        {items.map((item) => {
          const id = `ck-${step.id}-${item.id}`;
          const tags = [...(allRequired ? [] : [item.required ? t("checklist.required") : t("checklist.optional")]), ...(item.evidence ? [t("checklist.evidence")] : [])].join(" · ");
          const field = fieldOf(item.value?.from);
          return (
            <li key={item.id} class="checklist-item" data-testid={`checklist-item-${item.id}`}>
              {item.value ? (
                <label for={id} class="field">
                  <span>
                    {item.label} {tags && <small class="muted">({tags})</small>}
                  </span>
                  <input
                    id={id}
                    class={model.doubtful.value.has(item.id) ? "input input-doubtful" : "input"}
                    data-testid={`checklist-value-${item.id}`}
                    value={model.typed.value[item.id] ?? ""}
                    disabled={readOnly}
                    placeholder={item.value.hint ?? t(`checklist.format.${item.value.format}`)}
                    onInput={(e) => model.type(item.id, e.currentTarget.value)}
                  />
                  {model.saved.value.has(item.id) && (!model.typed.value[item.id] || model.prefilled.value.has(item.id)) && <small class="muted">✔</small>}
                  {model.prefilled.value.has(item.id) && <PrefillSource itemId={item.id} prefill={model.prefilled.value.get(item.id)!} />}
                  {field && !readOnly && <small class="muted" data-testid={`checklist-writes-field-${item.id}`}>{t("checklist.writesField", { field: FIELD_TITLES[field] })}</small>}
                  {model.doubtful.value.has(item.id) && <small class="warning-text" data-testid={`checklist-doubtful-${item.id}`}>{t("checklist.doubtful", { hint: t(`checklist.format.${item.value.format}`) })}</small>}
                </label>
              ) : (
                <label class="check">
                  <input type="checkbox" id={id} data-testid={`checklist-check-${item.id}`} checked={model.done.value.has(item.id)} disabled={readOnly} onChange={(e) => model.tick(item.id, e.currentTarget.checked)} />
                  <span>
                    {item.label} {tags && <small class="muted">({tags})</small>}
                    {item.evidence &&
                      (model.gathered.value.get(item.id) ? (
                        <small class="muted" data-testid="evidence-gathered"> · {t("checklist.evidenceGathered")}</small>
                      ) : (
                        <EvidenceState file={model.evidence.value.get(item.id)} fromCustomer={item.evidence === "customer"} />
                      ))}
                  </span>
                </label>
              )}
            </li>
          );
        })}
      </ul>
      {model.observation.value && (
        <div class="observation" data-testid="observation">
          <p class="muted">{step.disposition?.kind === "closeInOpen" ? t("checklist.observationIC") : t("checklist.observation")}</p>
          <pre class="composed" data-testid="observation-text">{model.observation.value.text}</pre>
          <CopyButton text={model.observation.value.text} label={t("escalation.copy")} testId="copy-observation" />
        </div>
      )}
      {/* Before anything is done the list above is what is missing: naming it again would only push "Guardar" down. */}
      {missing.length > 0 && !model.empty.value && <p class="muted" data-testid="checklist-missing">{t("checklist.missing", { items: missing.map((i) => i.label).join(", ") })}</p>}
      {!readOnly && (
        <button type="button" class="btn btn-block" data-testid="save-checklist" disabled={model.saving.value || model.empty.value} onClick={() => void model.save()}>
          {model.saving.value ? t("checklist.saving") : t("checklist.save")}
        </button>
      )}
      {!readOnly && model.empty.value && <p class="muted" data-testid="checklist-empty">{t("checklist.empty")}</p>}
      {!readOnly && step.kind === "question" && model.toSave.value && <p class="muted" data-testid="checklist-saved-with-choice">{t("checklist.savedWithChoice")}</p>}
      {model.lastSave.value && model.lastSave.value !== "failed" && (
        <p class="notice notice-success" data-testid="checklist-saved">{t(`checklist.${model.lastSave.value}`)}</p>
      )}
    </section>
  );
}
