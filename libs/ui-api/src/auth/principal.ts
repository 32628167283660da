import { RoleSchema } from '@samtal/contracts';
import { z } from 'zod';

/** Who is asking, as the access token says. */
export const PrincipalSchema = z.object({
  sub: z.string().min(1),
  role: RoleSchema,
  team: z.string().optional(),
});
export type Principal = z.infer<typeof PrincipalSchema>;

/** Socket.IO rooms: the server puts each socket in the rooms its role allows, and nowhere else. */
export const Rooms = {
  /** One agent's own calls. */
  agent: (agentId: string) => `agent:${agentId}`,
  /** The supervisors of a team: its agents' calls. */
  team: (team: string) => `team:${team}`,
  /** Ops: failures and metadata. */
  ops: 'ops',
} as const;

export function roomsFor(principal: Principal): string[] {
  switch (principal.role) {
    case 'agent':
      return [Rooms.agent(principal.sub)];
    case 'supervisor':
      return principal.team ? [Rooms.team(principal.team)] : [];
    case 'ops':
      return [Rooms.ops];
  }
}
