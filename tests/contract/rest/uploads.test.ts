import { TICKET_IDS } from "../../../emulator/zendesk";
import { api, useZendesk, ZENDESK } from "../../integration/emulator/setupZendesk";

useZendesk();
const PNG_1x1 = new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));

const upload = (name: string, bytes: Uint8Array<ArrayBuffer>, type: string, token?: string) =>
  fetch(`${ZENDESK}/api/v2/uploads.json?filename=${encodeURIComponent(name)}${token ? `&token=${token}` : ""}`, {
    method: "POST",
    headers: { "Content-Type": type },
    body: bytes,
  });

// https://developer.zendesk.com/api-reference/ticketing/tickets/ticket-attachments/
describe("Attachments › Upload Files, a comment's uploads, List Comments attachments", () => {
  it("answers 201 {upload: {token, attachment, attachments}} describing the file", async () => {
    const res = await upload("carnet.png", PNG_1x1, "image/png");
    expect(res.status).toBe(201);
    const { upload: up } = await res.json();
    expect(up).toMatchObject({ token: expect.any(String), expires_at: expect.any(String) });
    expect(up.attachment).toMatchObject({ id: expect.any(Number), file_name: "carnet.png", content_type: "image/png", size: PNG_1x1.length, width: 1, height: 1, content_url: expect.stringContaining("carnet.png") });
    expect(up.attachments).toEqual([up.attachment]);
  });

  it("adds a second file to the same upload with token=, and a comment's uploads puts both on the comment", async () => {
    const first = (await (await upload("carnet.png", PNG_1x1, "image/png")).json()).upload;
    const second = (await (await upload("contrato.pdf", new TextEncoder().encode("%PDF-1.4"), "application/pdf", first.token)).json()).upload;
    expect(second.token).toBe(first.token);
    expect(second.attachments.map((a: { file_name: string }) => a.file_name)).toEqual(["carnet.png", "contrato.pdf"]);

    const put = await api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}.json`, { method: "PUT", body: { ticket: { comment: { body: "Adjunto documentos", public: false, uploads: [first.token] } } } });
    expect(put.status).toBe(200);
    const { comments } = await (await api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}/comments.json?sort_order=desc&page[size]=1`)).json();
    expect(comments[0].attachments.map((a: { id: number; file_name: string; content_type: string; size: number; content_url: string }) => [a.file_name, a.content_type, a.size])).toEqual([
      ["carnet.png", "image/png", PNG_1x1.length],
      ["contrato.pdf", "application/pdf", 8],
    ]);
    const bytes = Buffer.from(await (await fetch(comments[0].attachments[0].content_url)).arrayBuffer());
    expect(bytes.equals(PNG_1x1)).toBe(true);
    const shown = await (await api(`/api/v2/attachments/${comments[0].attachments[1].id}.json`)).json();
    expect(shown.attachment.file_name).toBe("contrato.pdf");
  });

  it("refuses a comment whose upload token is unknown or already used (docs silent; stricter reading), writing nothing", async () => {
    const { token } = (await (await upload("a.txt", new TextEncoder().encode("a"), "text/plain")).json()).upload;
    const ok = await api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}.json`, { method: "PUT", body: { ticket: { comment: { body: "uno", uploads: [token] } } } });
    expect(ok.status).toBe(200);
    for (const uploads of [[token], ["no-existe"]]) {
      const res = await api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}.json`, { method: "PUT", body: { ticket: { comment: { body: "dos", uploads } } } });
      expect(res.status).toBe(422);
      expect((await res.json()).details.uploads).toHaveLength(1);
    }
  });

  it("requires filename (400) and deletes an unused upload (204, then 404)", async () => {
    expect((await fetch(`${ZENDESK}/api/v2/uploads.json`, { method: "POST", body: "x" })).status).toBe(400);
    const { token } = (await (await upload("b.txt", new TextEncoder().encode("b"), "text/plain")).json()).upload;
    expect((await api(`/api/v2/uploads/${token}.json`, { method: "DELETE" })).status).toBe(204);
    expect((await api(`/api/v2/uploads/${token}.json`, { method: "DELETE" })).status).toBe(404);
  });
});
