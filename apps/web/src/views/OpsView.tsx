import { useCallback, useEffect, useState } from 'react';
import type { Api, FailedJob, HealthRow, QueueRow, Session } from '../api.js';
import { formatTime, useI18n } from '../i18n.js';
import { useLive } from '../live.js';

/** Ops: failed jobs to replay, queue depth and lag, and every service's health. No call content. */
export function OpsView({ api, session }: { api: Api; session: Session }) {
  const { t, lang } = useI18n();
  const [failed, setFailed] = useState<FailedJob[]>([]);
  const [queues, setQueues] = useState<QueueRow[]>([]);
  const [health, setHealth] = useState<HealthRow[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState('');

  // Each panel on its own: one failing request must not blank the others.
  const reload = useCallback(async () => {
    await Promise.allSettled([api.failedJobs().then(setFailed), api.queues().then(setQueues), api.health().then(setHealth)]);
  }, [api]);
  useEffect(() => void reload(), [reload]);
  useLive(session.accessToken, { ready: () => void reload(), 'call.updated': () => void reload(), alert: () => void reload() });

  async function replay(ids: string[]) {
    for (const id of ids) await api.replay(id);
    setNotice(`${t.replayed}: ${ids.length}`);
    setChosen(new Set());
    await reload();
  }

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="ops">
      <section className="card" aria-labelledby="failed-title">
        <h2 id="failed-title">{t.failedJobs}</h2>
        {failed.length === 0 ? (
          <p>{t.noFailedJobs}</p>
        ) : (
          <>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.select}</th>
                  <th scope="col">{t.callId}</th>
                  <th scope="col">{t.stage}</th>
                  <th scope="col">{t.error}</th>
                  <th scope="col">{t.attempts}</th>
                  <th scope="col">{t.failedAt}</th>
                  <th scope="col">{t.replay}</th>
                </tr>
              </thead>
              <tbody>
                {failed.map((job) => (
                  <tr key={`${job.stage}:${job.callId}`} data-call-id={job.callId}>
                    <td>
                      <input type="checkbox" checked={chosen.has(job.callId)} onChange={() => toggle(job.callId)} aria-label={`${t.select} ${job.callId}`} />
                    </td>
                    <td>
                      <code>{job.callId}</code>
                    </td>
                    <td>{job.stage}</td>
                    <td>{job.error}</td>
                    <td>{job.attempts}</td>
                    <td>{formatTime(job.failedAt, lang)}</td>
                    <td>
                      <button type="button" onClick={() => void replay([job.callId])} aria-label={`${t.replay} ${job.callId}`}>
                        {t.replay}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="primary" disabled={chosen.size === 0} onClick={() => void replay([...chosen])}>
              {t.replaySelected}
            </button>
          </>
        )}
        <p role="status" aria-live="polite">
          {notice}
        </p>
      </section>

      <section className="card" aria-labelledby="queues-title">
        <h2 id="queues-title">{t.queues}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.consumer}</th>
              <th scope="col">{t.waiting}</th>
              <th scope="col">{t.inProgress}</th>
              <th scope="col">{t.redelivered}</th>
            </tr>
          </thead>
          <tbody>
            {queues.map((q) => (
              <tr key={q.consumer}>
                <th scope="row">
                  {q.consumer} <small>({q.subject})</small>
                </th>
                <td>{q.waiting}</td>
                <td>{q.inProgress}</td>
                <td>{q.redelivered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="health-title">
        <h2 id="health-title">{t.health}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.service}</th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {health.map((h) => (
              <tr key={h.service}>
                <th scope="row">{h.service}</th>
                <td className={`health-${h.status}`}>{h.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => void reload()}>
          {t.refresh}
        </button>
      </section>
    </div>
  );
}
