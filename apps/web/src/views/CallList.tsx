import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CallStatus, CallSummary, Topic } from '../api.js';
import { Field } from '../components/Field.js';
import { ViewHeading } from '../components/Heading.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { formatDuration, formatTime, useI18n } from '../i18n.js';
import { topicLabel } from '../topics.js';

const PAGE_SIZE = 10;
const STATUSES: CallStatus[] = [
  'received',
  'transcribing',
  'transcribed',
  'drafted',
  'approved',
  'failed',
];
const BUSY: CallStatus[] = ['received', 'transcribing', 'transcribed'];

/**
 * The calls as a table, with search, a status filter and pages. A row opens its call at
 * `/calls/:id` (a link, so it works with the keyboard and in a new tab).
 */
export function CallList({
  calls,
  selected,
  title,
  showAgent,
  topics,
  loading,
  failed,
  progress,
  actions,
  empty,
}: {
  calls: CallSummary[];
  selected?: string;
  title: string;
  showAgent?: boolean;
  topics: Topic[];
  loading?: boolean;
  failed?: boolean;
  /** Per call being transcribed: how far it got (0–1), when the server tells. */
  progress?: Record<string, number>;
  actions?: ReactNode;
  /** What an empty list says (default: no calls yet, or none matching the search). */
  empty?: string;
}) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CallStatus | ''>('');
  const [page, setPage] = useState(0);

  const needle = search.trim().toLowerCase();
  const shown = calls.filter(
    (c) =>
      (!status || c.status === status) &&
      (!needle ||
        [
          formatTime(c.createdAt),
          t.statuses[c.status],
          topicLabel(topics, c.topic, lang, ''),
          c.agentName ?? c.agentId,
        ].some((s) => s.toLowerCase().includes(needle))),
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  const columns: Column<CallSummary>[] = [
    {
      key: 'time',
      header: t.time,
      className: 'nowrap',
      cell: (call) => (
        <Link
          to={`/calls/${call.id}`}
          aria-label={`${formatTime(call.createdAt)} ${t.statuses[call.status]}`}
          aria-current={call.id === selected ? 'page' : undefined}
        >
          {formatTime(call.createdAt)}
        </Link>
      ),
    },
    ...(showAgent
      ? [
          {
            key: 'agent',
            header: t.agent,
            cell: (call: CallSummary) => call.agentName ?? call.agentId,
            className: 'nowrap',
          },
        ]
      : []),
    {
      key: 'duration',
      header: t.duration,
      cell: (call) => formatDuration(call.durationMs),
      className: 'nowrap num',
    },
    {
      key: 'status',
      header: t.status,
      className: 'nowrap',
      cell: (call) => (
        <>
          <span
            className={`status status-${call.status}`}
            data-status={call.status}
          >
            {t.statuses[call.status]}
          </span>
          {/* The banner's wording, in the list: the draft and sentiment rest on uncertain recognition. */}
          {call.transcriptQuality === 'low' && (
            <span
              className="quality-flag"
              title={t.lowQualityText}
              data-testid="low-quality-flag"
            >
              {t.lowQualityTitle}
            </span>
          )}
          {BUSY.includes(call.status) && (
            <progress
              className="call-progress"
              aria-label={t.statuses[call.status]}
              max={1}
              value={progress?.[call.id]}
              data-testid="call-progress"
            />
          )}
          {call.queuePosition !== null && (
            <small className="queue-position" data-testid="queue-position">
              {' '}
              {t.queuePosition}: {call.queuePosition}
            </small>
          )}
        </>
      ),
    },
    {
      key: 'topic',
      header: t.topic,
      className: 'topic',
      cell: (call) => topicLabel(topics, call.topic, lang),
    },
  ];

  return (
    <section className="card calls-card" aria-labelledby="calls-title">
      <ViewHeading id="calls-title">{title}</ViewHeading>
      <form
        className="list-filters"
        role="search"
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label={t.search}>
          {(id) => (
            <input
              id={id}
              type="search"
              value={search}
              onChange={(e) => (setSearch(e.target.value), setPage(0))}
            />
          )}
        </Field>
        <Field label={t.status}>
          {(id) => (
            <select
              id={id}
              value={status}
              onChange={(e) => (
                setStatus(e.target.value as CallStatus | ''),
                setPage(0)
              )}
            >
              <option value="">{t.allStatuses}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.statuses[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {actions}
      {loading ? (
        <p>{t.loading}</p>
      ) : failed ? (
        <p role="alert">{t.loadFailed}</p>
      ) : (
        <DataTable
          className="calls"
          columns={columns}
          rows={rows}
          rowKey={(c) => c.id}
          rowProps={(c) => ({
            'aria-selected': c.id === selected,
            'data-call-id': c.id,
          })}
          empty={empty ?? (calls.length === 0 ? t.noCalls : t.noMatches)}
        />
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t.page}>
          <button
            type="button"
            onClick={() => setPage(current - 1)}
            disabled={current === 0}
          >
            {t.previous}
          </button>
          <span>
            {t.page} {current + 1} {t.of} {pages}
          </span>
          <button
            type="button"
            onClick={() => setPage(current + 1)}
            disabled={current >= pages - 1}
          >
            {t.next}
          </button>
        </nav>
      )}
    </section>
  );
}
