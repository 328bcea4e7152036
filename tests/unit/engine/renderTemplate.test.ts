import { renderTemplate } from "../../../src/engine";

describe("renderTemplate()", () => {
  test.each([
    ["fills a placeholder", "Hola {{requester.name}}", { "requester.name": "Ana" }, "Hola Ana", []],
    ["allows spaces inside the braces", "Línea: {{ linea }}", { linea: "77390000" }, "Línea: 77390000", []],
    ["trims a value", "Línea: {{linea}}.", { linea: "  77390000 " }, "Línea: 77390000.", []],
    ["marks a missing value «name» and lists it", "Hola {{requester.name}}", {}, "Hola «requester.name»", ["requester.name"]],
    ["treats a blank value as missing", "CI: {{ci-titular}}", { "ci-titular": "   " }, "CI: «ci-titular»", ["ci-titular"]],
    ["lists a missing name once", "{{linea}} / {{ linea }}", {}, "«linea» / «linea»", ["linea"]],
    ["inserts a value literally, $ patterns included", "Monto: {{monto}}", { monto: "$& 150 $1" }, "Monto: $& 150 $1", []],
    ["leaves single braces alone", "{linea} {{linea}}", { linea: "1" }, "{linea} 1", []],
    ["returns a template without placeholders as is", "Despedida", {}, "Despedida", []],
  ])("%s", (_, template, values, text, missing) => {
    expect(renderTemplate(template, values)).toEqual({ text, missing });
  });

  // BUG (renderTemplate.ts, also composeNote.ts / composeEscalation.ts): values are read with `values[name]`, so a
  // name that is an Object.prototype member ("constructor" is a valid checklist id) finds a function and `.trim` throws.
  it.each([["constructor"], ["valueOf"], ["toString"], ["__proto__"]])("treats %j as a plain name, never as an object member", (name) => {
    expect(renderTemplate(`{{${name}}}`, {})).toEqual({ text: `«${name}»`, missing: [name] });
  });
});
