import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import { endSession } from './api.js';

/**
 * The live channel: one socket per session, authenticated with the access token. The
 * server decides which events reach it; the page only listens. Events carry ids and statuses
 * only (`ServerEvents` in `@samtal/contracts`): the page reads content over REST. The server closes the socket with
 * `auth_error` when the session ends (token expired, user disabled): the app signs out.
 */
export function useLive(token: string, handlers: Record<string, (payload: never) => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const socket: Socket = io({ auth: { token }, transports: ['websocket'] });
    socket.on('auth_error', endSession);
    socket.onAny((event: string, payload: unknown) => (latest.current[event] as ((payload: unknown) => void) | undefined)?.(payload));
    return () => {
      socket.close();
    };
  }, [token]);
}
