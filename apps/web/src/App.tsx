import { useEffect, useMemo, useState } from 'react';
import { Api, SESSION_ENDED, type Session } from './api.js';
import { I18n, dictionaries, type Lang } from './i18n.js';
import { AgentView } from './views/AgentView.js';
import { Login } from './views/Login.js';
import { OpsView } from './views/OpsView.js';
import { SupervisorView } from './views/SupervisorView.js';

const SESSION_KEY = 'samtal.session';
const LANG_KEY = 'samtal.lang';

export function App() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) as Lang | null) ?? 'sv');
  const [session, setSession] = useState<Session | null>(() => JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null);
  const t = dictionaries[lang];
  const api = useMemo(() => new Api(session?.accessToken), [session]);

  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
  }, [lang]);

  const signIn = (s: Session) => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));
    setEnded(false);
    setSession(s);
  };
  const [ended, setEnded] = useState(false);
  const signOut = () => {
    sessionStorage.removeItem(SESSION_KEY);
    setSession(null);
  };

  // The server refused the session (disabled user, expired token): back to the login form, saying why.
  useEffect(() => {
    const onEnded = () => {
      sessionStorage.removeItem(SESSION_KEY);
      setSession((current) => {
        if (current) setEnded(true);
        return null;
      });
    };
    window.addEventListener(SESSION_ENDED, onEnded);
    return () => window.removeEventListener(SESSION_ENDED, onEnded);
  }, []);

  return (
    <I18n.Provider value={{ t, lang }}>
      <a className="skip" href="#main">
        {t.skipToContent}
      </a>
      <header className="top">
        <h1>{t.appName}</h1>
        {session && (
          <p className="who">
            {session.user.displayName} · {t.roles[session.user.role]}
            {session.user.team ? ` · ${session.user.team}` : ''}
          </p>
        )}
        <nav aria-label="session">
          <button type="button" onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')} lang={lang === 'sv' ? 'en' : 'sv'}>
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
        {!session && ended && (
          <p className="card" role="alert" data-testid="session-ended">
            {t.sessionEnded}
          </p>
        )}
        {!session && <Login onSignedIn={signIn} />}
        {session?.user.role === 'agent' && <AgentView api={api} session={session} />}
        {session?.user.role === 'supervisor' && <SupervisorView api={api} session={session} />}
        {session?.user.role === 'ops' && <OpsView api={api} session={session} />}
      </main>
    </I18n.Provider>
  );
}
