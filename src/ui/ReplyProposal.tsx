import type { Flow } from "../flows/schema";
import type { Arrival, Choice, Sighting } from "../engine";
import { arrivalText } from "./arrivalText";
import { useT } from "./useT";

type Props = { flow: Flow; reply: Sighting; readOnly: boolean; arrivalOf: (choice: Choice) => Arrival | undefined; onChoose: (choice: Choice) => void };

/** The excerpt as text, the matched word marked (the last occurrence: the one the engine read). */
function Excerpt({ text, word }: { text: string; word?: string }) {
  const at = word ? text.lastIndexOf(word) : -1;
  if (!word || at < 0) return <q data-testid="reply-excerpt">{text}</q>;
  return (
    <q data-testid="reply-excerpt">
      {text.slice(0, at)}
      <mark data-testid="reply-words">{word}</mark>
      {text.slice(at + word.length)}
    </q>
  );
}

/** One click for the proposed branch, and for the next step's Apply or note when it asks nothing more (the label says which). */
function ConfirmReply({ choice, next, arrivalOf, onChoose }: { choice: Choice; next: string; arrivalOf: Props["arrivalOf"]; onChoose: Props["onChoose"] }) {
  const t = useT();
  const arrival = arrivalOf(choice);
  return (
    <button type="button" class="btn btn-primary btn-block" data-testid="confirm-reply" data-arrival={arrival?.kind ?? "none"} onClick={() => onChoose(choice)}>
      {arrival ? arrivalText(t, "reply.confirmAnd", arrival) : t("reply.confirm", { step: next })}
    </button>
  );
}

/**
 * What the customer wrote since the step was saved: a proposed branch with the words that matched and
 * one click to confirm it, or why the message proposes nothing (a negation, a condition, a question).
 */
export function ReplyProposal({ flow, reply, readOnly, arrivalOf, onChoose }: Props) {
  const t = useT();
  const title = (id: string) => flow.steps.find((s) => s.id === id)?.title ?? id;
  const word = reply.kind === "question" ? undefined : reply.words[0];
  return (
    <section class={reply.kind === "proposed" ? "proposal" : "proposal proposal-none"} data-testid="proposal" data-kind={reply.kind}>
      <p>
        {t("reply.wrote")} <Excerpt text={reply.excerpt} word={word} />
      </p>
      {reply.kind === "proposed" && reply.next && (
        <>
          <p class="muted">{t("reply.proposes", { label: reply.label ?? "" })}</p>
          {!readOnly && <ConfirmReply choice={{ kind: "reply", id: reply.replyId }} next={title(reply.next)} arrivalOf={arrivalOf} onChoose={onChoose} />}
        </>
      )}
      {reply.kind === "declined" && <p class="notice notice-warning" data-testid="reply-declined">{t(`reply.declined.${reply.why}`)}</p>}
      {reply.kind === "question" && <p class="notice notice-warning" data-testid="reply-question">{t("reply.question")}</p>}
    </section>
  );
}
