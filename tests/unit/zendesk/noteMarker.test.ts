import { markNote, noteMarker, readMarker, unmarkNote } from "../../../src/zendesk/noteMarker";

const BODY = "[Ruta] TBO · SysHelp (3.2)\n\n✔ Correo: a@b.com\n☐ Captura (pendiente)";

describe("noteMarker()", () => {
  it("is the same for the same ticket, step and text, and differs when any of them does", () => {
    const marker = noteMarker(42, "tbo.syshelp", BODY);
    expect(marker).toMatch(/^[0-9a-z]{7}$/);
    expect(noteMarker(42, "tbo.syshelp", `${BODY}\n`)).toBe(marker);
    expect(noteMarker(43, "tbo.syshelp", BODY)).not.toBe(marker);
    expect(noteMarker(42, "tbo.otro", BODY)).not.toBe(marker);
    expect(noteMarker(42, "tbo.syshelp", BODY.replace("☐ Captura", "✔ Captura"))).not.toBe(marker);
  });
});

describe("markNote() / readMarker() / unmarkNote()", () => {
  it("puts the marker at the end of the header line and reads it back", () => {
    const marked = markNote(BODY, "0abc123");
    expect(marked.split("\n")[0]).toBe("[Ruta] TBO · SysHelp (3.2) [ref:0abc123]");
    expect(marked.split("\n").slice(1)).toEqual(BODY.split("\n").slice(1));
    expect(readMarker(marked)).toBe("0abc123");
    expect(unmarkNote(marked)).toBe(BODY);
  });

  it("marks a one-line note", () => {
    expect(readMarker(markNote("[Ruta] Fin", "zzzzzzz"))).toBe("zzzzzzz");
  });

  it("finds no marker in notes that do not carry one in their header line, even when the text quotes one", () => {
    expect(readMarker(BODY)).toBeUndefined();
    expect(readMarker("Cliente dice:\n[Ruta] X [ref:0abc123]")).toBeUndefined();
  });
});
