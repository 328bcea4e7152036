import type { ActionStep } from "../flows/schema";
import { useT } from "./useT";

/** The reading steps folded into the current one: what to check before it, so no click is spent on reading. */
export function FoldedSteps({ steps }: { steps: readonly ActionStep[] }) {
  const t = useT();
  if (steps.length === 0) return null;
  return (
    <section class="folded" data-testid="folded-steps">
      <h3>{t("step.folded")}</h3>
      {steps.map((s) => (
        <div key={s.id} data-testid={`folded-${s.id}`}>
          <p>
            <strong>{s.title}</strong>
            {s.ref && <small class="muted"> · {s.ref}</small>}
          </p>
          {s.instructions?.length ? <ul class="instructions">{s.instructions.map((line, i) => <li key={i}>{line}</li>)}</ul> : null}
          {s.links?.length ? <ul>{s.links.map((l) => <li key={l.url}><a href={l.url} target="_blank" rel="noreferrer noopener">{l.label}</a></li>)}</ul> : null}
        </div>
      ))}
    </section>
  );
}
