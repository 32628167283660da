import { z } from 'zod';

/**
 * The roles of Samtal's users, defined once: the user store, the gateway's guards and token
 * claims, the CLI (`samtal users add --role`) and the browser app all use this list.
 */
export const ROLES = ['agent', 'supervisor', 'ops'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
