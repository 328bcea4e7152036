import { useState } from "preact/hooks";
import { AccountPanel } from "./AccountPanel";
import type { PageActions } from "./pageActions";
import type { PageModel } from "./pageModel";

const FAULT_KINDS = [
  ["rate-limit", "429 límite de tasa"],
  ["conflict", "409 conflicto"],
  ["server-error", "500 error"],
  ["slow", "respuesta lenta"],
  ["lands-then-error", "se aplica y responde 500"],
  ["drop", "conexión cortada"],
  ["lands-then-drop", "se aplica y se corta"],
  ["malformed", "200 con cuerpo roto"],
] as const;

const PLAN_LABELS: Record<string, string> = {
  team: "Team",
  growth: "Growth",
  professional: "Professional",
  enterprise: "Enterprise",
  "enterprise-plus": "Enterprise Plus",
  "high-volume": "High Volume API",
};

/** The emulator's own controls: the customer replies, faults, the plan, the clock, the agent and locale, the account, reset. */
export function ControlPanel({ model, actions }: { model: PageModel; actions: PageActions }) {
  const [reply, setReply] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  /** Bumped on each reply sent: a new file input, empty again. */
  const [replies, setReplies] = useState(0);
  const [kind, setKind] = useState<(typeof FAULT_KINDS)[number][0]>("rate-limit");
  const [method, setMethod] = useState("PUT");
  const [path, setPath] = useState("/api/v2/tickets/*");
  const [count, setCount] = useState(1);
  const [minutes, setMinutes] = useState(30);
  const state = model.state.value;
  const active = model.active.value;
  const me = state?.agents.find((a) => a.id === state.currentUserId);
  return (
    <section class="controls" aria-label="Controles del emulador">
      <h2>Emulador</h2>
      <fieldset>
        <legend>Respuesta del cliente</legend>
        <textarea data-testid="customer-reply-text" value={reply} onInput={(e) => setReply((e.target as HTMLTextAreaElement).value)} />
        <label>
          Fotos o documentos
          <input key={replies} type="file" multiple data-testid="customer-reply-files" onChange={(e) => setFiles(Array.from((e.target as HTMLInputElement).files ?? []))} />
        </label>
        <button
          type="button"
          data-testid="customer-reply-send"
          disabled={(!reply && files.length === 0) || active === null}
          onClick={() =>
            active !== null &&
            void actions.customerReply(active, reply, files).then(() => {
              setReply("");
              setFiles([]);
              setReplies((n) => n + 1);
            })
          }
        >
          Responder como cliente
        </button>
      </fieldset>
      <fieldset>
        <legend>Fallas</legend>
        <select data-testid="fault-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as typeof kind)}>
          {FAULT_KINDS.map(([k, label]) => <option key={k} value={k}>{label}</option>)}
        </select>
        <select value={method} onChange={(e) => setMethod((e.target as HTMLSelectElement).value)}>
          {["", "GET", "PUT", "POST", "DELETE"].map((m) => <option key={m} value={m}>{m || "cualquier"}</option>)}
        </select>
        <input value={path} onInput={(e) => setPath((e.target as HTMLInputElement).value)} aria-label="Ruta" />
        <input type="number" min={1} value={count} onInput={(e) => setCount(Number((e.target as HTMLInputElement).value))} aria-label="Veces" />
        <button type="button" data-testid="fault-arm" onClick={() => void actions.armFault({ kind, ...(method ? { method } : {}), path, count, retryAfter: 2, delayMs: 3000 })}>
          Armar
        </button>
        <button type="button" onClick={() => void actions.clearFaults()}>Quitar todas</button>
        <ul class="muted">
          {state?.faults.map((f) => <li key={f.id}>{f.kind} {f.method ?? "*"} {f.path ?? "**"} ×{f.remaining ?? "∞"}</li>)}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Plan (límite de la API)</legend>
        <select data-testid="plan-select" value={state?.rateLimit.plan} onChange={(e) => void actions.setPlan((e.target as HTMLSelectElement).value)}>
          {state?.plans.map((p) => <option key={p} value={p}>{PLAN_LABELS[p] ?? p}</option>)}
        </select>
        <span class="muted" data-testid="rate-usage">
          {state ? `${state.rateLimit.used}/${state.rateLimit.limit} este minuto` : ""}
        </span>
      </fieldset>
      <fieldset>
        <legend>Reloj (+{state?.advancedMinutes ?? 0} min)</legend>
        <input type="number" min={1} value={minutes} onInput={(e) => setMinutes(Number((e.target as HTMLInputElement).value))} aria-label="Minutos" />
        <button type="button" data-testid="clock-advance" onClick={() => void actions.advanceClock(minutes)}>Avanzar</button>
      </fieldset>
      <fieldset>
        <legend>Agente</legend>
        <select data-testid="agent-select" value={state?.currentUserId} onChange={(e) => void actions.switchAgent(Number((e.target as HTMLSelectElement).value))}>
          {state?.agents.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.role})</option>)}
        </select>
        <select data-testid="locale-select" value={me?.locale ?? "es"} onChange={(e) => void actions.switchLocale((e.target as HTMLSelectElement).value)}>
          <option value="es">es</option>
          <option value="en">en</option>
        </select>
      </fieldset>
      <AccountPanel model={model} actions={actions} />
      <button type="button" class="danger" data-testid="reset" onClick={() => void actions.reset()}>Reiniciar datos</button>
    </section>
  );
}
