import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CallSummary, FailedJob, QueueRow } from '../api.js';
import { DataTable } from '../components/DataTable.js';
import { ViewHeading } from '../components/Heading.js';
import { CallDetail } from './call/CallDetail.js';
import {
  errorText,
  formatAge,
  formatClock,
  formatTime,
  useI18n,
} from '../i18n.js';
import { useLiveEvents } from '../live.js';
import { useCalls } from '../queries.js';
import { useSignedIn } from '../session.js';

const REFRESH_MS = 5_000;

/** A replayed call's history, read when opened: each replay's time, who, the failure it answered, and its outcome. */
function ReplayHistoryDetails({ callId }: { callId: string }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [open, setOpen] = useState(false);
  const history = useQuery({
    queryKey: ['ops', 'replays', callId],
    queryFn: () => api.replays(callId),
    enabled: open,
  });
  return (
    <details
      className="replay-history"
      data-testid="replay-history"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t.replayHistory}</summary>
      {open && (
        <ol>
          {history.isPending && <li>{t.loading}</li>}
          {history.isError && <li>{t.loadFailed}</li>}
          {(history.data?.replays ?? []).map((r) => (
            <li key={r.replay} data-replay={r.replay}>
              <strong>
                {t.replayNumber} {r.replay}
              </strong>{' '}
              · {t.replayedWhen} {formatTime(r.at)} · {t.replayedBy}{' '}
              <span data-testid="replayed-by">
                {r.by.name ? `${r.by.name} (${r.by.id})` : r.by.id}
              </span>
              <br />
              {t.previousFailure}:{' '}
              {r.failed ? (
                <span data-testid="replay-failed">
                  {t.stages[r.failed.stage] ?? r.failed.stage} –{' '}
                  {errorText(t, r.failed.reason)}
                </span>
              ) : (
                t.notFailed
              )}
              <br />
              {t.outcome}:{' '}
              <span
                data-testid="replay-outcome"
                data-outcome={r.outcome.status}
              >
                {t.outcomes[r.outcome.status]}
                {r.outcome.status === 'failed' &&
                  ` · ${t.stages[r.outcome.stage] ?? r.outcome.stage} – ${errorText(t, r.outcome.reason)} · ${formatTime(r.outcome.at)}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** Ops (`/ops`): failed jobs to replay, replayed calls, queue depth and movement, and every service's health. No call content. */
export function OpsView() {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState('');

  // Each panel on its own query: one failing request does not blank the others.
  const failed = useQuery({
    queryKey: ['ops', 'failed'],
    queryFn: () => api.failedJobs(),
    refetchInterval: REFRESH_MS,
  });
  const queues = useQuery({
    queryKey: ['ops', 'queues'],
    queryFn: () => api.queues(),
    refetchInterval: REFRESH_MS,
  });
  const health = useQuery({
    queryKey: ['ops', 'health'],
    queryFn: () => api.health(),
    refetchInterval: REFRESH_MS,
  });
  const calls = useCalls();
  // The gateway decides that a queue stands still (QUEUE_STALL_MS) and says so in each row, so the
  // alert shows on arrival too; its `queue.stall` event refreshes the rows at once.
  const stalledQueues = (queues.data ?? []).flatMap((q) =>
    q.stalledSince ? [{ ...q, stalledSince: q.stalledSince }] : [],
  );
  const [queueNotice, setQueueNotice] = useState('');
  const queueName = (consumer: string) => t.queueNames[consumer] ?? consumer;
  useLiveEvents((event) => {
    if (event.name !== 'queue.stall') return;
    void queryClient.invalidateQueries({ queryKey: ['ops', 'queues'] });
    setQueueNotice(
      event.payload['state'] === 'recovered'
        ? `${t.queueRecovered}: ${queueName(String(event.payload['consumer']))}`
        : `${t.stalled}: ${queueName(String(event.payload['consumer']))}`,
    );
  });
  const replayedCalls = (calls.data ?? []).filter((c) => (c.replays ?? 0) > 0);

  const replay = useMutation({
    mutationFn: async (ids: string[] | 'all') =>
      ids === 'all'
        ? (await api.replayAllFailed()).replayed
        : Promise.all(ids.map((id) => api.replay(id))).then(() => ids),
    onSuccess: async (ids) => {
      setNotice(`${t.replayed}: ${ids.length}`);
      setChosen(new Set());
      await queryClient.invalidateQueries({ queryKey: ['ops'] });
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
    },
    onError: (err) => setNotice(String(err.message)),
  });

  const jobs = failed.data ?? [];
  const allChosen = jobs.length > 0 && jobs.every((j) => chosen.has(j.callId));
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="ops">
      {stalledQueues.length > 0 && (
        <section
          className="card stall-alert"
          role="alert"
          aria-labelledby="stalled-title"
          data-testid="stall-alert"
        >
          <h2 id="stalled-title">{t.stalledQueues}</h2>
          <p>{t.stalledQueuesHelp}</p>
          <ul>
            {stalledQueues.map((q) => (
              <li key={q.consumer} data-consumer={q.consumer}>
                <strong>{queueName(q.consumer)}</strong> ({q.consumer}) ·{' '}
                {t.waiting}{' '}
                {q.waiting} · {t.inProgress} {q.inProgress} · {t.stalledFor}{' '}
                {formatClock(new Date(q.stalledSince), true)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="failed-title">
        <ViewHeading id="failed-title">{t.failedJobs}</ViewHeading>
        {jobs.length > 0 && (
          <label className="inline">
            <input
              type="checkbox"
              checked={allChosen}
              onChange={() =>
                setChosen(
                  allChosen ? new Set() : new Set(jobs.map((j) => j.callId)),
                )
              }
            />
            {t.selectAll}
          </label>
        )}
        <DataTable<FailedJob>
          rows={jobs}
          rowKey={(j) => `${j.stage}:${j.callId}`}
          rowProps={(j) => ({ 'data-call-id': j.callId })}
          empty={failed.isPending ? t.loading : t.noFailedJobs}
          columns={[
            {
              key: 'select',
              header: t.select,
              cell: (j) => (
                <input
                  type="checkbox"
                  checked={chosen.has(j.callId)}
                  onChange={() => toggle(j.callId)}
                  aria-label={`${t.select} ${j.callId}`}
                />
              ),
            },
            {
              key: 'call',
              header: t.call,
              // Whose call and when it came in, and a link that opens it; the id for the command line.
              cell: (j) => (
                <>
                  <Link
                    to={`/ops/calls/${j.callId}`}
                    aria-label={`${t.openCall} ${j.calledAt ? formatTime(j.calledAt) : j.callId}`}
                  >
                    {t.openCall}
                  </Link>
                  <br />
                  <code className="muted call-id">{j.callId}</code>
                </>
              ),
            },
            {
              key: 'agent',
              header: t.agent,
              cell: (j) => j.agentName ?? j.agentId ?? '–',
            },
            {
              key: 'arrived',
              header: t.arrivedAt,
              cell: (j) => (j.calledAt ? formatTime(j.calledAt) : '–'),
              className: 'nowrap',
            },
            {
              key: 'stage',
              header: t.stage,
              cell: (j) => t.stages[j.stage] ?? j.stage,
            },
            {
              key: 'error',
              header: t.error,
              cell: (j) => (
                <>
                  <span className="error-text">{errorText(t, j.error)}</span>
                  <details>
                    <summary>{t.technical}</summary>
                    <code>{j.error}</code>
                  </details>
                </>
              ),
            },
            {
              key: 'attempts',
              header: t.attempts,
              cell: (j) => j.attempts,
              className: 'num',
            },
            {
              key: 'at',
              header: t.failedAt,
              cell: (j) => formatTime(j.failedAt),
              className: 'nowrap',
            },
            {
              key: 'replay',
              header: t.replay,
              cell: (j) => (
                <button
                  type="button"
                  onClick={() => replay.mutate([j.callId])}
                  aria-label={`${t.replay} ${j.callId}`}
                  disabled={replay.isPending}
                >
                  {t.replay}
                </button>
              ),
            },
          ]}
        />
        <div className="actions">
          <button
            type="button"
            disabled={chosen.size === 0 || replay.isPending}
            onClick={() => replay.mutate([...chosen])}
          >
            {t.replaySelected}
          </button>
          <button
            type="button"
            className="primary"
            disabled={jobs.length === 0 || replay.isPending}
            onClick={() => replay.mutate('all')}
          >
            {t.replayAll}
          </button>
        </div>
        <p role="status" aria-live="polite">
          {notice}
        </p>
      </section>

      <section
        className="card"
        aria-labelledby="replayed-title"
        data-testid="replayed"
      >
        <h2 id="replayed-title">{t.replayedCalls}</h2>
        <DataTable<CallSummary>
          rows={replayedCalls}
          rowKey={(c) => c.id}
          rowProps={(c) => ({ 'data-call-id': c.id })}
          empty={t.noReplays}
          columns={[
            { key: 'id', header: t.callId, cell: (c) => <code>{c.id}</code> },
            {
              key: 'status',
              header: t.status,
              cell: (c) => (
                <span
                  className={`status status-${c.status}`}
                  data-status={c.status}
                >
                  {t.statuses[c.status]}
                </span>
              ),
            },
            {
              key: 'replays',
              header: t.replays,
              cell: (c) => <span data-testid="replays">{c.replays}</span>,
              className: 'num',
            },
            {
              key: 'at',
              header: t.updatedAt,
              cell: (c) => formatTime(c.updatedAt ?? c.createdAt),
              className: 'nowrap',
            },
            {
              key: 'history',
              header: t.replayNumber,
              cell: (c) => <ReplayHistoryDetails callId={c.id} />,
            },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="queues-title">
        <h2 id="queues-title">{t.queues}</h2>
        <p className="muted" data-testid="queues-updated">
          {t.updatedAt}{' '}
          {queues.dataUpdatedAt
            ? formatClock(new Date(queues.dataUpdatedAt), true)
            : '–'}{' '}
          ({t.autoRefresh})
        </p>
        <p role="status" aria-live="polite" data-testid="queue-notice">
          {queueNotice}
        </p>
        <DataTable<QueueRow>
          rows={queues.data ?? []}
          rowKey={(q) => q.consumer}
          empty={queues.isPending ? t.loading : t.loadFailed}
          columns={[
            {
              key: 'queue',
              header: t.queue,
              rowHeader: true,
              cell: (q) => (
                <>
                  {queueName(q.consumer)}{' '}
                  <small>
                    ({q.consumer} · {q.subject})
                  </small>
                </>
              ),
            },
            {
              key: 'waiting',
              header: t.waiting,
              cell: (q) => q.waiting,
              className: 'num',
            },
            {
              key: 'progress',
              header: t.inProgress,
              cell: (q) => q.inProgress,
              className: 'num',
            },
            {
              key: 'retries',
              header: t.redelivered,
              cell: (q) => q.redelivered,
              className: 'num',
            },
            {
              // Rendered again at each refresh (dataUpdatedAt changes), so the age keeps counting.
              key: 'age',
              header: t.waitTime,
              cell: (q) =>
                q.oldestWaitingSince ? (
                  <span
                    data-testid="oldest-waiting"
                    title={formatTime(q.oldestWaitingSince)}
                  >
                    {t.oldestWaiting}{' '}
                    {formatAge(
                      (queues.dataUpdatedAt || Date.now()) -
                        Date.parse(q.oldestWaitingSince),
                    )}
                  </span>
                ) : (
                  '–'
                ),
              className: 'nowrap',
            },
            {
              key: 'moved',
              header: t.stalledFor,
              cell: (q) =>
                q.stalledSince ? (
                  <span className="alert" data-testid="stalled-since">
                    {formatClock(new Date(q.stalledSince), true)} · {t.stalled}
                  </span>
                ) : (
                  '–'
                ),
            },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="health-title">
        <h2 id="health-title">{t.health}</h2>
        <DataTable
          rows={health.data ?? []}
          rowKey={(h) => h.service}
          empty={health.isPending ? t.loading : t.loadFailed}
          columns={[
            {
              key: 'service',
              header: t.service,
              rowHeader: true,
              cell: (h) => h.service,
            },
            {
              key: 'status',
              header: t.status,
              cell: (h) => (
                <span className={`health-${h.status}`}>
                  {t.healthStatuses[h.status] ?? h.status}
                </span>
              ),
            },
            {
              // What each service reaches (NATS, MongoDB) as that process sees it.
              key: 'parts',
              header: t.healthParts,
              cell: (h) =>
                Object.entries(h.details).map(([part, d], i) => (
                  <span key={part}>
                    {i > 0 && ' · '}
                    <span
                      className={`health-part health-${d.status}`}
                      data-part={part}
                    >
                      {t.healthPartNames[part] ?? part}:{' '}
                      {t.healthStatuses[d.status] ?? d.status}
                    </span>
                  </span>
                )),
            },
          ]}
        />
        <button
          type="button"
          onClick={() =>
            void queryClient.invalidateQueries({ queryKey: ['ops'] })
          }
        >
          {t.refresh}
        </button>
      </section>
    </div>
  );
}

/** One call as ops see it (`/ops/calls/:id`): its status and, when it failed, why. No content. */
export function OpsCallView() {
  const { t } = useI18n();
  const { id } = useParams();
  return (
    <div className="ops-call">
      <p>
        <Link to="/ops">{t.backToOps}</Link>
      </p>
      {id && <CallDetail key={id} callId={id} editable={false} scrollIntoView />}
    </div>
  );
}
