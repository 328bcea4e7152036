import { z } from "zod";
import { USER_ROLES, type User, type ZendeskData } from "./model";
import { apiUrl } from "./seed/accountUrl";
import { formatZendeskTime } from "./time";
import { invalidDetails, type InvalidDetails } from "./validateTicket";

/** The `user` object of `POST /api/v2/users.json`, the properties the emulator models (docs "Users" JSON format). */
export const UserCreate = z.strictObject({
  name: z.string().optional(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  role: z.enum(USER_ROLES).optional(),
  locale: z.string().optional(),
  time_zone: z.string().optional(),
  verified: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
});
export type UserCreate = z.infer<typeof UserCreate>;

export type UserCreateOutcome = { kind: "created"; user: User } | { kind: "invalid"; details: InvalidDetails };

/** Users are given ids above every seeded one, in order. */
const nextUserId = (data: ZendeskData) => Math.max(0, ...data.users.map((u) => u.id)) + 1;

/**
 * Adds a user as `POST /api/v2/users.json` does: a name is required, an email already used by another
 * user is refused (422 RecordInvalid), the role defaults to end-user. Identities, organizations and
 * user fields are not modelled.
 */
export function applyUserCreate(data: ZendeskData, input: UserCreate, at: number): UserCreateOutcome {
  const name = input.name?.trim() ?? "";
  if (!name) return { kind: "invalid", details: invalidDetails("name", "Name: cannot be blank", "BlankValue") };
  const email = input.email?.trim().toLowerCase() || null;
  if (email && data.users.some((u) => u.email?.toLowerCase() === email)) {
    return { kind: "invalid", details: invalidDetails("email", `Email: ${email} is already being used by another user`, "DuplicateValue") };
  }
  const id = nextUserId(data);
  const now = formatZendeskTime(at);
  const user: User = {
    id,
    url: apiUrl("users", id),
    name,
    email,
    phone: input.phone ?? null,
    role: input.role ?? "end-user",
    locale: input.locale ?? "es",
    time_zone: input.time_zone ?? "La Paz",
    iana_time_zone: "America/La_Paz",
    active: true,
    verified: input.verified ?? false,
    default_group_id: null,
    organization_id: null,
    photo: null,
    tags: input.tags ?? [],
    user_fields: {},
    created_at: now,
    updated_at: now,
  };
  data.users.push(user);
  return { kind: "created", user };
}
