import type { Page } from "playwright-core";
import { TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { customerReplies, openTicket, submitEditor } from "./support/hostPage";

let page: Page;
const { emulatorUrl } = useEmulatorSession("host-attachments", (p) => (page = p));

/** The host page's editor attaches files the way Zendesk's does: upload first, then the comment's `uploads` tokens. */
describe("the host page's editor attaches files to a note", () => {
  it("uploads the file, sends its token in comment.uploads and shows it on the comment", async () => {
    await openTicket(page, emulatorUrl, TICKET_IDS.tboComplaint);
    await page.setInputFiles('[data-testid="editor-attach"]', { name: "captura-error.txt", mimeType: "text/plain", buffer: Buffer.from("La línea no existe") });
    await page.waitForSelector('[data-testid="editor-attached-file"] >> text=captura-error.txt');
    expect(await submitEditor(page, { comment: "Adjunto la captura que envió el cliente.", internal: true })).toBe("ok");

    const res = await fetch(new URL(`/api/v2/tickets/${TICKET_IDS.tboComplaint}/comments.json?sort_order=desc&page[size]=1`, emulatorUrl));
    const [comment] = (await res.json()).comments;
    expect(comment).toMatchObject({ body: "Adjunto la captura que envió el cliente.", public: false });
    expect(comment.attachments).toEqual([expect.objectContaining({ file_name: "captura-error.txt", content_type: "text/plain", size: Buffer.byteLength("La línea no existe") })]);

    await page.waitForSelector('[data-testid="comment-attachment"] >> text=captura-error.txt');
    expect(await page.locator('[data-testid="editor-attached-file"]').count()).toBe(0);
  });
});

/** The control panel's customer reply carries photos the way a WhatsApp message's media reach Zendesk: uploaded, then on the requester's comment. */
describe("the host page's customer reply attaches files", () => {
  it("uploads the photos and puts them on the requester's public comment", async () => {
    await openTicket(page, emulatorUrl, TICKET_IDS.prePostHalfway);
    await page.setInputFiles('[data-testid="customer-reply-files"]', [
      { name: "ci-anverso.png", mimeType: "image/png", buffer: Buffer.from("anverso") },
      { name: "selfie.png", mimeType: "image/png", buffer: Buffer.from("selfie") },
    ]);
    await customerReplies(page, "Les envío mi carnet y la selfie.");
    await page.waitForSelector('[data-testid="comment-attachment"] >> text=selfie.png');

    const [comment] = (await (await fetch(new URL(`/api/v2/tickets/${TICKET_IDS.prePostHalfway}/comments.json?sort_order=desc&page[size]=1`, emulatorUrl))).json()).comments;
    const { ticket } = await (await fetch(new URL(`/api/v2/tickets/${TICKET_IDS.prePostHalfway}.json`, emulatorUrl))).json();
    expect(comment).toMatchObject({ body: "Les envío mi carnet y la selfie.", public: true, author_id: ticket.requester_id });
    expect(comment.attachments.map((a: { file_name: string }) => a.file_name)).toEqual(["ci-anverso.png", "selfie.png"]);
    expect(await page.inputValue('[data-testid="customer-reply-files"]')).toBe("");
  });
});
