import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { io, type Socket } from 'socket.io-client';
import { useSession } from './session.js';

export type LiveEvent = {
  name: string;
  payload: { callId?: string } & Record<string, unknown>;
};
type Listener = (event: LiveEvent) => void;

const LiveContext = createContext<Set<Listener>>(new Set());

/**
 * The live channel: one socket per session, authenticated with the access token. Events carry
 * ids and statuses only: each one invalidates the queries it concerns and the page reads the
 * content again over REST. `auth_error` (token expired, user disabled) goes to the one 401 handler.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { session, unauthorized } = useSession();
  const queryClient = useQueryClient();
  const [listeners] = useState(() => new Set<Listener>());
  const token = session?.accessToken;

  useEffect(() => {
    if (!token) return undefined;
    const socket: Socket = io({ auth: { token }, transports: ['websocket'] });
    socket.on('auth_error', () => unauthorized(token));
    socket.onAny((name: string, payload: LiveEvent['payload']) => {
      const callId =
        typeof payload?.callId === 'string' ? payload.callId : undefined;
      if (name === 'ready' || !callId) void queryClient.invalidateQueries();
      else {
        void queryClient.invalidateQueries({ queryKey: ['calls'] });
        void queryClient.invalidateQueries({ queryKey: ['call', callId] });
        // The redacted recording is stored after the draft: look for it again on each event of its call.
        void queryClient.invalidateQueries({ queryKey: ['audio', callId] });
        void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
        void queryClient.invalidateQueries({ queryKey: ['ops'] });
      }
      for (const listener of listeners)
        listener({ name, payload: payload ?? {} });
    });
    return () => {
      socket.close();
    };
  }, [token, queryClient, unauthorized, listeners]);

  return (
    <LiveContext.Provider value={listeners}>{children}</LiveContext.Provider>
  );
}

/** Listen to the live events (for notifications); data refreshes on its own through the queries. */
export function useLiveEvents(listener: Listener): void {
  const listeners = useContext(LiveContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const forward: Listener = (event) => latest.current(event);
    listeners.add(forward);
    return () => {
      listeners.delete(forward);
    };
  }, [listeners]);
}
