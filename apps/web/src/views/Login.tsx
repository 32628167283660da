import { useState, type FormEvent } from 'react';
import { Api, type Session } from '../api.js';
import { useI18n } from '../i18n.js';

export function Login({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError('');
    try {
      onSignedIn(await Api.login(String(form.get('username')), String(form.get('password'))));
    } catch {
      setError(t.wrongLogin);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="login card" onSubmit={submit} aria-labelledby="login-title">
      <h2 id="login-title">{t.signIn}</h2>
      <label>
        {t.username}
        <input name="username" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t.signIn}
      </button>
    </form>
  );
}
