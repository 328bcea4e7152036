import { type EditorView, type MacroExpectation, macroLanded } from "../../../src/engine/macroLanded";

const EMPTY: EditorView = { comment: "", status: "open", tags: ["vip"], fields: { "360": null } };
const editor = (overrides: Partial<EditorView>): EditorView => ({ ...EMPTY, ...overrides });
const OFFER: MacroExpectation = { comment: true, status: "hold", fields: { "360": "en_progreso" }, addTags: ["oferta"], removeTags: ["vip"] };
const LANDED = editor({ comment: "Hola, le ofrecemos…", status: "hold", tags: ["oferta"], fields: { "360": "en_progreso" } });

describe("macroLanded()", () => {
  it.each<[string, EditorView, EditorView, MacroExpectation | undefined, ReturnType<typeof macroLanded>]>([
    ["every action shows in the editor", EMPTY, LANDED, OFFER, "landed"],
    ["the editor did not move (SDK time-out: the call resolved, the host never applied it)", EMPTY, EMPTY, OFFER, "unchanged"],
    ["the comment is there but the status is not", EMPTY, editor({ comment: "Hola" }), OFFER, "partly"],
    ["a comment macro left the text as it was", editor({ comment: "Borrador" }), editor({ comment: "Borrador", status: "hold" }), { ...OFFER, fields: {}, addTags: [], removeTags: [] }, "partly"],
    ["its status and tags were already in place and it sets no comment", LANDED, LANDED, { ...OFFER, comment: false }, "landed"],
    ["a comment that only became blank", editor({ comment: "x" }), editor({ comment: "  " }), { comment: true, fields: {}, addTags: [], removeTags: [] }, "partly"],
    ["actions unknown and the editor changed", EMPTY, editor({ comment: "Hola" }), undefined, "landed"],
    ["actions unknown and only a field changed", EMPTY, editor({ fields: { "360": "x" } }), undefined, "landed"],
    ["actions unknown and nothing changed", EMPTY, editor({ tags: ["vip"] }), undefined, "unchanged"],
  ])("%s → %s", (_, before, after, expected, landing) => {
    expect(macroLanded(before, after, expected)).toBe(landing);
  });
});
