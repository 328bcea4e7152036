import type { Problem } from "./problems";
import { useT } from "./useT";
import type { Translate } from "../i18n/translate";
import { describeIssue } from "../settings/describeIssue";
import type { ApiError } from "../zendesk/apiError";

/** The message for an API failure: a 429 says how long, while the port waits to retry and once it gave up waiting. */
function apiMessage(error: ApiError): string {
  if (error.kind !== "rateLimited") return error.kind;
  return error.retryIn !== undefined ? "rateLimitedRetrying" : error.retryAfter !== undefined ? "rateLimitedFor" : "rateLimited";
}

function describe(problem: Problem, t: Translate): string {
  switch (problem.kind) {
    case "api":
      return t(`error.api.${apiMessage(problem.error)}`, { status: problem.error.status, seconds: problem.error.retryIn ?? problem.error.retryAfter ?? 0 });
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
