import { useState } from "preact/hooks";
import type { Flow, Step } from "../flows/schema";
import { type Arrival, type Choice, stepTitle, timerState } from "../engine";
import { arrivalText } from "./arrivalText";
import { useT } from "./useT";

type Props = {
  flow: Flow;
  step: Step;
  waitingSince?: number;
  now: number;
  /** True when the step's own work (its writes, its required items) is not on the ticket: going on is a skip. */
  unfinished: boolean;
  /** What an answer also does on the step it leads to, when that step asks nothing more. */
  arrivalOf: (choice: Choice) => Arrival | undefined;
  onChoose: (choice: Choice) => void;
  onSkip: (reason: string) => void;
};

function formatRemaining(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

const SKIP_REASONS = ["manual", "notApplicable"] as const;

/** Going on without the step's work: a secondary link, then a reason that the ticket keeps. */
function SkipStep({ onSkip }: { onSkip: (reason: string) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" class="btn btn-link btn-small" data-testid="skip" onClick={() => setOpen(true)}>
        {t("step.skip")}
      </button>
    );
  }
  return (
    <div class="skip" data-testid="skip-reasons">
      <p class="muted">{t("step.skipTitle")}</p>
      {SKIP_REASONS.map((r) => (
        <button key={r} type="button" class="btn btn-small" data-testid={`skip-${r}`} onClick={() => onSkip(t("step.skipNote", { reason: t(`step.skipReason.${r}`) }))}>
          {t(`step.skipReason.${r}`)}
        </button>
      ))}
      <button type="button" class="btn btn-link btn-small" onClick={() => setOpen(false)}>{t("step.skipCancel")}</button>
    </div>
  );
}

/** The ways on from a step: the question's options, or continue, the alternatives and the timer's branch. */
export function Choices({ flow, step, waitingSince, now, unfinished, arrivalOf, onChoose, onSkip }: Props) {
  const t = useT();
  const title = (id: string) => stepTitle(flow, id);
  if (step.kind === "end") return null;
  if (step.kind === "question") {
    return (
      <fieldset class="choices">
        <legend data-testid="question">{step.question}</legend>
        {step.options.map((o) => {
          const choice = { kind: "option", id: o.id } as const;
          const arrival = arrivalOf(choice);
          return (
            <button key={o.id} type="button" class="btn btn-block" data-testid={`option-${o.id}`} data-arrival={arrival?.kind ?? "none"} title={o.hint} onClick={() => onChoose(choice)}>
              {o.label}
              {arrival && <small class="arrival" data-testid={`option-then-${o.id}`}>{arrivalText(t, "step.optionThen", arrival)}</small>}
            </button>
          );
        })}
      </fieldset>
    );
  }
  const timer = step.timer && waitingSince !== undefined ? timerState(step.timer, waitingSince, now) : undefined;
  return (
    <section class="choices">
      {waitingSince !== undefined && <p class="notice" data-testid="waiting">{t("step.waiting")}</p>}
      {step.timer && timer && (
        <p class={timer.expired ? "timer timer-expired" : "timer"} data-testid="timer" role="timer">
          {timer.expired ? t("timer.expired", { label: step.timer.label }) : t("timer.running", { label: step.timer.label, remaining: formatRemaining(timer.remainingMs) })}
        </p>
      )}
      {step.timer?.next && timer?.expired && (
        <button type="button" class="btn btn-primary btn-block" data-testid="timer-next" onClick={() => onChoose({ kind: "timer" })}>
          {t("timer.offer", { step: title(step.timer.next) })}
        </button>
      )}
      {unfinished ? (
        <SkipStep onSkip={onSkip} />
      ) : (
        <button type="button" class="btn btn-block" data-testid="continue" onClick={() => onChoose({ kind: "next" })}>
          {t("step.continue")} → {title(step.next)}
        </button>
      )}
      {(step.replies?.length || step.alternatives?.length) ? (
        <div class="alternatives" aria-label={t("step.otherwise")}>
          {step.replies?.map((r) => (
            <button key={r.id} type="button" class="btn btn-small" data-testid={`reply-${r.id}`} onClick={() => onChoose({ kind: "reply", id: r.id })}>
              {r.label}
            </button>
          ))}
          {step.alternatives?.map((a) => (
            <button key={a.id} type="button" class="btn btn-small" data-testid={`alt-${a.id}`} onClick={() => onChoose({ kind: "alternative", id: a.id })}>
              {a.label}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
