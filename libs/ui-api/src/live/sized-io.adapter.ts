import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { ServerOptions } from 'socket.io';

/** Socket.IO with a cap on message size: a browser cannot make the gateway buffer megabytes. */
export class SizedIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly maxBytes: number,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions) {
    return super.createIOServer(port, { ...options, maxHttpBufferSize: this.maxBytes } as ServerOptions);
  }
}
