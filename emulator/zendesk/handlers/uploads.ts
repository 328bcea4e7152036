import { http, HttpResponse } from "msw";
import { nextEventId } from "../ids";
import type { Attachment, Upload } from "../model";
import { ACCOUNT_SUBDOMAIN, apiUrl } from "../seed/accountUrl";
import type { ZendeskStore } from "../store";
import { formatZendeskTime } from "../time";
import { idParam, notFound, routes, zendeskError, zendeskJson } from "./respond";

/** "The token expires after 60 minutes" (docs "Attachments › Upload Files"). */
const UPLOAD_TTL_MS = 60 * 60_000;
/** Zendesk's attachment size limit is 50 MB. */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const randomToken = () => crypto.randomUUID().replace(/-/g, "").slice(0, 25);

function imageSize(bytes: Uint8Array, contentType: string): { width: number | null; height: number | null } {
  // PNG keeps its size in the IHDR chunk; other formats are not measured.
  if (contentType === "image/png" && bytes.length > 24) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  return { width: null, height: null };
}

/**
 * `POST /api/v2/uploads.json?filename=` (binary body; `token=` adds to an earlier upload), `DELETE
 * /api/v2/uploads/{token}.json`, `GET /api/v2/attachments/{id}.json` and the attachment's
 * `content_url` bytes; docs "Attachments". A comment's `uploads: [token]` moves them onto it.
 * Thumbnails, malware scanning and redaction are not modelled.
 */
export function uploadHandlers(store: ZendeskStore) {
  const findAttachment = (id: number | null) =>
    store.data.uploads.flatMap((u) => u.attachments).find((a) => a.id === id);
  return [
    ...routes("/uploads").map((p) =>
      http.post(p, async ({ request }) => {
        const url = new URL(request.url);
        const fileName = url.searchParams.get("filename");
        if (!fileName) return zendeskError(400, "InvalidParameter", "filename is required");
        const bytes = new Uint8Array(await request.arrayBuffer());
        if (bytes.length > MAX_UPLOAD_BYTES) return zendeskError(413, "PayloadTooLarge", "Attachments are limited to 50 MB");
        const contentType = request.headers.get("Content-Type")?.split(";")[0]?.trim() || "application/binary";
        const given = url.searchParams.get("token");
        const existing = given ? store.data.uploads.find((u) => u.token === given && !u.used) : undefined;
        if (given && !existing) return notFound();
        const upload: Upload = existing ?? { token: randomToken(), expires_at: formatZendeskTime(store.clock.now() + UPLOAD_TTL_MS), attachments: [], used: false };
        const id = nextEventId(store.data);
        const contentUrl = `https://${ACCOUNT_SUBDOMAIN}.zendesk.com/attachments/token/${upload.token}/?name=${encodeURIComponent(fileName)}`;
        const attachment: Attachment = {
          id,
          url: apiUrl("attachments", id),
          file_name: fileName,
          content_url: contentUrl,
          mapped_content_url: contentUrl,
          content_type: contentType,
          size: bytes.length,
          ...imageSize(bytes, contentType),
          inline: false,
          deleted: false,
          malware_access_override: false,
          malware_scan_result: "not_scanned",
          thumbnails: [],
        };
        upload.attachments.push(attachment);
        if (!existing) store.data.uploads.push(upload);
        store.data.attachmentFiles[id] = Buffer.from(bytes).toString("base64");
        return zendeskJson({ upload: { token: upload.token, expires_at: upload.expires_at, attachment, attachments: upload.attachments } }, 201);
      }),
    ),
    ...routes("/uploads/:token").map((p) =>
      http.delete(p, ({ params }) => {
        const upload = store.data.uploads.find((u) => u.token === params.token && !u.used);
        if (!upload) return notFound();
        store.data.uploads = store.data.uploads.filter((u) => u !== upload);
        for (const a of upload.attachments) delete store.data.attachmentFiles[a.id];
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    ...routes("/attachments/:id").map((p) =>
      http.get(p, ({ params }) => {
        const attachment = findAttachment(idParam(params.id));
        return attachment ? zendeskJson({ attachment }) : notFound();
      }),
    ),
  ];
}

/** An attachment's bytes at its `content_url` (outside /api/v2, so not counted against the rate limit). */
export function attachmentContentHandler(store: ZendeskStore) {
  return http.get("*/attachments/token/:token/", ({ params, request }) => {
    const name = new URL(request.url).searchParams.get("name");
    const upload = store.data.uploads.find((u) => u.token === params.token);
    const attachment = upload?.attachments.find((a) => a.file_name === name);
    const file = attachment ? store.data.attachmentFiles[attachment.id] : undefined;
    if (!attachment || file === undefined) return new HttpResponse("Not found", { status: 404 });
    return new HttpResponse(Buffer.from(file, "base64"), { headers: { "Content-Type": attachment.content_type } });
  });
}
