import { stepTitle } from "../engine";
import type { Flow } from "../flows/schema";
import { useT } from "./useT";

/** The steps walked so far, and the way back one step; nothing at the start (the reason line says it). */
export function Trail({ flow, steps, onBack }: { flow: Flow; steps: string[]; onBack: () => void }) {
  const t = useT();
  const title = (id: string) => stepTitle(flow, id);
  const past = steps.slice(0, -1);
  if (past.length === 0) return null;
  return (
    <nav class="trail" aria-label={t("step.path")} data-testid="trail">
      <ol>
        {past.map((id, i) => <li key={`${id}-${i}`}>{title(id)}</li>)}
      </ol>
      <button type="button" class="btn btn-link" data-testid="back" onClick={onBack}>
        ← {t("step.back")}
      </button>
    </nav>
  );
}
