import { macroExpectation } from "../../../src/zendesk/macroExpectation";

// developer.zendesk.com "Macros" → Actions: `{field, value}` with status, comment_value(_html),
// current_tags (add), set_tags, remove_tags and custom_fields_<id>.
describe("macroExpectation()", () => {
  it("reads what the macro's actions do in the editor", () => {
    const macro = {
      id: 1, title: "Oferta", active: true,
      actions: [
        { field: "status", value: "hold" },
        { field: "comment_value", value: ["channel:all", "Hola {{ticket.requester.first_name}}"] },
        { field: "current_tags", value: "oferta whatsapp" },
        { field: "remove_tags", value: ["vip"] },
        { field: "custom_fields_360", value: "en_progreso" },
        { field: "priority", value: "high" },
      ],
    };
    expect(macroExpectation(macro)).toEqual({ comment: true, status: "hold", fields: { "360": "en_progreso" }, addTags: ["oferta", "whatsapp"], removeTags: ["vip"] });
  });

  it("says nothing for a macro record without actions (then any change in the editor counts)", () => {
    expect(macroExpectation({ id: 1, title: "Oferta", active: true })).toBeUndefined();
  });
});
