import type { FaultSpec, Ticket } from "../../../emulator/zendesk";

/** Talks to a running emulator's control endpoints and REST API from a test. */
export function emulatorClient(baseUrl: string) {
  const url = (path: string) => new URL(path, baseUrl).toString();
  async function control(path: string, body?: unknown, method = "POST"): Promise<unknown> {
    const response = await fetch(url(`/__emulator/${path}`), {
      method,
      headers: { "Content-Type": "application/json" },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`${method} /__emulator/${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  }
  return {
    /** Back to the seeded account, faults cleared. */
    reset: () => control("reset"),
    /** The requester writes on the ticket; `uploads` are tokens from upload() (the photos a WhatsApp message carries). */
    customerReply: (ticketId: number, body: string, uploads?: string[]) => control(`tickets/${ticketId}/customer-reply`, { body, ...(uploads ? { uploads } : {}) }),
    /** Uploads a file through the REST API (developer docs "Attachments": POST /api/v2/uploads.json?filename=) and returns its token. */
    async upload(file: { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
      const response = await fetch(url(`/api/v2/uploads.json?filename=${encodeURIComponent(file.name)}`), { method: "POST", headers: { "Content-Type": file.mimeType }, body: new Uint8Array(file.buffer) });
      if (response.status !== 201) throw new Error(`POST /api/v2/uploads.json answered ${response.status}: ${await response.text()}`);
      return ((await response.json()) as { upload: { token: string } }).upload.token;
    },
    armFault: (spec: FaultSpec) => control("faults", spec),
    clearFaults: () => control("faults", undefined, "DELETE"),
    advanceClock: (minutes: number) => control("clock/advance", { minutes }),
    switchAgent: (userId: number) => control("agent", { userId }),
    switchLocale: (locale: "es" | "en") => control("agent", { locale }),
    /** Makes the host answer the calls naming `paths` (all calls without) only after `ms`; the page reads it when it loads. */
    slowHost: (ms: number, paths?: string[]) => control("zaf/answer-delay", { ms, ...(paths ? { paths } : {}) }),
    /** Reads a ticket through the REST API, as another client would. */
    async readTicket(ticketId: number): Promise<Ticket> {
      const response = await fetch(url(`/api/v2/tickets/${ticketId}.json`));
      return ((await response.json()) as { ticket: Ticket }).ticket;
    },
    async readAudits(ticketId: number): Promise<{ events: { type: string; [key: string]: unknown }[] }[]> {
      const response = await fetch(url(`/api/v2/tickets/${ticketId}/audits.json`));
      return ((await response.json()) as { audits: { events: { type: string }[] }[] }).audits;
    },
  };
}

export type EmulatorClient = ReturnType<typeof emulatorClient>;
