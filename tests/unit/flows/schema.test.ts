import { Flow, isCanonicalPath, lintFlow, MAX_PATTERN_LENGTH, patternProblem, placeholdersOf, TICKET_PLACEHOLDERS, type Step } from "../../../src/flows/schema";
import { aFlowInput, anAction, anEnd, aQuestion, type FlowInput, type StepInput } from "../../support/builders";

/** The issues a flow input raises, as `{ path, message }` — what the catalog author reads. */
function issuesOf(input: FlowInput): { path: PropertyKey[]; message: string }[] {
  const result = Flow.safeParse(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

/** A flow whose steps are these, starting at the first. */
const flowOf = (...steps: StepInput[]) => aFlowInput({ steps, start: steps[0]!.id });

const checklistWithValue = { id: "linea", label: "Línea", required: true, value: { format: "phoneBo" as const } };
const evidenceOnly = { id: "captura", label: "Captura", required: true, evidence: true };

describe("Flow (schema + lintFlow)", () => {
  it("accepts the small valid flow the builders make", () => {
    expect(issuesOf(aFlowInput())).toEqual([]);
  });

  describe("dangling references", () => {
    it("reports an option that points to an unknown step at its exact path", () => {
      const input = flowOf(aQuestion("demo.inicio", { si: "demo.fin", no: "demo.x" }), anEnd("demo.fin"));
      expect(issuesOf(input)).toEqual([{ path: ["steps", 0, "options", 1, "next"], message: 'Unknown step "demo.x"' }]);
    });

    it.each([
      ["next", anAction("demo.inicio", "demo.x"), ["steps", 0, "next"]],
      [
        "an alternative",
        anAction("demo.inicio", "demo.fin", { alternatives: [{ id: "no-responde", label: "No responde", next: "demo.x" }] }),
        ["steps", 0, "alternatives", 0, "next"],
      ],
      [
        "a reply",
        anAction("demo.inicio", "demo.fin", { replies: [{ id: "acepto", label: "Acepta", pattern: "acepto", next: "demo.x" }] }),
        ["steps", 0, "replies", 0, "next"],
      ],
      ["a timer", anAction("demo.inicio", "demo.fin", { timer: { minutes: 10, label: "Espera", next: "demo.x" } }), ["steps", 0, "timer", "next"]],
    ])("reports an action whose %s points to an unknown step", (_, step, path) => {
      expect(issuesOf(flowOf(step, anEnd("demo.fin")))).toEqual([{ path, message: 'Unknown step "demo.x"' }]);
    });

    it("reports evidence gathered from an unknown step, an unknown item, or the item's own step", () => {
      const gathering = (earlier: { step: string; item: string }[]) => ({ id: "respaldo", label: "Respaldo", required: true, evidence: true, earlier });
      const input = flowOf(
        anAction("demo.inicio", "demo.contrato", { checklist: [evidenceOnly] }),
        anAction("demo.contrato", "demo.fin", { checklist: [gathering([{ step: "demo.x", item: "captura" }, { step: "demo.inicio", item: "otra" }, { step: "demo.contrato", item: "respaldo" }])] }),
        anEnd("demo.fin"),
      );
      const at = (k: number, key: string) => ["steps", 1, "checklist", 0, "earlier", k, key];
      expect(issuesOf(input)).toEqual([
        { path: at(0, "step"), message: 'Unknown step "demo.x"' },
        { path: at(1, "item"), message: 'Step "demo.inicio" has no checklist item "otra"' },
        { path: at(2, "step"), message: 'Checklist item "respaldo" cannot gather evidence from its own step' },
      ]);
      const valid = flowOf(anAction("demo.inicio", "demo.contrato", { checklist: [evidenceOnly] }), anAction("demo.contrato", "demo.fin", { checklist: [gathering([{ step: "demo.inicio", item: "captura" }])] }), anEnd("demo.fin"));
      expect(issuesOf(valid)).toEqual([]);
    });

    it("reports an unknown start", () => {
      const input = aFlowInput({ start: "demo.nada" });
      expect(issuesOf(input)).toContainEqual({ path: ["start"], message: 'Unknown step "demo.nada"' });
    });
  });

  it("reports a duplicate step id at the second occurrence", () => {
    const input = flowOf(anAction("demo.inicio", "demo.fin"), anEnd("demo.fin"), anEnd("demo.fin"));
    expect(issuesOf(input)).toEqual([{ path: ["steps", 2, "id"], message: 'Duplicate step "demo.fin"' }]);
  });

  it("reports a duplicate checklist item", () => {
    const input = flowOf(anAction("demo.inicio", "demo.fin", { checklist: [evidenceOnly, evidenceOnly] }), anEnd("demo.fin"));
    expect(issuesOf(input)).toEqual([{ path: ["steps", 0, "checklist", 1, "id"], message: 'Duplicate checklist item "captura"' }]);
  });

  describe("graph shape", () => {
    it("reports a step nothing leads to", () => {
      const input = flowOf(anAction("demo.inicio", "demo.fin"), anEnd("demo.fin"), anEnd("demo.huerfano"));
      expect(issuesOf(input)).toEqual([{ path: ["steps", 2, "id"], message: 'Step "demo.huerfano" is not reachable from "demo.inicio"' }]);
    });

    it("reports every step of a trap cycle that can never reach an end", () => {
      const input = flowOf(
        aQuestion("demo.inicio", { sale: "demo.fin", entra: "demo.a" }),
        anAction("demo.a", "demo.b"),
        anAction("demo.b", "demo.a"),
        anEnd("demo.fin"),
      );
      expect(issuesOf(input)).toEqual([
        { path: ["steps", 1, "id"], message: 'No path from "demo.a" reaches an end' },
        { path: ["steps", 2, "id"], message: 'No path from "demo.b" reaches an end' },
      ]);
    });

    it("accepts a loop that has a way out (rejected SysHelp → escalate again)", () => {
      const input = flowOf(
        anAction("demo.syshelp", "demo.seguimiento"),
        anAction("demo.seguimiento", "demo.solucionado", { alternatives: [{ id: "rechazado", label: "Rechazado", next: "demo.rechazado" }] }),
        anAction("demo.rechazado", "demo.syshelp"),
        anEnd("demo.solucionado"),
      );
      expect(issuesOf(input)).toEqual([]);
    });

    it("counts a timer on an end step as an edge", () => {
      const input = flowOf(anEnd("demo.inicio", { timer: { minutes: 60, label: "Reabrir", next: "demo.reabierto" } }), anEnd("demo.reabierto"));
      expect(issuesOf(input)).toEqual([]);
    });

    it("leaves the graph checks out while references are broken (one problem at a time)", () => {
      const input = flowOf(anAction("demo.inicio", "demo.x"), anEnd("demo.huerfano"));
      expect(issuesOf(input)).toEqual([{ path: ["steps", 0, "next"], message: 'Unknown step "demo.x"' }]);
    });
  });

  describe("templates", () => {
    it("reports an unknown placeholder in a note", () => {
      const input = flowOf(anAction("demo.inicio", "demo.fin", { note: "Cliente {{requester.name}}, línea {{linea}}" }), anEnd("demo.fin"));
      expect(issuesOf(input)).toEqual([{ path: ["steps", 0, "note"], message: 'Unknown placeholder "{{linea}}"' }]);
    });

    it("accepts a checklist value of the same step as a placeholder, but not an evidence-only item", () => {
      const step = anAction("demo.inicio", "demo.fin", {
        checklist: [checklistWithValue, evidenceOnly],
        note: "Línea {{ linea }} · {{captura}} · {{agent.name}} {{date}} {{time}}",
      });
      expect(issuesOf(flowOf(step, anEnd("demo.fin")))).toEqual([{ path: ["steps", 0, "note"], message: 'Unknown placeholder "{{captura}}"' }]);
    });

    it("does not let a step use another step's checklist values", () => {
      const input = flowOf(
        anAction("demo.inicio", "demo.nota", { checklist: [checklistWithValue] }),
        anAction("demo.nota", "demo.fin", { note: "{{linea}}" }),
        anEnd("demo.fin"),
      );
      expect(issuesOf(input)).toEqual([{ path: ["steps", 1, "note"], message: 'Unknown placeholder "{{linea}}"' }]);
    });

    it("reports an unknown placeholder in an escalation template and a required item that is not in the checklist", () => {
      const step = anAction("demo.inicio", "demo.fin", {
        checklist: [checklistWithValue],
        escalation: { system: "SysHelp", route: [{ name: "Tipo", value: "Derivación B2B" }], requires: ["linea", "correo"], template: "Línea: {{linea}}\nCorreo: {{correo}}" },
      });
      expect(issuesOf(flowOf(step, anEnd("demo.fin")))).toEqual([
        { path: ["steps", 0, "escalation", "template"], message: 'Unknown placeholder "{{correo}}"' },
        { path: ["steps", 0, "escalation", "requires", 1], message: 'Unknown checklist item "correo"' },
      ]);
    });
  });

  it("reports a reply pattern that is not a valid regular expression", () => {
    const step = anAction("demo.inicio", "demo.fin", {
      replies: [
        { id: "acepto", label: "Acepta", pattern: "^\\s*acepto\\b", next: "demo.fin" },
        { id: "codigo", label: "Código", pattern: "(\\d{6}", next: "demo.fin" },
      ],
    });
    expect(issuesOf(flowOf(step, anEnd("demo.fin")))).toEqual([{ path: ["steps", 0, "replies", 1, "pattern"], message: 'Invalid pattern "(\\d{6}"' }]);
  });

  describe("the rules a reader of the data relies on", () => {
    const syshelp = (extra: Partial<StepInput>) => anAction("demo.inicio", "demo.fin", extra);
    const route = [{ name: "Tipo", value: "Customer.Colaborador" }];

    it("reports a step whose id is not under the flow's id", () => {
      expect(issuesOf(flowOf(anAction("demo.inicio", "otro.fin"), anEnd("otro.fin")))).toEqual([
        { path: ["steps", 1, "id"], message: 'Step id "otro.fin" must start with the flow\'s id, "demo."' },
      ]);
    });

    it("reports a team-lead note about a step the flow lacks", () => {
      const input = { ...aFlowInput(), notes: [{ text: "General" }, { stepId: "demo.accion", text: "Bien" }, { stepId: "demo.nada", text: "¿Cuál?" }] };
      expect(issuesOf(input)).toEqual([{ path: ["notes", 2, "stepId"], message: 'Unknown step "demo.nada"' }]);
    });

    it.each([
      ["option", { ...aQuestion("demo.inicio", {}), options: [{ id: "si", label: "Sí", next: "demo.fin" }, { id: "si", label: "Claro", next: "demo.fin" }] }, ["steps", 0, "options", 1, "id"]],
      ["alternative", syshelp({ alternatives: [{ id: "x", label: "A", next: "demo.fin" }, { id: "x", label: "B", next: "demo.fin" }] }), ["steps", 0, "alternatives", 1, "id"]],
      ["reply", syshelp({ replies: [{ id: "x", label: "A", pattern: "a", next: "demo.fin" }, { id: "x", label: "B", pattern: "b", next: "demo.fin" }] }), ["steps", 0, "replies", 1, "id"]],
      ["speech", syshelp({ speech: [{ id: "x", label: "A", text: "a" }, { id: "x", label: "B", text: "b" }] }), ["steps", 0, "speech", 1, "id"]],
    ])("reports a duplicate %s id", (what, step, path) => {
      const id = "options" in step ? "si" : "x";
      expect(issuesOf(flowOf(step, anEnd("demo.fin")))).toEqual([{ path, message: `Duplicate ${what} "${id}"` }]);
    });

    it("reports a tag written twice, and one both added and removed", () => {
      const step = syshelp({ tags: { add: ["mora", "mora", "cliente_vip"], remove: ["cliente_vip"] } });
      expect(issuesOf(flowOf(step, anEnd("demo.fin")))).toEqual([
        { path: ["steps", 0, "tags", "add", 1], message: 'Duplicate tag "mora"' },
        { path: ["steps", 0, "tags", "remove", 0], message: 'Tag "cliente_vip" is both added and removed' },
      ]);
    });

    it("reports an escalation that requires an item with neither a value to type nor evidence to attach", () => {
      const plainCheck = { id: "titularidad", label: "Validar titularidad", required: true };
      const step = syshelp({ checklist: [plainCheck, evidenceOnly, checklistWithValue], escalation: { system: "SysHelp", route, requires: ["captura", "linea", "titularidad"], template: "{{linea}}" } });
      expect(issuesOf(flowOf(step, anEnd("demo.fin")))).toEqual([
        {
          path: ["steps", 0, "escalation", "requires", 2],
          message: 'Checklist item "titularidad" has no value to type nor evidence to attach, so an escalation cannot require it',
        },
      ]);
    });

    it("reports a typed datum an escalation requires but its text never shows", () => {
      const step = syshelp({ checklist: [checklistWithValue, evidenceOnly], escalation: { system: "SysHelp", route, requires: ["linea", "captura"], template: "Ver adjunto" } });
      expect(issuesOf(flowOf(step, anEnd("demo.fin")))).toEqual([
        { path: ["steps", 0, "escalation", "requires", 0], message: 'The escalation requires "linea" but its template never shows {{linea}}' },
      ]);
    });

    it.each([
      ["macro", { macro: "Respuesta rápida::Opción 4" }],
      ["status", { status: "pending" as const }],
      ["note", { note: "Nota" }],
    ])("reports a question that writes a %s", (field, extra) => {
      const question = aQuestion("demo.inicio", { si: "demo.fin", no: "demo.fin" }, extra);
      expect(issuesOf(flowOf(question, anEnd("demo.fin")))).toEqual([
        { path: ["steps", 0, field], message: `A question writes nothing to the ticket: put its ${field} on the step an option leads to` },
      ]);
    });

    it.each([["Hola {{requester.name}, gracias"], ["{{ }} pendiente"], ["Cierre {{"]])("reports a half-written placeholder in %j", (note) => {
      expect(issuesOf(flowOf(syshelp({ note }), anEnd("demo.fin")))).toEqual([{ path: ["steps", 0, "note"], message: 'Malformed placeholder: "{{" without a name and "}}"' }]);
    });

    it.each([
      ["a link", syshelp({ links: [{ label: "Ayuda", url: "javascript:alert(1)" }] }), ["steps", 0, "links", 0, "url"]],
      ["an escalation", syshelp({ escalation: { system: "NINTEX", route, url: "data:text/html,x", requires: [], template: "x" } }), ["steps", 0, "escalation", "url"]],
      ["a disposition", anEnd("demo.inicio", { disposition: { kind: "webForm", url: "mailto:a@b.c" } }), ["steps", 0, "disposition", "url"]],
    ])("accepts only http(s) addresses in %s", (_, step, path) => {
      const steps = step.kind === "end" ? [step] : [step, anEnd("demo.fin")];
      expect(issuesOf(flowOf(...steps))).toEqual([{ path, message: "URL must start with http:// or https://" }]);
      const fixed = JSON.parse(JSON.stringify(steps).replace(/"(javascript:alert\(1\)|data:text\/html,x|mailto:a@b\.c)"/, '"https://example.com/x"'));
      expect(issuesOf(flowOf(...fixed))).toEqual([]);
    });

    it("reports a reply pattern whose matching time can explode on a long message", () => {
      const step = syshelp({ replies: [{ id: "acepto", label: "Acepta", pattern: "^(\\w+\\s?)+$", next: "demo.fin" }] });
      expect(issuesOf(flowOf(step, anEnd("demo.fin")))).toEqual([
        { path: ["steps", 0, "replies", 0, "pattern"], message: 'Pattern "^(\\w+\\s?)+$" repeats a group that repeats itself, which can take exponential time' },
      ]);
    });
  });

  describe("patternProblem() (reply patterns run on every customer message)", () => {
    it.each([
      ["\\S"],
      ["(?<!\\bno\\s{1,3})\\bACEPTO\\b"],
      ["^\\s*(?=[a-z]*\\d)[a-z\\d]{4,8}\\s*[.!]?\\s*$"],
      ["^(?:s[ií]|ok|dale)\\b"],
      ["(\\d{3})?-\\d{4}"],
      ["(ab)+"],
      ["[(a+)]+"],
      ["\\(a+\\)+"],
    ])("accepts %j", (pattern) => {
      expect(patternProblem(pattern)).toBeUndefined();
    });

    it.each([
      ["(a+)+", "repeats a group that repeats itself"],
      ["(?:\\w*\\s)*fin", "repeats a group that repeats itself"],
      ["((ab)+c)+", "repeats a group that repeats itself"],
      ["(a+){2,}", "repeats a group that repeats itself"],
      ["(a|b+)*?", "repeats a group that repeats itself"],
      ["(\\w)\\1", "uses a backreference"],
      ["(?<c>\\w)\\k<c>", "uses a backreference"],
      ["(\\d{6}", "Invalid pattern"],
      [`${"a".repeat(MAX_PATTERN_LENGTH)}b`, `longer than ${MAX_PATTERN_LENGTH} characters`],
    ])("rejects %j: %s", (pattern, problem) => {
      expect(patternProblem(pattern)).toContain(problem);
    });
  });

  describe("names written as Zendesk spells them", () => {
    const MACRO_MESSAGE = 'Macro path must be canonical "A::B::C" (no spaces around "::", no ">")';
    const ORDER_MESSAGE = 'Order state must be canonical "A::B" (no spaces around "::")';

    it.each([
      ["Móvil > WhatsApp > Migración Pre a Post"],
      ["Móvil :: WhatsApp"],
      ["Móvil::WhatsApp::"],
      ["::Móvil"],
      ["Móvil:WhatsApp"],
      [" Respuesta rápida::Opción 4"],
    ])("rejects the macro path %j", (macro) => {
      expect(issuesOf(flowOf(anEnd("demo.inicio", { macro })))).toEqual([{ path: ["steps", 0, "macro"], message: MACRO_MESSAGE }]);
    });

    it.each([["En progreso :: En Gestión"], ["En progreso > En Gestión"]])("rejects the order state %j", (orderState) => {
      expect(issuesOf(flowOf(anEnd("demo.inicio", { orderState })))).toEqual([{ path: ["steps", 0, "orderState"], message: ORDER_MESSAGE }]);
    });

    it.each([
      ["Móvil::WhatsApp::Migración Pre a Post::Oferta::Línea Confirmada + Plan"],
      ["Respuesta rápida::Opción 4"],
      ["Despedida al resolver"],
    ])("accepts the canonical macro path %j", (macro) => {
      expect(isCanonicalPath(macro)).toBe(true);
      expect(issuesOf(flowOf(anEnd("demo.inicio", { macro, orderState: "En progreso::En Gestión" })))).toEqual([]);
    });

    it.each([["closed"], ["Resuelto"], ["Open"]])("rejects the status %j (only Zendesk's API values)", (status) => {
      expect(issuesOf(flowOf(anEnd("demo.inicio", { status: status as never })))).toEqual([{ path: ["steps", 0, "status"], message: expect.any(String) }]);
    });

    it.each([["Pre-Post.Inicio"], ["pre post.inicio"], ["pre-post..inicio"], ["pre_post.inicio"]])("rejects the step id %j", (id) => {
      expect(Flow.safeParse(aFlowInput({ steps: [anEnd(id)], start: id })).success).toBe(false);
    });

    it("rejects a question with a single option", () => {
      const question: StepInput = { ...aQuestion("demo.inicio", { unica: "demo.fin" }) };
      expect(issuesOf(flowOf(question, anEnd("demo.fin")))).toContainEqual(expect.objectContaining({ path: ["steps", 0, "options"] }));
    });
  });

  describe("lintFlow()", () => {
    it("returns no issue for a flow without references (a single end)", () => {
      expect(lintFlow({ id: "a", start: "a.fin", steps: [{ id: "a.fin", kind: "end", title: "A" } as Step] })).toEqual([]);
    });
  });

  describe("placeholdersOf()", () => {
    it("lists names in order of appearance, spaces inside the braces allowed", () => {
      expect(placeholdersOf("{{ requester.name }} / {{linea}} / {{linea}} / {single} / {{con espacio}}")).toEqual(["requester.name", "linea", "linea"]);
    });

    it("knows every ticket placeholder the templates may use", () => {
      expect(TICKET_PLACEHOLDERS).toEqual(["requester.name", "requester.email", "requester.phone", "agent.name", "ticket.id", "brand.name", "date", "time"]);
    });
  });
});
