import { useQuery } from '@tanstack/react-query';
import {
  ArcElement,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useState, type ReactNode } from 'react';
import { Bar, Doughnut, Line } from 'react-chartjs-2';
import { Link, useNavigate, useParams } from 'react-router';
import type { CallSummary } from '../api.js';
import { DataTable } from '../components/DataTable.js';
import { Field } from '../components/Field.js';
import { ViewHeading } from '../components/Heading.js';
import {
  formatClock,
  formatDuration,
  formatScore,
  formatTime,
  parseTime,
  useI18n,
} from '../i18n.js';
import { useCalls, useTopicsQuery } from '../queries.js';
import { useSignedIn } from '../session.js';
import { TopicOptions, topicLabel } from '../topics.js';
import { CallDetail } from './call/CallDetail.js';
import { CallList } from './CallList.js';

ChartJS.register(
  ArcElement,
  BarElement,
  CategoryScale,
  Legend,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
);

const HOUR_MS = 3_600_000;
/** Distinguishable colours (Okabe–Ito), readable for colour-blind users. */
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#000000',
  '#999999',
  '#7F3C8D',
  '#11A579',
];

function Chart({
  title,
  empty,
  children,
}: {
  title: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <figure className="card">
      <figcaption>{title}</figcaption>
      {empty ? (
        <p className="no-data" data-testid="no-data">
          {t.noData}
        </p>
      ) : (
        children
      )}
    </figure>
  );
}

