import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { Api, TokenHolder, type Session } from './api.js';

const SESSION_KEY = 'samtal.session';

interface SessionState {
  session: Session | null;
  api: Api;
  /** The server refused the session (expired token, disabled user): sign in again, the screen is kept. */
  expired: boolean;
  signIn: (session: Session) => void;
  signOut: () => void;
  /** The one 401 handler: REST and the socket both end up here. */
  unauthorized: (token?: string) => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(
    () =>
      JSON.parse(
        sessionStorage.getItem(SESSION_KEY) ?? 'null',
      ) as Session | null,
  );
  const [expired, setExpired] = useState(false);
  // The token every request reads when it goes out (see Api); replaced as soon as the user signs in again.
  const [current] = useState(() => new TokenHolder(session?.accessToken));
  const unauthorized = useCallback(
    (token?: string) => {
      // A request that went out with an older token says nothing about the current one.
      if (token && token !== current.get()) return;
      sessionStorage.removeItem(SESSION_KEY);
      setExpired(true);
    },
    [current],
  );
  const api = useMemo(
    () => new Api(current.get, unauthorized),
    [current, unauthorized],
  );

  const signIn = useCallback(
    (next: Session) => {
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
      // The same user signing in again finds everything as it was (an unsaved note included);
      // anyone else starts afresh.
      if (session && session.user.id !== next.user.id) queryClient.clear();
      current.set(next.accessToken);
      setSession(next);
      setExpired(false);
      void queryClient.invalidateQueries();
    },
    [queryClient, session, current],
  );
  const signOut = useCallback(() => {
    current.set(undefined);
    sessionStorage.removeItem(SESSION_KEY);
    queryClient.clear();
    setExpired(false);
    setSession(null);
  }, [queryClient, current]);

  const value = useMemo(
    () => ({ session, api, expired, signIn, signOut, unauthorized }),
    [session, api, expired, signIn, signOut, unauthorized],
  );
  return (
    <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in session and its API; only used below the point where a session exists. */
export function useSignedIn(): SessionState & { session: Session } {
  const state = useSession();
  if (!state.session) throw new Error('no session');
  return state as SessionState & { session: Session };
}
