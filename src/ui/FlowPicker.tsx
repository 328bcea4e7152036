import { useState } from "preact/hooks";
import type { FlowEntry } from "../flows/catalog";
import { foldText } from "../engine";
import { useT } from "./useT";

/** Searchable list of the brand's flows, for tickets no flow fits or when the agent changes flow. */
export function FlowPicker({ flows, onPick }: { flows: readonly FlowEntry[]; onPick: (flowId: string) => void }) {
  const t = useT();
  const [query, setQuery] = useState("");
  const shown = flows.filter((f) => foldText(`${f.title} ${f.summary}`).includes(foldText(query)));
  if (flows.length === 0) return <p class="notice">{t("flow.noFlows")}</p>;
  return (
    <section class="flow-picker" data-testid="flow-picker">
      <p>{t("flow.pickHint")}</p>
      <input type="search" class="input" placeholder={t("flow.search")} aria-label={t("flow.search")} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <ul class="plain-list">
        {shown.map((f) => (
          <li key={f.id}>
            <button type="button" class="btn btn-block" data-testid={`flow-option-${f.id}`} onClick={() => onPick(f.id)}>
              <strong>{f.title}</strong>
              {f.summary && <span class="muted">{f.summary}</span>}
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p class="muted">{t("flow.noMatch", { query })}</p>}
    </section>
  );
}
