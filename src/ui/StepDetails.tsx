import type { Disposition, Step } from "../flows/schema";
import { closingOf } from "../engine";
import type { Translate } from "../i18n/translate";
import { CopyButton } from "./CopyButton";
import { useT } from "./useT";

/** What a disposition tells the customer, in the agent's language, its documents and address filled in. */
function closingText(d: Disposition, t: Translate): string {
  const key = d.kind === "sucursalVirtual" && !d.documents?.length ? "sucursalVirtualSelf" : d.kind;
  return t(`closing.${key}`, { documents: (d.documents ?? []).join(", "), url: d.url ? ` (${d.url})` : "", days: d.days });
}

/** What the seed says to do at this step: its framing (folded), instructions, speeches, closing disposition, links. */
export function StepDetails({ step, onInsert }: { step: Step; onInsert: (text: string) => void }) {
  const t = useT();
  const d = step.disposition;
  const closing = closingOf(step)?.customer;
  const told = closing?.kind === "disposition" ? closingText(closing.disposition, t) : undefined;
  return (
    <>
      {told && (
        <section class="speech" data-testid="closing-speech">
          <h3>{t("closing.title")}</h3>
          <blockquote>{told}</blockquote>
          <CopyButton text={told} />
          <button type="button" class="btn btn-small" onClick={() => onInsert(told)}>{t("step.insert")}</button>
        </section>
      )}
      {step.context?.length ? (
        <details class="context" data-testid="step-context">
          <summary>{t("step.context")}</summary>
          <ul class="instructions">{step.context.map((line, i) => <li key={i}>{line}</li>)}</ul>
        </details>
      ) : null}
      {step.instructions?.length ? (
        <section>
          <h3>{t("step.instructions")}</h3>
          <ul class="instructions">{step.instructions.map((line, i) => <li key={i}>{line}</li>)}</ul>
        </section>
      ) : null}
      {d && (
        <section class="disposition" data-testid="disposition">
          <h3>{t("step.disposition")}</h3>
          <p>
            <strong>{t(`disposition.${d.kind}`, { code: d.code })}</strong>
            {d.days !== undefined && ` · ${t("disposition.days", { days: d.days })}`}
          </p>
          {d.documents?.length ? (
            <>
              <p class="muted">{t("disposition.documents")}</p>
              <ul>{d.documents.map((doc) => <li key={doc}>{doc}</li>)}</ul>
            </>
          ) : null}
          {d.url && <a href={d.url} target="_blank" rel="noreferrer noopener">{d.url}</a>}
        </section>
      )}
      {step.speech?.length ? (
        <section>
          <h3>{t("step.speech")}</h3>
          {step.speech.map((s) => (
            <div key={s.id} class="speech" data-testid={`speech-${s.id}`}>
              <p class="muted">{s.label}</p>
              <blockquote>{s.text}</blockquote>
              <CopyButton text={s.text} />
              <button type="button" class="btn btn-small" onClick={() => onInsert(s.text)}>{t("step.insert")}</button>
            </div>
          ))}
        </section>
      ) : null}
      {step.links?.length ? (
        <section>
          <h3>{t("step.links")}</h3>
          <ul>{step.links.map((l) => <li key={l.url}><a href={l.url} target="_blank" rel="noreferrer noopener">{l.label}</a></li>)}</ul>
        </section>
      ) : null}
    </>
  );
}
