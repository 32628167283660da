import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Navigate,
  Outlet,
  RouterProvider,
  createHashRouter,
} from 'react-router';
import { ApiError, type Role } from './api.js';
import { I18n, dictionaries, type Lang } from './i18n.js';
import { LiveProvider } from './live.js';
import { SessionProvider, useSession } from './session.js';
import { AgentView } from './views/AgentView.js';
import { Login } from './views/Login.js';
import { OpsCallView, OpsView } from './views/OpsView.js';
import { SupervisorView } from './views/SupervisorView.js';

const LANG_KEY = 'samtal.lang';
const HOME: Record<Role, string> = {
  agent: '/calls',
  supervisor: '/dashboard',
  ops: '/ops',
};

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused or missing resource does not get better by asking again.
      retry: (count, error) =>
        !(
          error instanceof ApiError &&
          error.status >= 400 &&
          error.status < 500
        ) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** The page around every view: header, language, the session and the one place a 401 lands. */
function Shell() {
  const { session, expired, signIn, signOut } = useSession();
  const [lang, setLang] = useState<Lang>(
    () => (localStorage.getItem(LANG_KEY) as Lang | null) ?? 'sv',
  );
  const t = dictionaries[lang];
  const i18n = useMemo(() => ({ t, lang }), [t, lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
  }, [lang]);

  const user = session?.user;
  const role = user ? t.roles[user.role] : '';
  return (
    <I18n.Provider value={i18n}>
      <a
        className="skip"
        href="#main"
        onClick={(e) => (
          e.preventDefault(),
          document.getElementById('main')?.focus()
        )}
      >
        {t.skipToContent}
      </a>
      <header className="top">
        <h1>{t.appName}</h1>
        {user && (
          <p className="who">
            {user.displayName} · {role}
            {user.team && user.team.toLowerCase() !== role.toLowerCase()
              ? ` · ${user.team}`
              : ''}
          </p>
        )}
        <nav aria-label={t.appName}>
          <button
            type="button"
            onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}
            lang={lang === 'sv' ? 'en' : 'sv'}
          >
            {t.language}
          </button>
          {session && (
            <button type="button" onClick={signOut}>
              {t.signOut}
            </button>
          )}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {!session && <Login onSignedIn={signIn} />}
        {session && expired && (
          <section className="card relogin" aria-labelledby="relogin-title">
            <p role="alert" data-testid="session-ended">
              {t.sessionEnded}
            </p>
            <Login onSignedIn={signIn} titleId="relogin-title" />
          </section>
        )}
        {/* While signed out by the server the view stays mounted (an unsaved note is kept) but hidden. */}
        {session && (
          <div hidden={expired} className="view">
            <Outlet />
          </div>
        )}
      </main>
    </I18n.Provider>
  );
}

function Home() {
  const { session } = useSession();
  return session ? <Navigate to={HOME[session.user.role]} replace /> : null;
}

/** A route for some roles only; anyone else goes to their own home. */
function Only({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { session } = useSession();
  if (!session) return null;
  return roles.includes(session.user.role) ? (
    children
  ) : (
    <Navigate to={HOME[session.user.role]} replace />
  );
}

function CallsRoute() {
  const { session } = useSession();
  if (session?.user.role === 'supervisor') return <SupervisorView />;
  return (
    <Only roles={['agent']}>
      <AgentView />
    </Only>
  );
}

// Hash URLs (`/#/calls/:id`): the gateway serves the API at /calls, /ops and /dashboard itself.
const router = createHashRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <Home /> },
      { path: 'calls', element: <CallsRoute /> },
      { path: 'calls/:id', element: <CallsRoute /> },
      {
        path: 'dashboard',
        element: (
          <Only roles={['supervisor']}>
            <SupervisorView />
          </Only>
        ),
      },
      {
        path: 'ops',
        element: (
          <Only roles={['ops']}>
            <OpsView />
          </Only>
        ),
      },
      {
        path: 'ops/calls/:id',
        element: (
          <Only roles={['ops']}>
            <OpsCallView />
          </Only>
        ),
      },
      { path: '*', element: <Home /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <LiveProvider>
          <RouterProvider router={router} />
        </LiveProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}
