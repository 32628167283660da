import { z } from 'zod';

export const RoleSchema = z.enum(['agent', 'supervisor', 'ops']);
export type Role = z.infer<typeof RoleSchema>;

/** Who is asking, as the access token says. */
export const PrincipalSchema = z.object({
  sub: z.string().min(1),
  role: RoleSchema,
  team: z.string().optional(),
});
export type Principal = z.infer<typeof PrincipalSchema>;

/** Socket.IO rooms: the server puts each socket in the rooms its role allows, and nowhere else. */
export const Rooms = {
  agent: (agentId: string) => `agent:${agentId}`,
  supervisors: 'supervisors',
  ops: 'ops',
} as const;
