import { useQueryClient } from '@tanstack/react-query';
import { describeChanges } from '@samtal/contracts';
import { useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { ApiError, type CallDetail, type JournalView } from '../../api.js';
import { Field } from '../../components/Field.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { formatTime, useI18n } from '../../i18n.js';
import { useTopicsQuery, useVersions } from '../../queries.js';
import { useSignedIn } from '../../session.js';
import { TopicOptions, topicLabel } from '../../topics.js';
import { VersionHistory } from './VersionHistory.js';

const TOPIC_LINE: Record<string, string> = { sv: 'Ämne', en: 'Topic' };

/** The note as it stands on the server: the agent's latest version, else the machine draft. */
function serverNote(journal: JournalView) {
  return {
    text: journal.edited?.text ?? journal.draft.text,
    topic: journal.edited?.topic ?? journal.draft.topic.key,
    version: journal.version,
    revision: journal.revision,
  };
}

/**
 * The journal note: the agent edits, saves and approves it; others read it. Unsaved changes
 * survive a refetch, a session expiry and a second thought when leaving the call (a guard asks).
 */
export function Editor({
  callId,
  journal,
  editable,
  onHighlight,
  agent,
}: {
  callId: string;
  journal: JournalView;
  editable: boolean;
  onHighlight: (segments: number[]) => void;
  /** The call's agent, who writes and approves its note: shown by name to everyone else (a supervisor). */
  agent: { id: string; name: string | null };
}) {
  const { t, lang } = useI18n();
  const { api, session } = useSignedIn();
  const queryClient = useQueryClient();
  const topics = useTopicsQuery();
  const versions = useVersions(
    callId,
    editable || session.user.role === 'supervisor',
  );
  const server = serverNote(journal);
  const [base, setBase] = useState(server);
  const [text, setText] = useState(server.text);
  const [topic, setTopic] = useState(server.topic);
  const [notice, setNotice] = useState('');
  const [conflict, setConflict] = useState(false);
  /** On a conflict: what the other save (another tab, someone else) changed since the agent's base. */
  const [theirChanges, setTheirChanges] = useState<{
    version: number;
    changes: string;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmApprove, setConfirmApprove] = useState(false);
  // Save and Approve go away once approved: focus moves to the heading that now says so.
  const title = useRef<HTMLHeadingElement>(null);
  const lowQuality = journal.transcriptQuality.level === 'low';
  const dirty = text !== base.text || topic !== base.topic;

  // A newer note on the server (another tab's save, a new draft after a replay): take it unless
  // the agent is editing. Only newer: right after a save the cached copy is still the older one.
  if (
    !dirty &&
    (server.version > base.version ||
      (server.version === base.version && server.revision !== base.revision))
  ) {
    setBase(server);
    setText(server.text);
    setTopic(server.topic);
  }

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const approved = journal.approved;
  const readOnly = !editable || !!approved;
  const names = (id: string) =>
    id === session.user.id
      ? `${session.user.displayName} (${t.you})`
      : id === agent.id
        ? (agent.name ?? id)
        : id;

  function changeTopic(key: string) {
    setTopic(key);
    // The note's own "Ämne:" line follows the chosen topic, in the note's language.
    const language = journal.draft.language;
    const label = topics.find((x) => x.key === key)?.label[language];
    if (label)
      setText((current) =>
        current.replace(
          new RegExp(`^${TOPIC_LINE[language]}: .*$`, 'm'),
          `${TOPIC_LINE[language]}: ${label}`,
        ),
      );
  }

  async function save(approve: boolean, baseVersion = base.version) {
    setBusy(true);
    try {
      const body = { text, topic, baseVersion };
      const version = approve
        ? await api.approve(callId, body)
        : await api.saveDraft(callId, body);
      setBase({
        text,
        topic,
        version: version.version,
        revision: base.revision,
      });
      setConflict(false);
      setTheirChanges(null);
      setNotice(`${approve ? t.approvedAs : t.saved} ${version.version}`);
      await queryClient.invalidateQueries({ queryKey: ['call', callId] });
      if (approve) title.current?.focus();
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setConflict(true);
        setNotice(t.conflict);
        // Show what the other save changed, so the agent can carry it into their own text.
        const fresh = await latest();
        if (fresh) {
          const theirs = serverNote(fresh);
          setTheirChanges({
            version: theirs.version,
            changes: describeChanges(base.text, theirs.text),
          });
        }
      } else setNotice(String((err as Error).message));
    } finally {
      setBusy(false);
    }
  }

  /** An approved note opened for changes again (audited on the server); the editor follows the new version. */
  async function reopen() {
    setBusy(true);
    try {
      const version = await api.reopen(callId);
      setBase({
        text,
        topic,
        version: version.version,
        revision: base.revision,
      });
      setNotice(`${t.reopened} ${version.version}`);
      await queryClient.invalidateQueries({ queryKey: ['call', callId] });
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
    } catch (err) {
      setNotice(String((err as Error).message));
    } finally {
      setBusy(false);
    }
  }

  async function latest(): Promise<JournalView | null> {
    return (
      await queryClient.fetchQuery<CallDetail>({
        queryKey: ['call', callId],
        queryFn: () => api.call(callId),
        staleTime: 0,
      })
    ).journal;
  }

  async function reload() {
    const fresh = await latest();
    if (!fresh) return;
    const note = serverNote(fresh);
    setBase(note);
    setText(note.text);
    setTopic(note.topic);
    setConflict(false);
    setTheirChanges(null);
    setNotice('');
  }

  async function keepMine() {
    const fresh = await latest();
    if (fresh) await save(false, fresh.version);
  }

  async function download(format: 'text' | 'json') {
    const blob = await api.blob(`/calls/${callId}/export?format=${format}`);
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `samtal-${callId}.${format === 'json' ? 'json' : 'txt'}`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setNotice(t.copied);
    } catch {
      setNotice(t.copyFailed);
    }
  }

  return (
    <div className="card draft">
      <h3 id="draft-title" ref={title} tabIndex={-1}>
        {approved ? t.approvedNote : t.draft}
      </h3>
      <Field label={t.topic}>
        {(id) => (
          <select
            id={id}
            value={topic}
            onChange={(e) => changeTopic(e.target.value)}
            disabled={readOnly}
          >
            {!topics.some((x) => x.key === topic) && (
              <option value={topic}>{topicLabel(topics, topic, lang)}</option>
            )}
            <TopicOptions topics={topics} lang={lang} />
          </select>
        )}
      </Field>
      <Field label={readOnly ? t.readOnlyNote : t.editDraft} className="editor">
        {(id) => (
          <textarea
            id={id}
            value={text}
            onChange={(e) => setText(e.target.value)}
            readOnly={readOnly}
            rows={12}
          />
        )}
      </Field>
      <div className="actions">
        {editable && (
          <>
            {/* An approved note is no draft: no Save or Approve, only reopening it. */}
            {!approved && (
              <>
                <button
                  type="button"
                  onClick={() => void save(false)}
                  disabled={!dirty || busy}
                  title={dirty ? undefined : t.unchangedHint}
                >
                  {t.save}
                </button>
                <button
                  type="button"
                  className="primary"
                  onClick={() =>
                    lowQuality ? setConfirmApprove(true) : void save(true)
                  }
                  disabled={busy}
                >
                  {t.approve}
                </button>
              </>
            )}
            {approved && (
              <button
                type="button"
                onClick={() => void reopen()}
                disabled={busy}
              >
                {t.reopen}
              </button>
            )}
            <button type="button" onClick={() => void copy()}>
              {t.copy}
            </button>
            <button type="button" onClick={() => void download('text')}>
              {t.exportText}
            </button>
            <button type="button" onClick={() => void download('json')}>
              {t.exportJson}
            </button>
          </>
        )}
      </div>
      {approved && (
        <p className="approved" data-testid="approved">
          {t.approved} {formatTime(approved.at)} · {names(approved.by)}
        </p>
      )}
      <div role="status" aria-live="polite" className="notice">
        {notice}
        {conflict && theirChanges && (
          <span className="conflict-changes">
            {t.conflictTheirChanges} {theirChanges.version}:
            <pre className="diff" data-testid="conflict-changes">
              {theirChanges.changes || t.conflictNoTextChanges}
            </pre>
          </span>
        )}
        {conflict && (
          <span className="actions">
            <button type="button" onClick={() => void reload()}>
              {t.conflictReload}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void keepMine()}
            >
              {t.conflictKeep}
            </button>
          </span>
        )}
      </div>
      {confirmApprove && (
        <ConfirmDialog
          title={t.approveLowTitle}
          confirm={t.approveLowConfirm}
          cancel={t.cancel}
          onConfirm={() => {
            setConfirmApprove(false);
            void save(true);
          }}
          onCancel={() => setConfirmApprove(false)}
        >
          {t.approveLowText}
        </ConfirmDialog>
      )}
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          title={t.unsavedTitle}
          confirm={t.leave}
          cancel={t.stay}
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        >
          {t.unsavedText}
        </ConfirmDialog>
      )}

      <details className="sources">
        <summary>{t.sources}</summary>
        <p className="topic">
          {t.topic}:{' '}
          <strong data-testid="draft-topic">
            {topicLabel(topics, journal.draft.topic.key, lang)}
          </strong>
          {journal.draft.topic.cues.length > 0 && (
            <small>
              {' '}
              ({t.topicBecause}{' '}
              {journal.draft.topic.cues.map((c) => `”${c.cue}”`).join(', ')})
            </small>
          )}
        </p>
        {journal.draft.sections
          .filter((s) => s.sentences.length > 0)
          .map((section) => (
            <div key={section.key} className="section">
              <h4>{section.title}</h4>
              {/* Focus shows a sentence's source as hover does: the items are focusable on purpose. */}
              {/* eslint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions */}
              <ul>
                {section.sentences.map((sentence, i) => (
                  <li
                    key={i}
                    tabIndex={0}
                    onMouseEnter={() => onHighlight(sentence.segmentIndexes)}
                    onMouseLeave={() => onHighlight([])}
                    onFocus={() => onHighlight(sentence.segmentIndexes)}
                    onBlur={() => onHighlight([])}
                    aria-describedby={sentence.segmentIndexes
                      .map((s) => `turn-${s}`)
                      .join(' ')}
                  >
                    {sentence.text}
                    {sentence.followUp?.dueDate && (
                      <span className="due" data-testid="follow-up-date">
                        {' '}
                        (
                        {sentence.followUp.preposition === 'on'
                          ? t.dueOn
                          : t.due}{' '}
                        {sentence.followUp.dueDate})
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              {/* eslint-enable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions */}
            </div>
          ))}
      </details>

      {versions.data && (
        <VersionHistory versions={versions.data} names={names} />
      )}
    </div>
  );
}
