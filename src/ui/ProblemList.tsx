import type { Problem } from "./problems";
import { useT } from "./useT";
import type { Translate } from "../i18n/translate";
import { describeIssue } from "../settings/describeIssue";

function describe(problem: Problem, t: Translate): string {
  switch (problem.kind) {
    case "api":
      return t(`error.api.${problem.error.kind}`, { status: problem.error.status });
    case "load":
      return t("error.load", { detail: problem.detail });
    case "settings":
      return describeIssue(problem.issue, t);
  }
}

/** Errors said plainly, each with a way out; nothing the agent typed is lost behind them. */
export function ProblemList({ problems, onRetry }: { problems: Problem[]; onRetry: () => void }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert" data-testid="problems">
      {problems.map((p, i) => (
        <p key={i} class={p.kind === "settings" ? "notice notice-warning" : "notice notice-error"}>
          {describe(p, t)}
        </p>
      ))}
      {problems.some((p) => p.kind !== "settings") && (
        <button type="button" class="btn btn-small" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}
