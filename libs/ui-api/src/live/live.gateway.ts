import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import { ServerEvents, type ClientToServerEvents, type ServerEventName, type ServerEventPayload, type ServerToClientEvents } from '@samtal/contracts';
import { UsersRepository } from '@samtal/store';
import { LRUCache } from 'lru-cache';
import type { Server as IoServer, Socket as IoSocket } from 'socket.io';
import { ActiveUsers } from '../auth/active-users.service.js';
import { Authenticator } from '../auth/authenticator.service.js';
import { Rooms, roomsFor, type Principal } from '../auth/principal.js';
import type { UiApiEnv } from '../ui-api.config.js';

type Server = IoServer<ClientToServerEvents, ServerToClientEvents>;
type Socket = IoSocket<ClientToServerEvents, ServerToClientEvents>;

/** Who besides the call's agent hears of it: the supervisors of the agent's team (default yes), ops (default no). */
export interface Audience {
  team?: boolean;
  ops?: boolean;
}

/** What the server keeps about an authenticated socket. */
interface SocketSession {
  principal?: Principal;
  expiresAt?: number;
}

/**
 * The live channel to browsers. A socket authenticates with its access token on connect
 * and is placed in the rooms its role allows. Clients send nothing the server acts on, so
 * there is no way to join another room by asking. Every `SOCKET_RECHECK_MS` the sockets'
 * users are checked again: a socket whose user was disabled (or whose role or team changed)
 * or whose token expired is closed, so revocation reaches open sockets within seconds.
 * What is sent is a `ServerEvents` payload (`@samtal/contracts`): ids, statuses and small metadata;
 * the browser reads content over REST.
 */
@WebSocketGateway({ cors: { origin: false } })
export class LiveGateway implements OnGatewayConnection, OnGatewayInit, OnModuleDestroy {
  private readonly log = new Logger(LiveGateway.name);
  /** An agent's team changes rarely; a minute's delay in routing to a new team's supervisors is fine. */
  private readonly teams: LRUCache<string, { team: string | undefined }>;
  private timer?: NodeJS.Timeout;
  private checking = false;
  @WebSocketServer() server!: Server;

  constructor(
    private readonly auth: Authenticator,
    private readonly activeUsers: ActiveUsers,
    users: UsersRepository,
    private readonly config: ConfigService<UiApiEnv, true>,
  ) {
    this.teams = new LRUCache({ max: 10_000, ttl: 60_000, fetchMethod: async (agentId) => ({ team: (await users.findById(agentId))?.team }) });
  }

  afterInit(): void {
    this.timer = setInterval(() => void this.recheck(), this.config.get('SOCKET_RECHECK_MS', { infer: true }));
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async handleConnection(socket: Socket): Promise<void> {
    let session: Required<SocketSession>;
    try {
      session = await this.auth.authenticate(socket.handshake.auth?.['token']);
    } catch {
      this.close(socket, 'invalid or expired access token');
      return;
    }
    Object.assign(socket.data as SocketSession, session);
    await socket.join(roomsFor(session.principal));
    socket.emit('ready', { role: session.principal.role });
    this.log.debug(`socket connected (${session.principal.role})`);
  }

  /** Closes the sockets of users no longer enabled (or changed), and of expired tokens. */
  async recheck(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const now = Date.now();
      for (const socket of this.server.sockets.sockets.values()) {
        const { principal, expiresAt } = socket.data as SocketSession;
        if (!principal || expiresAt === undefined) continue; // still authenticating
        if (expiresAt <= now) {
          this.close(socket, 'access token expired');
          continue;
        }
        const current = await this.activeUsers.current(principal.sub);
        if (!current || current.role !== principal.role || current.team !== principal.team) this.close(socket, 'access revoked');
      }
    } catch (err) {
      // The user store is away: keep the sockets (they only receive ids) and try again next round.
      this.log.warn(`could not re-check socket users: ${(err as Error).message}`);
    } finally {
      this.checking = false;
    }
  }

  /**
   * Sends an event about a call to its agent, and (by `audience`) the supervisors of the agent's
   * team and ops. The payload is parsed with its contract first: nothing else can leave.
   */
  async toCall<E extends ServerEventName>(agentId: string, event: E, payload: ServerEventPayload<E>, audience: Audience = {}): Promise<void> {
    const team = audience.team === false ? undefined : (await this.teams.fetch(agentId))?.team;
    const rooms = [Rooms.agent(agentId), ...(team ? [Rooms.team(team)] : []), ...(audience.ops ? [Rooms.ops] : [])];
    this.emit(rooms, event, payload);
  }

  /** Sends an event to the given rooms only (e.g. an alert for supervisors). */
  async toRooms<E extends ServerEventName>(rooms: string[], event: E, payload: ServerEventPayload<E>): Promise<void> {
    this.emit(rooms, event, payload);
  }

  /** The team room of an agent's supervisors, if the agent has a team. */
  async teamRoomOf(agentId: string): Promise<string | undefined> {
    const team = (await this.teams.fetch(agentId))?.team;
    return team ? Rooms.team(team) : undefined;
  }

  private emit<E extends ServerEventName>(rooms: string[], event: E, payload: ServerEventPayload<E>): void {
    if (!rooms.length) return;
    const parsed: unknown = ServerEvents[event].parse(payload);
    // socket.io's typed emit cannot follow a generic event name; the payload was parsed with its contract above.
    (this.server.to(rooms).emit as (event: string, payload: unknown) => boolean)(event, parsed);
  }

  private close(socket: Socket, message: string): void {
    socket.emit('auth_error', { message });
    socket.disconnect(true);
  }
}
