/** The part of the ZAF SDK client Ruta uses; `ZAFClient.init()` returns one, tests pass a fake or the emulator's. */
export interface ZafClient {
  get(paths: string | string[]): Promise<Record<string, unknown> & { errors?: Record<string, unknown> }>;
  set(values: Record<string, unknown>): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: ZafRequest): Promise<unknown>;
  on(event: string, handler: (payload?: unknown) => unknown): void;
  off?(event: string, handler: (payload?: unknown) => unknown): void;
  metadata(): Promise<unknown>;
  context(): Promise<unknown>;
}

export type ZafRequest = {
  url: string;
  type?: "GET" | "PUT" | "POST" | "DELETE";
  contentType?: string;
  data?: string;
  /** Resolve and reject with `{ status, headers, responseJSON }` so Retry-After can be read. */
  httpCompleteResponse?: boolean;
};
