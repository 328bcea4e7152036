import { matchMacro } from "../../../src/zendesk/matchMacro";

const macros = [
  { id: 1, title: "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan", active: true },
  { id: 2, title: "BO::Despedida al resolver", active: true },
  { id: 3, title: "Móvil::Whatsapp::Migración de Pre a Post::Tocken::Cliente no contesta", active: true },
  { id: 4, title: "Respuesta rápida::Opción 4", active: false },
  { id: 5, title: "Ventas::Seguimiento", active: true },
  { id: 6, title: "ventas :: seguimiento", active: true },
];

describe("matchMacro()", () => {
  it.each([
    ["Móvil::WhatsApp::Migración Pre a Post::Oferta::Línea Confirmada + Plan", 1],
    ["Móvil > WhatsApp > Migración de Pre a Post > Oferta > Línea Confirmada + Plan", 1],
    ["movil::whatsapp::migracion pre a post::oferta::linea confirmada + plan", 1],
    ["BO > Despedida al resolver", 2],
    ["  BO ::  Despedida   al resolver ", 2],
    ["Móvil::WhatsApp::Migración de Pre a Post::Token::Cliente no contesta", 3],
  ])("resolves %s to macro %i", (path, id) => {
    expect(matchMacro(path, macros)).toEqual({ status: "found", macro: expect.objectContaining({ id }) });
  });

  it("does not match a macro whose segments differ", () => {
    expect(matchMacro("BO::Despedida", macros)).toEqual({ status: "missing" });
    expect(matchMacro("Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea sin confirmación + Plan", macros)).toEqual({ status: "missing" });
  });

  it("ignores inactive macros", () => {
    expect(matchMacro("Respuesta rápida::Opción 4", macros)).toEqual({ status: "missing" });
  });

  it("prefers the exact title and reports true ambiguity", () => {
    expect(matchMacro("Ventas::Seguimiento", macros)).toEqual({ status: "found", macro: expect.objectContaining({ id: 5 }) });
    expect(matchMacro("VENTAS > SEGUIMIENTO", macros)).toEqual({ status: "ambiguous", macros: [expect.objectContaining({ id: 5 }), expect.objectContaining({ id: 6 })] });
  });
});
