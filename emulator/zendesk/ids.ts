import type { ZendeskData } from "./model";

/** Hands out the next audit/event id; Zendesk's ids are unique across the account and only grow. */
export function nextEventId(data: ZendeskData): number {
  data.lastEventId += 1;
  return data.lastEventId;
}
