import { readReply } from "../../../src/engine";

/** Seed 001's replies as its catalog writes them: ACEPTO (6.1), the AR token (7.2), any answer (3.3, 6.2). */
const ACEPTO = { id: "acepto", label: 'El cliente responde "ACEPTO"', pattern: "\\bACEPTO\\b", next: "pre-post.tyc.acepto" };
const TOKEN = { id: "codigo-tocken", label: "El cliente envía el código del tocken", pattern: "^\\s*(?=[a-z]*\\d)[a-z\\d]{4,8}\\s*[.!]?\\s*$", next: "pre-post.token.gestion" };
const ANY = { id: "respuesta-cliente", label: "El cliente responde a la oferta", pattern: "\\S", next: "pre-post.titularidad.gestion" };

describe("readReply()", () => {
  it.each([
    ["ACEPTO", "ACEPTO"],
    ["acepto", "acepto"],
    ["Sí, ACEPTO.", "ACEPTO"],
    ["Hola, ACEPTO los términos y condiciones", "ACEPTO"],
    ["Acepto, si", "Acepto"],
    ["ACEPTO. Si tienen alguna duda me avisan", "ACEPTO"],
    ["ACEPTO, sí claro", "ACEPTO"],
    ["ACEPTO\n\n> El 2 de junio escribió Tigo: responda ACEPTO si está de acuerdo, pero antes lea…", "ACEPTO"],
    ["ACEPTO los términos, muchas gracias por la ayuda de todo el equipo de atención de hoy en la tarde, pero", "ACEPTO"],
  ])("proposes the acceptance in %j, showing the word", (text, word) => {
    expect(readReply([ACEPTO], text)).toMatchObject({ kind: "proposed", replyId: "acepto", words: [word] });
  });

  it.each([
    ["No lo acepto", "negated"],
    ["no, no acepto", "negated"],
    ["Nunca acepto sin leer", "negated"],
    ["Acepto pero primero quiero saber el precio", "conditional"],
    ["Acepto si me bajan el precio", "conditional"],
    ["acepto, aunque no estoy seguro", "conditional"],
    ["Acepto los términos y condiciones pero primero", "conditional"],
    ["Acepto, sí, si me confirman el precio", "conditional"],
  ] as const)("declines %j (%s): it is not the regulatory ACEPTO", (text, why) => {
    expect(readReply([ACEPTO], text)).toMatchObject({ kind: "declined", replyId: "acepto", why });
  });

  it.each([["¿Acepto?"], ["Acepto. ¿Cuándo llega el chip?"]])("takes %j as a question, not as acceptance", (text) => {
    expect(readReply([ACEPTO], text)).toMatchObject({ kind: "question" });
  });

  it.each([
    ["A7K29Q", "A7K29Q"],
    ["El código es A7K29Q", "A7K29Q"],
    ["mi codigo: 482913.", "482913"],
    ["Hola! me llegó del 7371 el X9Y8", "X9Y8"],
  ])("proposes the token in %j", (text, word) => {
    expect(readReply([TOKEN], text)).toMatchObject({ kind: "proposed", replyId: "codigo-tocken", words: [word] });
  });

  it("reads letters outside the basic plane as word characters, not as separators", () => {
    expect(readReply([TOKEN], "código 𝐀7K29Q")).toBeUndefined();
    expect(readReply([TOKEN], "código 😀 A7K29Q 😀")).toMatchObject({ kind: "proposed", words: ["A7K29Q"] });
  });

  it.each([["Hola"], ["ok, espero el mensaje"], ["gracias"]])("finds no token in %j", (text) => {
    expect(readReply([TOKEN], text)).toBeUndefined();
  });

  it("does not take a question for the answer the offer waits for (seed 001 3.3 → 4.1)", () => {
    expect(readReply([ANY], "¿cuánto cuesta el plan?")).toEqual({ kind: "question", excerpt: "¿cuánto cuesta el plan?" });
  });

  it("proposes an answer to the offer, with the words around the match", () => {
    expect(readReply([ANY], "Quiero el plan de 100, adjunto mi carnet")).toMatchObject({ kind: "proposed", replyId: "respuesta-cliente", excerpt: "Quiero el plan de 100, adjunto mi carnet" });
  });

  it("tries the replies in the order the step lists them", () => {
    expect(readReply([TOKEN, ANY], "El código es A7K29Q")).toMatchObject({ replyId: "codigo-tocken" });
    expect(readReply([TOKEN, ANY], "Ya no quiero")).toMatchObject({ replyId: "respuesta-cliente" });
  });

  it("reads a 120,000-character reply word by word: the token at its end is found and the excerpt stays short", () => {
    const text = `${"a ".repeat(30_000)}${"x".repeat(60_000)} El código es A7K29Q`;
    expect(text.length).toBeGreaterThan(120_000);
    const reading = readReply([ACEPTO, TOKEN], text);
    expect(reading).toMatchObject({ kind: "proposed", replyId: "codigo-tocken", words: ["A7K29Q"] });
    expect(reading?.kind === "proposed" && reading.excerpt.length).toBeLessThan(100);
  });

  it("never proposes from a word longer than any a reply looks for", () => {
    expect(readReply([ANY], "x".repeat(100))).toBeUndefined();
  });
});
