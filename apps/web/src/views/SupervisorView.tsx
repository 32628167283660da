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
import { useCallback, useEffect, useRef, useState } from 'react';
import { Bar, Doughnut, Line } from 'react-chartjs-2';
import type { SentimentDashboard } from '@samtal/contracts';
import type { Api, CallSummary, Session } from '../api.js';
import { formatTime, useI18n } from '../i18n.js';
import { useLive } from '../live.js';
import { TopicOptions, topicLabel, useTopics } from '../topics.js';
import { CallDetail } from './CallDetail.js';
import { CallList } from './CallList.js';

ChartJS.register(ArcElement, BarElement, CategoryScale, Legend, LineElement, LinearScale, PointElement, Tooltip);

const HOUR_MS = 3_600_000;
/** Distinguishable colours (Okabe–Ito), readable for colour-blind users. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000', '#999999', '#7F3C8D', '#11A579'];
const toInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** The supervisor's dashboard over the team's calls, refreshed live as calls are drafted. */
export function SupervisorView({ api, session }: { api: Api; session: Session }) {
  const { t, lang } = useI18n();
  const topics = useTopics(api);
  const [from, setFrom] = useState(() => toInput(new Date(Date.now() - 24 * HOUR_MS)));
  const [to, setTo] = useState(() => toInput(new Date(Date.now() + HOUR_MS)));
  const [topic, setTopic] = useState('');
  const [agent, setAgent] = useState('');
  const [data, setData] = useState<SentimentDashboard | null>(null);
  const [calls, setCalls] = useState<CallSummary[]>([]);
  const [selected, setSelected] = useState<string>();
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  const reload = useCallback(async () => {
    const query = new URLSearchParams({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
    if (topic) query.set('topic', topic);
    if (agent) query.set('agent', agent);
    const [dashboard, list] = await Promise.all([api.dashboard(query), api.calls()]);
    setData(dashboard);
    setCalls(list);
  }, [api, from, to, topic, agent]);
  useEffect(() => void reload(), [reload]);

  // Many events can arrive at once: refresh at most once a second.
  const soon = () => {
    clearTimeout(pending.current);
    pending.current = setTimeout(() => void reload(), 1_000);
  };
  useLive(session.accessToken, { ready: soon, 'journal.updated': soon, 'sentiment.updated': soon, 'call.updated': soon });

  const hourLabel = (iso: string) => new Date(iso).toLocaleTimeString(lang === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit' });

  return (
    <div className="supervisor">
      <section className="card" aria-labelledby="dash-title">
        <h2 id="dash-title">{t.dashboard}</h2>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <label>
            {t.from}
            <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            {t.to}
            <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          <label>
            {t.topic}
            <select value={topic} onChange={(e) => setTopic(e.target.value)}>
              <option value="">{t.allTopics}</option>
              <TopicOptions topics={topics} lang={lang} />
            </select>
          </label>
          <label>
            {t.agent}
            <select value={agent} onChange={(e) => setAgent(e.target.value)}>
              <option value="">{t.allAgents}</option>
              {data?.agents.map((a) => (
                <option key={a.agentId}>{a.agentId}</option>
              ))}
            </select>
          </label>
        </form>
        <p>
          {t.calls}: <strong data-testid="dashboard-calls">{data?.calls ?? 0}</strong>
        </p>
      </section>

      {data && (
        <div className="charts">
          <figure className="card">
            <figcaption>{t.callsPerHour}</figcaption>
            <Bar
              aria-label={t.callsPerHour}
              role="img"
              data={{ labels: data.callsPerHour.map((h) => hourLabel(h.hour)), datasets: [{ label: t.calls, data: data.callsPerHour.map((h) => h.calls), backgroundColor: '#1f6feb' }] }}
              options={{ animation: false, plugins: { legend: { display: false } } }}
            />
          </figure>
          <figure className="card">
            <figcaption>{t.topics}</figcaption>
            <Doughnut
              aria-label={t.topics}
              role="img"
              data={{
                labels: data.topics.map((x) => topicLabel(topics, x.topic, lang)),
                datasets: [{ data: data.topics.map((x) => x.calls), backgroundColor: PALETTE }],
              }}
              options={{ animation: false }}
            />
          </figure>
          <figure className="card">
            <figcaption>{t.sentimentOverTime}</figcaption>
            <Line
              aria-label={t.sentimentOverTime}
              role="img"
              data={{
                labels: data.callerSentiment.map((p) => formatTime(p.at, lang)),
                datasets: [{ label: t.callerSentiment, data: data.callerSentiment.map((p) => p.score), borderColor: '#b35c00', tension: 0.2 }],
              }}
              options={{ animation: false, scales: { y: { min: -1, max: 1 } } }}
            />
          </figure>
          <section className="card" aria-labelledby="agents-title">
            <h3 id="agents-title">{t.perAgent}</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.agent}</th>
                  <th scope="col">{t.calls}</th>
                  <th scope="col">{t.average}</th>
                </tr>
              </thead>
              <tbody>
                {data.agents.map((a) => (
                  <tr key={a.agentId}>
                    <th scope="row">{a.agentId}</th>
                    <td>{a.calls}</td>
                    <td>{a.averageCallerSentiment?.toFixed(2) ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="card" aria-labelledby="alerts-title">
            <h3 id="alerts-title">{t.callsWithAlerts}</h3>
            {data.alerts.length === 0 ? (
              <p>{t.noAlerts}</p>
            ) : (
              <ul className="alerts">
                {data.alerts.map((a) => (
                  <li key={a.callId}>
                    <button type="button" className="link" onClick={() => setSelected(a.callId)}>
                      {formatTime(a.at, lang)} · {a.agentId} · {topicLabel(topics, a.topic, lang)}
                    </button>{' '}
                    <span className="alert">{a.alerts.map((k) => t.alertKinds[k]).join(', ')}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}

      <CallList calls={calls} selected={selected} onSelect={setSelected} title={t.teamCalls} showAgent topics={topics} />
      {selected && <CallDetail api={api} callId={selected} editable={false} refreshKey={0} />}
    </div>
  );
}
