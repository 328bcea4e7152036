import { diffWrites, type EditorState, type WriteSet } from "../../../src/engine";

const OFERTA = "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan";

const writes: WriteSet = {
  macro: OFERTA,
  status: "hold",
  orderState: "En progreso::Datos insuficientes",
  tags: { add: ["ruta_flow_pre_post", "ruta_step_pre_post_oferta"], remove: ["ruta_step_pre_post_inicio"] },
};
const editor = (over: Partial<EditorState> = {}): EditorState => ({ status: "open", tags: [], appliedMacros: [], ...over });

describe("diffWrites()", () => {
  it("lists every change, macro first, on a fresh ticket", () => {
    expect(diffWrites(writes, editor({ tags: ["ruta_step_pre_post_inicio"] }))).toEqual([
      { kind: "macro", to: OFERTA },
      { kind: "status", from: "open", to: "hold" },
      { kind: "orderState", to: "En progreso::Datos insuficientes" },
      { kind: "tagAdd", tag: "ruta_flow_pre_post" },
      { kind: "tagAdd", tag: "ruta_step_pre_post_oferta" },
      { kind: "tagRemove", tag: "ruta_step_pre_post_inicio" },
    ]);
  });

  it("leaves out what is already in place", () => {
    const done = editor({ status: "hold", orderState: "En progreso::Datos insuficientes", tags: ["ruta_flow_pre_post", "ruta_step_pre_post_oferta"], appliedMacros: [OFERTA] });
    expect(diffWrites(writes, done)).toEqual([]);
  });

  it.each([
    ["without “de”", "Móvil::WhatsApp::Migración Pre a Post::Oferta::Línea Confirmada + Plan"],
    ["with “>”", "Móvil > WhatsApp > Migración de Pre a Post > Oferta > Línea Confirmada + Plan"],
    ["in other case, without accents", "movil::whatsapp::migracion de pre a post::oferta::linea confirmada + plan"],
  ])("does not apply again a macro already applied under another spelling (%s)", (_, title) => {
    expect(diffWrites({ macro: OFERTA, tags: { add: [], remove: [] } }, editor({ appliedMacros: [title] }))).toEqual([]);
  });

  it("applies a different macro of the same family", () => {
    const changes = diffWrites({ macro: OFERTA, tags: { add: [], remove: [] } }, editor({ appliedMacros: ["Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea sin confirmación + Plan"] }));
    expect(changes).toEqual([{ kind: "macro", to: OFERTA }]);
  });

  it.each([["En progreso::Datos Insuficientes"], ["En Progreso :: Datos insuficientes"], ["En progreso > Datos insuficientes"]])(
    "compares the order state tolerantly: %j is the same option",
    (current) => {
      expect(diffWrites({ orderState: "En progreso::Datos insuficientes", tags: { add: [], remove: [] } }, editor({ orderState: current }))).toEqual([]);
    },
  );

  it("says which order state it replaces", () => {
    expect(diffWrites({ orderState: "En progreso::En Gestión", tags: { add: [], remove: [] } }, editor({ orderState: "En progreso::Datos Insuficientes" }))).toEqual([
      { kind: "orderState", from: "En progreso::Datos Insuficientes", to: "En progreso::En Gestión" },
    ]);
  });
});
