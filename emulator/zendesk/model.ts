/**
 * The records the emulated account keeps, in the JSON shapes Zendesk's REST API returns.
 * Timestamps are ISO strings with second precision ("2026-11-20T14:03:00Z") as Zendesk sends them.
 */

export type TicketStatus = "new" | "open" | "pending" | "hold" | "solved" | "closed";
export const TICKET_STATUSES: readonly TicketStatus[] = ["new", "open", "pending", "hold", "solved", "closed"];

/** The status categories a custom ticket status belongs to; a closed ticket belongs to "solved" (docs "Custom Ticket Statuses"). */
export type StatusCategory = Exclude<TicketStatus, "closed">;

export const TICKET_PRIORITIES = ["urgent", "high", "normal", "low"] as const;
export const TICKET_TYPES = ["problem", "incident", "question", "task"] as const;

export interface Via {
  channel: string;
  source: { from: Record<string, unknown>; to: Record<string, unknown>; rel: string | null };
}

export interface CustomFieldValue {
  id: number;
  value: string | number | boolean | null;
}

export interface Ticket {
  id: number;
  url: string;
  external_id: string | null;
  via: Via;
  created_at: string;
  updated_at: string;
  type: string | null;
  subject: string;
  raw_subject: string;
  description: string;
  priority: string | null;
  status: TicketStatus;
  custom_status_id: number;
  recipient: string | null;
  requester_id: number;
  submitter_id: number;
  assignee_id: number | null;
  organization_id: number | null;
  group_id: number | null;
  collaborator_ids: number[];
  follower_ids: number[];
  email_cc_ids: number[];
  has_incidents: boolean;
  is_public: boolean;
  due_at: string | null;
  tags: string[];
  custom_fields: CustomFieldValue[];
  satisfaction_rating: null;
  sharing_agreement_ids: number[];
  fields: CustomFieldValue[];
  ticket_form_id: number;
  brand_id: number;
  allow_channelback: boolean;
  allow_attachments: boolean;
  from_messaging_channel: boolean;
}

/** A file on a comment, docs "Attachments" JSON format. */
export interface Attachment {
  id: number;
  url: string;
  file_name: string;
  content_url: string;
  mapped_content_url: string;
  content_type: string;
  size: number;
  width: number | null;
  height: number | null;
  inline: boolean;
  deleted: boolean;
  malware_access_override: boolean;
  malware_scan_result: string;
  thumbnails: Attachment[];
}

/** An upload waiting to be attached by a comment's `uploads: [token]`, docs "Attachments › Upload Files". */
export interface Upload {
  token: string;
  expires_at: string;
  attachments: Attachment[];
  /** Attachments already put on a comment through this token. */
  used: boolean;
}

export interface CommentEvent {
  id: number;
  type: "Comment";
  author_id: number;
  body: string;
  html_body: string;
  plain_body: string;
  public: boolean;
  attachments: Attachment[];
  audit_id: number;
}

export interface ChangeEvent {
  id: number;
  type: "Change" | "Create";
  field_name: string;
  value: unknown;
  previous_value?: unknown;
}

export interface MacroReferenceEvent {
  id: number;
  type: "AgentMacroReference";
  macro_id: number;
  macro_title: string;
  macro_deleted: boolean;
  via: Via;
}

export type AuditEvent = CommentEvent | ChangeEvent | MacroReferenceEvent;

export interface Audit {
  id: number;
  ticket_id: number;
  created_at: string;
  author_id: number;
  metadata: { system: Record<string, unknown>; custom: Record<string, unknown> };
  via: Via;
  events: AuditEvent[];
}

/** A ticket comment as `GET /tickets/:id/comments` returns it (derived from the audits' Comment events). */
export interface Comment extends Omit<CommentEvent, "audit_id"> {
  audit_id: number;
  via: Via;
  created_at: string;
  metadata: Record<string, unknown>;
}

