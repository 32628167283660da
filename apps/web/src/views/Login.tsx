import { useState, type FormEvent } from 'react';
import { Api, type Session } from '../api.js';
import { useI18n } from '../i18n.js';

export function Login({
  onSignedIn,
  titleId = 'login-title',
}: {
  onSignedIn: (session: Session) => void;
  titleId?: string;
}) {
  const { t } = useI18n();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError('');
    try {
      const session = await Api.login(
        String(form.get('username')),
        String(form.get('password')),
      );
      // The form goes away: let the next view's heading take the focus.
      (document.activeElement as HTMLElement | null)?.blur();
      onSignedIn(session);
    } catch {
      setError(t.wrongLogin);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="login card" onSubmit={submit} aria-labelledby={titleId}>
      <h2 id={titleId}>{t.signIn}</h2>
      <label>
        {t.username}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form is the whole page: typing starts here */}
        <input name="username" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t.password}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t.signIn}
      </button>
    </form>
  );
}
