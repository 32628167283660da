import { Logger } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection } from '@nestjs/websockets';
import { UsersRepository } from '@samtal/store';
import type { Server, Socket } from 'socket.io';
import { Rooms, roomsFor, type Principal } from './principal.js';
import { TokenService } from './token.service.js';

const TEAM_CACHE_MS = 60_000;

/**
 * The live channel to browsers. A socket authenticates with its access token on connect
 * and is placed in the rooms its role allows. Clients send nothing the server acts on, so
 * there is no way to join another room by asking.
 */
@WebSocketGateway({ cors: { origin: false } })
export class LiveGateway implements OnGatewayConnection {
  private readonly log = new Logger(LiveGateway.name);
  private readonly teams = new Map<string, { team?: string; until: number }>();
  @WebSocketServer() server!: Server;

  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  async handleConnection(socket: Socket): Promise<void> {
    let principal: Principal;
    try {
      principal = await this.tokens.verify(socket.handshake.auth?.['token']);
    } catch {
      socket.emit('auth_error', { message: 'invalid or expired access token' });
      socket.disconnect(true);
      return;
    }
    socket.data['principal'] = principal;
    await socket.join(roomsFor(principal));
    socket.emit('ready', { role: principal.role });
    this.log.debug(`socket connected (${principal.role})`);
  }

  /** Sends an event about a call to its agent and the supervisors of the agent's team. */
  async notifyCall(agentId: string, event: string, payload: unknown, alsoOps = false): Promise<void> {
    const team = await this.teamOf(agentId);
    const rooms = [Rooms.agent(agentId), ...(team ? [Rooms.team(team)] : []), ...(alsoOps ? [Rooms.ops] : [])];
    this.server.to(rooms).emit(event, payload);
  }

  private async teamOf(agentId: string): Promise<string | undefined> {
    const cached = this.teams.get(agentId);
    if (cached && cached.until > Date.now()) return cached.team;
    const team = (await this.users.findById(agentId))?.team;
    this.teams.set(agentId, { team, until: Date.now() + TEAM_CACHE_MS });
    return team;
  }
}
