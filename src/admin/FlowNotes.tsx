import type { Flow } from "../flows/schema";
import { useT } from "../ui/useT";

/** Each procedure's notes for team leads: where the seed is unclear or contradicts itself, as the catalog records it. */
export function FlowNotes({ flows }: { flows: readonly Flow[] }) {
  const t = useT();
  const withNotes = flows.filter((f) => f.notes?.length);
  return (
    <section class="card" data-testid="admin-notes">
      <h2>{t("admin.notes.title")}</h2>
      {withNotes.map((flow) => (
        <details key={flow.id}>
          <summary>{flow.title} ({flow.notes!.length})</summary>
          <ul>
            {flow.notes!.map((note, i) => (
              <li key={i}>
                {note.stepId && <small class="muted">{note.stepId}: </small>}
                {note.text}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
