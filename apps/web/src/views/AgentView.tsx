import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatTime, useI18n } from '../i18n.js';
import { useLiveEvents } from '../live.js';
import { useCalls, useTopicsQuery } from '../queries.js';
import { CallDetail } from './call/CallDetail.js';
import { CallList } from './CallList.js';

interface Toast {
  callId: string;
  at: string;
}

/** The agent's desk (`/calls`, `/calls/:id`): my recent calls (live), and the chosen call's note to edit and approve. */
export function AgentView() {
  const { t } = useI18n();
  const { id: selected } = useParams();
  const topics = useTopicsQuery();
  const calls = useCalls();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [progress, setProgress] = useState<Record<string, number>>({});

  useLiveEvents(({ name, payload }) => {
    const callId = payload.callId;
    if (!callId) return;
    // A new draft (journal.updated before any save: version 0), not the agent's own save.
    const drafted =
      name === 'journal.updated'
        ? payload['version'] === 0
        : name === 'journal.drafted';
    if (drafted && callId !== selected) {
      const at =
        calls.data?.find((c) => c.id === callId)?.createdAt ??
        new Date().toISOString();
      setToasts((current) =>
        [...current.filter((x) => x.callId !== callId), { callId, at }].slice(
          -3,
        ),
      );
    }
    // `call.progress` { callId, stage, percent: 0–100 }.
    if (name === 'call.progress' && typeof payload['percent'] === 'number')
      setProgress((p) => ({
        ...p,
        [callId]: (payload['percent'] as number) / 100,
      }));
  });
  const dismiss = (callId: string) =>
    setToasts((current) => current.filter((x) => x.callId !== callId));

  return (
    <div className="agent">
      <div className="toasts" role="status" aria-live="polite">
        {toasts
          .filter((toast) => toast.callId !== selected)
          .map((toast) => (
            <div
              key={toast.callId}
              className="toast"
              data-testid="new-draft"
              data-call-id={toast.callId}
            >
              {t.newDraft} {formatTime(toast.at)}{' '}
              <Link
                to={`/calls/${toast.callId}`}
                onClick={() => dismiss(toast.callId)}
              >
                {t.open}
              </Link>{' '}
              <button
                type="button"
                className="link"
                onClick={() => dismiss(toast.callId)}
              >
                {t.close}
              </button>
            </div>
          ))}
      </div>
      <CallList
        calls={calls.data ?? []}
        loading={calls.isPending}
        failed={calls.isError}
        selected={selected}
        title={t.myCalls}
        topics={topics}
        progress={progress}
      />
      {selected ? (
        <CallDetail key={selected} callId={selected} editable />
      ) : (
        <p className="card">{t.selectCall}</p>
      )}
    </div>
  );
}
