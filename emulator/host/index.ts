/** The ZAF host: the Zendesk side of the app protocol, usable in the page and in Node tests. */
export { createZafHost, type ZafHost, type ZafHostOptions, type TicketTab, type HostNotice } from "./zafHost";
export { createHostClient, type HostClient } from "./hostClient";
export type { SubmitOutcome } from "./submitTab";
export type { ApiFetch } from "./hostData";
export { editorStatus, editorTags, editorField, isDirty, type Editor, type CommentType } from "./editor";
