import { Logger } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { Rooms, type Principal } from './principal.js';
import { TokenService } from './token.service.js';

/**
 * The live channel to browsers. A socket authenticates with its access token on connect
 * and is placed in the rooms its role allows; clients cannot join rooms themselves.
 */
@WebSocketGateway({ cors: { origin: false } })
export class LiveGateway implements OnGatewayConnection {
  private readonly log = new Logger(LiveGateway.name);
  @WebSocketServer() server!: Server;

  constructor(private readonly tokens: TokenService) {}

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

  /** Sends an event to the agent who owns the call and to the roles that watch all calls. */
  notify(event: string, agentId: string, payload: unknown, alsoTo: string[] = []): void {
    this.server.to([Rooms.agent(agentId), ...alsoTo]).emit(event, payload);
  }
}

function roomsFor(principal: Principal): string[] {
  switch (principal.role) {
    case 'agent':
      return [Rooms.agent(principal.sub)];
    case 'supervisor':
      return [Rooms.supervisors];
    case 'ops':
      return [Rooms.ops];
  }
}