export const USER_ROLES = ["end-user", "agent", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface User {
  id: number;
  url: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: UserRole;
  locale: string;
  time_zone: string;
  iana_time_zone: string;
  active: boolean;
  verified: boolean;
  default_group_id: number | null;
  organization_id: number | null;
  photo: null;
  tags: string[];
  user_fields: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface Brand {
  id: number;
  url: string;
  name: string;
  brand_url: string;
  subdomain: string;
  host_mapping: string | null;
  has_help_center: boolean;
  help_center_state: string;
  active: boolean;
  default: boolean;
  is_deleted: boolean;
  logo: null;
  ticket_form_ids: number[];
  signature_template: string;
  created_at: string;
  updated_at: string;
}

export interface Group {
  id: number;
  url: string;
  name: string;
  description: string;
  default: boolean;
  deleted: boolean;
  is_public: boolean;
  created_at: string;
  updated_at: string;
}

export interface GroupMembership {
  id: number;
  user_id: number;
  group_id: number;
  default: boolean;
}

export interface MacroAction {
  field: string;
  value: string | number | boolean | string[] | null;
}

export interface Macro {
  id: number;
  url: string;
  title: string;
  raw_title: string;
  description: string | null;
  active: boolean;
  default: boolean;
  position: number;
  restriction: null | { type: string; id: number; ids: number[] };
  actions: MacroAction[];
  created_at: string;
  updated_at: string;
}

export interface FieldOption {
  id: number;
  name: string;
  raw_name: string;
  value: string;
  default: boolean;
}

export interface TicketField {
  id: number;
  url: string;
  type: string;
  title: string;
  raw_title: string;
  description: string;
  raw_description: string;
  agent_description: string | null;
  position: number;
  active: boolean;
  required: boolean;
  collapsed_for_agents: boolean;
  regexp_for_validation: string | null;
  title_in_portal: string;
  visible_in_portal: boolean;
  editable_in_portal: boolean;
  required_in_portal: boolean;
  tag: string | null;
  removable: boolean;
  custom_field_options?: FieldOption[];
  created_at: string;
  updated_at: string;
}

export interface Installation {
  id: number;
  app_id: number;
  product: "support";
  settings: Record<string, unknown> & { name: string; title: string };
  settings_objects: { name: string; value: unknown }[];
  enabled: boolean;
  paid: boolean;
  collapsible: boolean;
  plan: null;
  role_restrictions: number[] | null;
  group_restrictions: number[] | null;
  created_at: string;
  updated_at: string;
}

export interface Account {
  subdomain: string;
  name: string;
}

/** A custom ticket status, docs "Custom Ticket Statuses" JSON format. */
export interface CustomStatus {
  id: number;
  url: string;
  status_category: StatusCategory;
  agent_label: string;
  raw_agent_label: string;
  end_user_label: string;
  raw_end_user_label: string;
  description: string;
  raw_description: string;
  end_user_description: string;
  raw_end_user_description: string;
  active: boolean;
  default: boolean;
  created_at: string;
  updated_at: string;
}

/** A background job's record, docs "Job Statuses"; the emulator runs the job at once. */
export interface JobStatus {
  id: string;
  url: string;
  job_type: string;
  total: number;
  progress: number;
  status: "queued" | "working" | "failed" | "completed";
  message: string | null;
  results: { id: number; action: string; success: boolean; status?: string; error?: string; details?: string }[];
}

/** Everything the emulated account holds; a seed is one of these. */
export interface ZendeskData {
  account: Account;
  currentUserId: number;
  tickets: Ticket[];
  audits: Audit[];
  users: User[];
  brands: Brand[];
  groups: Group[];
  groupMemberships: GroupMembership[];
  macros: Macro[];
  ticketFields: TicketField[];
  installation: Installation;
  appName: string;
  appVersion: string;
  customStatuses: CustomStatus[];
  uploads: Upload[];
  /** Each attachment's bytes (base64), served at its `content_url`. */
  attachmentFiles: Record<number, string>;
  jobStatuses: JobStatus[];
  /** The last id handed out to an audit, event or comment; ids only grow. */
  lastEventId: number;
}
