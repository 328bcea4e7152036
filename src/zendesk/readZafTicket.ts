import * as z from "zod/mini";
import type { AccountCache } from "./accountCache";
import { type FieldMap, mapTicketFields } from "./mapTicketFields";
import { ZAF } from "./paths";
import type { Rest } from "./rest";
import { ZafFieldOptions, ZafTicketField } from "./schemas";
import type { ZafClient } from "./zafClient";

/** Where the field ids are kept: they change when an admin edits the account, not per ticket. */
export const FIELD_MAP_MAX_AGE_MS = 12 * 60 * 60_000;

/** What a read needs besides the ZAF client: the REST API for audits, the browser's cache, this installation's scope. */
export type ReadDeps = { client: ZafClient; rest: Rest; cache: AccountCache; scope: string; orderStateFieldId?: number };

/** The ticket values every read asks for; the order is the one `readTicket` parses them in. */
export const BASE_PATHS = [ZAF.ticket.id, ZAF.ticket.subject, ZAF.ticket.status, ZAF.ticket.tags, ZAF.ticket.brand, ZAF.ticket.via, ZAF.ticket.requester, ZAF.ticket.formId, ZAF.ticket.updatedAt];
export type Got = Record<string, unknown> & { errors?: Record<string, unknown> };

/** The ZAF paths of the fields a map names: their values, and the order state's options (an admin may add one). */
function fieldPaths(map: FieldMap | undefined, orderStateFieldId?: number): string[] {
  const orderId = map?.orderState?.id ?? orderStateFieldId;
  const ids = [...new Set([...(orderId ? [orderId] : []), ...Object.values(map?.byKey ?? {}).map((f) => f.id)])];
  return [...ids.map(ZAF.ticket.customField), ...(orderId ? [ZAF.fieldOptions(orderId)] : [])];
}

export const failed = (got: Got, path: string) => Boolean(got.errors?.[path]);

/** The field map with the order state's options as this read gave them. */
function withOptions(map: FieldMap, got: Got, orderStateFieldId?: number): FieldMap {
  const id = map.orderState?.id ?? orderStateFieldId;
  const raw = id ? got[ZAF.fieldOptions(id)] : undefined;
  const options = ZafFieldOptions.safeParse(raw);
  if (!id || !options.success) return map;
  const custom_field_options = options.data.flatMap((o) => (typeof o.value === "string" && o.value ? [{ name: o.label, value: o.value }] : []));
  return { ...map, orderState: { id, title: map.orderState?.title ?? "", type: map.orderState?.type ?? "tagger", ...map.orderState, custom_field_options } };
}

/**
 * One ZAF `get` for everything the sidebar shows, `extra` paths included (currentUser at start). The field
 * ids come from the browser's cache; on a cold cache the same call lists `ticketFields`, and a second get
 * (ZAF only, no REST) reads the values of the fields it found.
 */
export async function readZafTicket(deps: ReadDeps, extra: readonly string[]): Promise<{ got: Got; map: FieldMap }> {
  // "fields2": the map of an older version (ids only, no field types) is never read back.
  const key = `ruta:fields2:${deps.scope}:${deps.orderStateFieldId ?? "by-title"}`;
  const cached = deps.cache.read<FieldMap>(key, FIELD_MAP_MAX_AGE_MS);
  const first = [...extra, ...BASE_PATHS, ZAF.ticket.comments, ...(cached ? fieldPaths(cached) : [ZAF.ticketFields, ...fieldPaths(undefined, deps.orderStateFieldId)])];
  let got: Got = await deps.client.get(first);
  let map = cached;
  if (!map) {
    const listed = z.array(ZafTicketField).safeParse(got[ZAF.ticketFields]);
    map = mapTicketFields(listed.success ? listed.data : [], deps.orderStateFieldId);
    const missing = fieldPaths(map, deps.orderStateFieldId).filter((p) => !(p in got));
    if (missing.length) got = { ...got, ...(await deps.client.get(missing)), errors: got.errors };
    deps.cache.write(key, map);
  } else if (fieldPaths(map).some((p) => failed(got, p))) {
    deps.cache.remove(key); // a field was deleted or renamed: the next read looks them up again
  }
  return { got, map: withOptions(map, got, deps.orderStateFieldId) };
}

