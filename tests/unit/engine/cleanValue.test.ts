import fc from "fast-check";
import { cleanValue, MAX_VALUE_LENGTH } from "../../../src/engine/cleanValue";
import { composeEscalation } from "../../../src/engine/composeEscalation";
import { composeNote } from "../../../src/engine/composeNote";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import { renderTemplate } from "../../../src/engine/renderTemplate";

describe("cleanValue()", () => {
  it.each([
    ["NUL, BEL and ESC", "71\u00002\u00073\u001b[31m4", "7123[31m4"],
    ["DEL and C1 controls", "a\u007fb\u0085c\u009bd", "abcd"],
    ["bidi overrides and isolates", "abc\u202edcba\u2066x\u2069", "abcdcbax"],
    ["Windows and old Mac line endings", "uno\r\ndos\rtres", "uno\ndos\ntres"],
    ["a placeholder typed by the customer", "{{ticket.requester.email}}", "{ {ticket.requester.email} }"],
    ["a triple brace", "{{{x}}}", "{ { {x} } }"],
  ])("removes or defuses %s", (_, input, expected) => {
    expect(cleanValue(input)).toBe(expected);
  });

  it.each([
    ["tabs and newlines of a multi-line description", "Paso 1:\tabrir\nPaso 2:\tcerrar"],
    ["right-to-left text and emoji", "مرحبا بالعالم 👋🏽 שלום"],
    ["markup, which stays text (notes are plain text)", "<img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a>"],
    ["single braces", "{a} } {"],
  ])("keeps %s", (_, input) => {
    expect(cleanValue(input)).toBe(input);
  });

  it("bounds the length and marks the cut, never splitting an emoji", () => {
    const long = "a".repeat(100_000);
    expect(cleanValue(long)).toHaveLength(MAX_VALUE_LENGTH);
    expect(cleanValue(long).endsWith("…")).toBe(true);
    const emoji = "a".repeat(MAX_VALUE_LENGTH - 2) + "😀😀";
    const cut = cleanValue(emoji);
    expect(cut.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
    expect(cut).not.toMatch(/[\ud800-\udbff]…$/);
  });

  it("cleans 100 KB of control characters and braces in linear time", () => {
    const hostile = "{\u0000}\u001b".repeat(25_000);
    const started = performance.now();
    cleanValue(hostile, 200_000);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("renderTemplate() with hostile values", () => {
  it("puts values in as cleaned text: no control characters, no placeholder formed from a value", () => {
    const { text } = renderTemplate("Cliente: {{nombre}} · Línea: {{linea}}", { nombre: "{{linea}}\u0007", linea: "7\u000012" });
    expect(text).toBe("Cliente: { {linea} } · Línea: 712");
  });
});

describe("notes and escalation texts of every catalog step, whatever the customer and the agent typed", () => {
  const steps = CATALOG.flatMap((flow) => flow.steps.filter((s) => s.escalation || s.note || s.checklist?.some((i) => i.value)).map((step) => ({ flow, step })));
  const hostileText = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom("{{ticket.id}}", "{{", "}}", "{{{x}}}", "\u0000\u0007\u001b", "\u202e", "<script>x</script>", "javascript:alert(1)"),
    fc.array(fc.constantFrom("{", "}", "\u0000", "a", "\n", "\u202e"), { maxLength: 30 }).map((cs) => cs.join("")),
  );

  it("hold no placeholder and no control character beyond newline and tab", () => {
    fc.assert(
      fc.property(fc.constantFrom(...steps), fc.dictionary(fc.constantFrom(...new Set(steps.flatMap(({ step }) => (step.checklist ?? []).map((i) => i.id)))), hostileText), ({ flow, step }, values) => {
        const done = new Set((step.checklist ?? []).map((i) => i.id));
        const texts = [composeNote(flow, step, values, done, { pending: "pendiente" }).text, composeEscalation(step, values, done)?.text ?? ""];
        for (const text of texts) {
          expect(text).not.toMatch(/\{\{/);
          expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