/** A CSV file of the rows shown (semicolons and a BOM: what Swedish Excel opens as columns). */
function downloadCsv(name: string, header: string[], rows: string[][]) {
  const quote = (s: string) =>
    /[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  const text =
    '\uFEFF' +
    [header, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') +
    '\r\n';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(
    new Blob([text], { type: 'text/csv;charset=utf-8' }),
  );
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** A point in time typed in Swedish format, marked invalid until it parses. */
function TimeField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          size={16}
          value={value}
          placeholder={t.timeFormat}
          title={t.badTime}
          aria-invalid={!parseTime(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** The supervisor's dashboard (`/dashboard`, `/calls/:id`) over the team's calls; the filters apply to charts and list alike. */
export function SupervisorView() {
  const { t, lang } = useI18n();
  const { api } = useSignedIn();
  const { id: selected } = useParams();
  const navigate = useNavigate();
  const topics = useTopicsQuery();
  // The period as typed (Swedish format and time, whatever the browser's locale: not the browser's
  // own date picker), and the last complete one, which charts and list follow.
  const [initial] = useState(() => ({
    from: new Date(Date.now() - 24 * HOUR_MS),
    to: new Date(Date.now() + HOUR_MS),
  }));
  const [from, setFrom] = useState(() => formatTime(initial.from));
  const [to, setTo] = useState(() => formatTime(initial.to));
  const [range, setRange] = useState(initial);
  const typed = (which: 'from' | 'to', text: string) => {
    (which === 'from' ? setFrom : setTo)(text);
    const at = parseTime(text);
    if (at) setRange((r) => ({ ...r, [which]: at }));
  };
  const [topic, setTopic] = useState('');
  const [agent, setAgent] = useState('');

  const dashboard = useQuery({
    queryKey: [
      'dashboard',
      range.from.toISOString(),
      range.to.toISOString(),
      topic,
      agent,
    ],
    queryFn: () => {
      const query = new URLSearchParams({
        from: range.from.toISOString(),
        to: range.to.toISOString(),
      });
      if (topic) query.set('topic', topic);
      if (agent) query.set('agent', agent);
      return api.dashboard(query);
    },
    placeholderData: (previous) => previous,
  });
  const calls = useCalls();

  const data = dashboard.data;
  const fromMs = range.from.getTime();
  const toMs = range.to.getTime();
  const shown = (calls.data ?? []).filter((c: CallSummary) => {
    const at = Date.parse(c.createdAt);
    return (
      at >= fromMs &&
      at < toMs &&
      (!agent || c.agentId === agent) &&
      (!topic || c.topic === topic)
    );
  });
  const label = (key: string | null) =>
    topicLabel(topics, key, lang, t.noDraftYet);
  // Agents by id, shown by name (the server knows the names; an unknown agent shows as its id).
  const agentNames = new Map<string, string>();
  for (const a of data?.agents ?? [])
    agentNames.set(a.agentId, a.agentName ?? a.agentId);
  for (const c of calls.data ?? [])
    agentNames.set(
      c.agentId,
      c.agentName ?? agentNames.get(c.agentId) ?? c.agentId,
    );
  const agentIds = [...agentNames.keys()].sort((a, b) =>
    agentNames.get(a)!.localeCompare(agentNames.get(b)!),
  );
  const agentName = (id: string) => agentNames.get(id) ?? id;

  const exportCsv = () =>
    downloadCsv(
      `samtal-${formatTime(range.from).slice(0, 10)}-${formatTime(range.to).slice(0, 10)}.csv`,
      [t.time, t.agent, t.duration, t.status, t.topic],
      shown.map((c) => [
        formatTime(c.createdAt),
        agentName(c.agentId),
        formatDuration(c.durationMs),
        t.statuses[c.status],
        topicLabel(topics, c.topic, lang, ''),
      ]),
    );

  return (
    <div className="supervisor">
      <section className="card" aria-labelledby="dash-title">
        <ViewHeading id="dash-title">{t.dashboard}</ViewHeading>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <TimeField
            label={t.from}
            value={from}
            onChange={(text) => typed('from', text)}
          />
          <TimeField
            label={t.to}
            value={to}
            onChange={(text) => typed('to', text)}
          />
          <Field label={t.topic}>
            {(id) => (
              <select
                id={id}
                value={topic}
                onChange={(e) => setTopic(e.target.value)}
              >
                <option value="">{t.allTopics}</option>
                <TopicOptions topics={topics} lang={lang} />
              </select>
            )}
          </Field>
          <Field label={t.agent}>
            {(id) => (
              <select
                id={id}
                value={agent}
                onChange={(e) => setAgent(e.target.value)}
              >
                <option value="">{t.allAgents}</option>
                {agentIds.map((a) => (
                  <option key={a} value={a}>
                    {agentName(a)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </form>
        {(!parseTime(from) || !parseTime(to)) && (
          <p className="alert" data-testid="bad-time">
            {t.badTime}
          </p>
        )}
        <p>
          {t.calls}:{' '}
          <strong data-testid="dashboard-calls">{data?.calls ?? 0}</strong>
          {data && (data.pending > 0 || data.failed > 0) && (
            <span className="muted" data-testid="dashboard-not-drafted">
              {' '}
              ({data.pending} {t.pendingCalls}, {data.failed} {t.failedCalls})
            </span>
          )}
        </p>
        {data && data.lowQualityCalls > 0 && (
          <p className="muted" data-testid="sentiment-excluded">
            {t.sentimentExcluded(data.lowQualityCalls)}
          </p>
        )}
      </section>

      {data && (
        <div className="charts">
          <Chart
            title={t.callsPerHour}
            empty={data.callsPerHour.every((h) => h.calls === 0)}
          >
            <Bar
              aria-label={t.callsPerHour}
              role="img"
              data={{
                labels: data.callsPerHour.map((h) => formatClock(h.hour)),
                datasets: [
                  {
                    label: t.calls,
                    data: data.callsPerHour.map((h) => h.calls),
                    backgroundColor: '#1f6feb',
                  },
                ],
              }}
              options={{
                animation: false,
                plugins: { legend: { display: false } },
              }}
            />
          </Chart>
          <Chart title={t.topics} empty={data.topics.length === 0}>
            <Doughnut
              aria-label={t.topics}
              role="img"
              data={{
                labels: data.topics.map((x) => label(x.topic)),
                datasets: [
                  {
                    data: data.topics.map((x) => x.calls),
                    backgroundColor: PALETTE,
                  },
                ],
              }}
              // Drill-down: a slice filters charts and list by its topic.
              options={{
                animation: false,
                onClick: (_e, elements) =>
                  elements[0] &&
                  setTopic(data.topics[elements[0].index]!.topic ?? ''),
              }}
            />
          </Chart>
          <Chart
            title={t.sentimentOverTime}
            empty={data.callerSentiment.length === 0}
          >
            <Line
              aria-label={t.sentimentOverTime}
              role="img"
              data={{
                labels: data.callerSentiment.map((p) => formatTime(p.at)),
                datasets: [
                  {
                    label: t.callerSentiment,
                    data: data.callerSentiment.map((p) => p.score),
                    borderColor: '#b35c00',
                    tension: 0.2,
                  },
                ],
              }}
              options={{ animation: false, scales: { y: { min: -1, max: 1 } } }}
            />
          </Chart>
          <section className="card" aria-labelledby="agents-title">
            <h3 id="agents-title">{t.perAgent}</h3>
            <DataTable
              rows={data.agents}
              rowKey={(a) => a.agentId}
              rowProps={(a) => ({ 'data-agent-id': a.agentId })}
              empty={t.noData}
              columns={[
                {
                  key: 'agent',
                  header: t.agent,
                  rowHeader: true,
                  cell: (a) => (
                    <button
                      type="button"
                      className="link"
                      onClick={() => setAgent(a.agentId)}
                      aria-label={`${t.showAgent} ${agentName(a.agentId)}`}
                    >
                      {agentName(a.agentId)}
                    </button>
                  ),
                },
                {
                  key: 'calls',
                  header: t.calls,
                  cell: (a) => a.calls,
                  className: 'num',
                },
                {
                  key: 'avg',
                  header: <span title={t.averageHint}>{t.average}</span>,
                  cell: (a) =>
                    a.averageCallerSentiment === null
                      ? '–'
                      : formatScore(a.averageCallerSentiment, lang),
                  className: 'num',
                },
              ]}
            />
          </section>
          <section className="card" aria-labelledby="alerts-title">
            <h3 id="alerts-title">{t.callsWithAlerts}</h3>
            {data.alerts.length === 0 ? (
              <p>{t.noAlerts}</p>
            ) : (
              <ul className="alerts">
                {data.alerts.map((a) => (
                  <li key={a.callId} data-call-id={a.callId}>
                    <Link to={`/calls/${a.callId}`}>
                      {formatTime(a.at)} · {agentName(a.agentId)} ·{' '}
                      {label(a.topic)}
                    </Link>{' '}
                    <span className="alert">
                      {a.alerts.map((k) => t.alertKinds[k]).join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}

      <CallList
        calls={shown}
        loading={calls.isPending}
        failed={calls.isError}
        selected={selected}
        title={t.teamCalls}
        showAgent
        topics={topics}
        empty={
          shown.length === 0 && calls.data?.length ? t.noMatches : undefined
        }
        actions={
          <button
            type="button"
            onClick={exportCsv}
            disabled={shown.length === 0}
          >
            {t.exportCsv}
          </button>
        }
      />
      {selected && (
        <CallDetail
          key={selected}
          callId={selected}
          editable={false}
          scrollIntoView
        />
      )}
      {selected && (
        <button type="button" onClick={() => void navigate('/dashboard')}>
          {t.close}
        </button>
      )}
    </div>
  );
}
