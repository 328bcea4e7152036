import type { Group, GroupMembership, User, UserRole } from "../model";
import { apiUrl } from "./accountUrl";

export const GROUP_IDS = {
  whatsappBo: 360000200001,
  backOfficeTbo: 360000200002,
  retencionEc: 360000200003,
  abastible: 360000200004,
  claroCorporativo: 360000200005,
  supervisores: 360000200006,
} as const;

export const AGENT_IDS = { carla: 900001, diego: 900002, veronica: 900003 } as const;

export const REQUESTER_IDS = {
  marcelo: 800001,
  rocio: 800002,
  andres: 800003,
  francisca: 800004,
  luis: 800005,
  jhonny: 800006,
  gabriela: 800007,
} as const;

const GROUP_ROWS: [number, string, string][] = [
  [GROUP_IDS.whatsappBo, "WhatsApp Bolivia", "Canal digital WhatsApp de Tigo Bolivia (Liza / E-Care)"],
  [GROUP_IDS.backOfficeTbo, "Back Office TBO", "Reclamos del portal Tigo Business Online"],
  [GROUP_IDS.retencionEc, "Retención Internet", "Campaña de retención Impulsa Internet"],
  [GROUP_IDS.abastible, "Abastible Requerimientos", "Requerimientos del contact center Abastible"],
  [GROUP_IDS.claroCorporativo, "Claro Corporativo", "Atención corporativa Claro Perú"],
  [GROUP_IDS.supervisores, "Supervisores", "Líderes de equipo"],
];

export function seedGroups(createdAt: string): Group[] {
  return GROUP_ROWS.map(([id, name, description], index) => ({
    id,
    url: apiUrl("groups", id),
    name,
    description,
    default: index === 0,
    deleted: false,
    is_public: true,
    created_at: createdAt,
    updated_at: createdAt,
  }));
}

type UserRow = [id: number, name: string, email: string | null, phone: string | null, role: UserRole, tz: [string, string], group: number | null];

const USER_ROWS: UserRow[] = [
  [AGENT_IDS.carla, "Carla Rojas", "carla.rojas@ruta-cc.example", null, "agent", ["La Paz", "America/La_Paz"], GROUP_IDS.whatsappBo],
  [AGENT_IDS.diego, "Diego Fernández", "diego.fernandez@ruta-cc.example", null, "agent", ["Asuncion", "America/Asuncion"], GROUP_IDS.backOfficeTbo],
  [AGENT_IDS.veronica, "Verónica Salinas", "veronica.salinas@ruta-cc.example", null, "admin", ["La Paz", "America/La_Paz"], GROUP_IDS.supervisores],
  [REQUESTER_IDS.marcelo, "Marcelo Quispe Mamani", null, "+59171234567", "end-user", ["La Paz", "America/La_Paz"], null],
  [REQUESTER_IDS.rocio, "Rocío Benítez", "rbenitez@ferreteriaelsol.com.py.example", "+595981456789", "end-user", ["Asuncion", "America/Asuncion"], null],
  [REQUESTER_IDS.andres, "Andrés Villacís", "andres.villacis@correo.ec.example", "+593991234567", "end-user", ["Quito", "America/Guayaquil"], null],
  [REQUESTER_IDS.francisca, "Francisca Muñoz Soto", "fmunoz@correo.cl.example", "+56987654321", "end-user", ["Santiago", "America/Santiago"], null],
  [REQUESTER_IDS.luis, "Luis Huamán (Constructora Andina SAC)", "lhuaman@constructoraandina.pe.example", "+51987654321", "end-user", ["Lima", "America/Lima"], null],
  [REQUESTER_IDS.jhonny, "Jhonny Choque", null, "+59176543210", "end-user", ["La Paz", "America/La_Paz"], null],
  [REQUESTER_IDS.gabriela, "Gabriela Suárez", "gabriela.suarez@correo.bo.example", "+59170011223", "end-user", ["La Paz", "America/La_Paz"], null],
];

/** Three staff (two agents and the team lead, all in Spanish) and the requesters of the seeded tickets. */
export function seedUsers(createdAt: string): User[] {
  return USER_ROWS.map(([id, name, email, phone, role, [tz, iana], group]) => ({
    id,
    url: apiUrl("users", id),
    name,
    email,
    phone,
    role,
    locale: "es",
    time_zone: tz,
    iana_time_zone: iana,
    active: true,
    verified: true,
    default_group_id: group,
    organization_id: null,
    photo: null,
    tags: [],
    user_fields: {},
    created_at: createdAt,
    updated_at: createdAt,
  }));
}

/** Which groups each staff member belongs to, the first being their default group. */
const GROUP_MEMBERSHIPS: Record<number, number[]> = {
  [AGENT_IDS.carla]: [GROUP_IDS.whatsappBo, GROUP_IDS.retencionEc],
  [AGENT_IDS.diego]: [GROUP_IDS.backOfficeTbo, GROUP_IDS.abastible, GROUP_IDS.claroCorporativo],
  [AGENT_IDS.veronica]: [GROUP_IDS.supervisores, GROUP_IDS.whatsappBo, GROUP_IDS.backOfficeTbo],
};

export function seedGroupMemberships(): GroupMembership[] {
  let id = 360000400000;
  return Object.entries(GROUP_MEMBERSHIPS).flatMap(([userId, groupIds]) =>
    groupIds.map((groupId, index) => ({ id: ++id, user_id: Number(userId), group_id: groupId, default: index === 0 })),
  );
}
