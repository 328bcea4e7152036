import { foldText, formatNestedName, normalizeName } from "../../../src/engine";

describe("normalizeName()", () => {
  it("keys a macro title in lower case, without accents or filler words, segments joined by ::", () => {
    expect(normalizeName("Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan")).toBe(
      "movil::whatsapp::migracion pre post::oferta::linea confirmada + plan",
    );
  });

  test.each([
    ["Migración de Pre a Post", "Migración Pre a Post"],
    ["Móvil > WhatsApp > Oferta", "Móvil::WhatsApp::Oferta"],
    ["Móvil :: WhatsApp", "Móvil::WhatsApp"],
    ["MÓVIL::WHATSAPP", "movil::whatsapp"],
    ["Tocken::Envío SMS 2do Tocken por Vencimiento", "Token::Envío SMS 2do Token Vencimiento"],
    ["Respuesta rápida::Opción 4", "Respuesta Rapida::Opcion  4"],
    ["En progreso::Datos Insuficientes", "En progreso::Datos insuficientes"],
    ["Plan + T&C sin Teléfono", "Plan + T C sin Telefono"],
  ])("takes %j and %j as one name", (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });

  test.each([
    ["Oferta::Línea Confirmada + Plan", "Oferta::Línea sin confirmación + Plan"],
    ["Tocken::Envío SMS por AR", "Tocken::Envío SMS 2do Tocken por Vencimiento"],
    ["Oferta::Plan", "Plan::Oferta"],
    ["Respuesta rápida::Opción 4", "Respuesta rápida::Opción 5"],
    ["Línea en FR/RO", "Línea en FR RO"],
  ])("keeps %j and %j apart", (a, b) => {
    expect(normalizeName(a)).not.toBe(normalizeName(b));
  });

  it("drops empty segments", () => {
    expect(normalizeName(" Oferta :: :: Plan ")).toBe("oferta::plan");
    expect(normalizeName("")).toBe("");
  });
});

describe("foldText()", () => {
  it("lower-cases, strips accents and squeezes spaces", () => {
    expect(foldText("  Migración   PRE-Pago\tÑandú ")).toBe("migracion pre-pago nandu");
  });
});

describe("formatNestedName()", () => {
  it.each([
    ["En progreso::En Gestión", "En progreso › En Gestión"],
    ["Móvil::WhatsApp::Migración Pre a Post", "Móvil › WhatsApp › Migración Pre a Post"],
    ["Despedida al resolver", "Despedida al resolver"],
  ])("shows %j as %j", (name, shown) => {
    expect(formatNestedName(name)).toBe(shown);
  });
});
