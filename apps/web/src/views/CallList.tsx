import type { CallSummary, Topic } from '../api.js';
import { topicLabel } from '../topics.js';
import { formatDuration, formatTime, useI18n } from '../i18n.js';

/** The calls as a table; a row is chosen with a click or the keyboard (it is a button). */
export function CallList({ calls, selected, onSelect, title, showAgent, topics }: {
  calls: CallSummary[];
  selected?: string;
  onSelect: (id: string) => void;
  title: string;
  showAgent?: boolean;
  topics: Topic[];
}) {
  const { t, lang } = useI18n();
  return (
    <section className="card" aria-labelledby="calls-title">
      <h2 id="calls-title">{title}</h2>
      {calls.length === 0 ? (
        <p>{t.noCalls}</p>
      ) : (
        <table className="calls">
          <thead>
            <tr>
              <th scope="col">{t.time}</th>
              {showAgent && <th scope="col">{t.agent}</th>}
              <th scope="col">{t.duration}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.topic}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((call) => (
              <tr key={call.id} aria-selected={call.id === selected} data-call-id={call.id}>
                <td>
                  <button type="button" className="link" onClick={() => onSelect(call.id)} aria-label={`${formatTime(call.createdAt, lang)} ${t.statuses[call.status]}`}>
                    {formatTime(call.createdAt, lang)}
                  </button>
                </td>
                {showAgent && <td>{call.agentId}</td>}
                <td>{formatDuration(call.durationMs)}</td>
                <td>
                  <span className={`status status-${call.status}`} data-status={call.status}>
                    {t.statuses[call.status]}
                  </span>
                </td>
                <td>{topicLabel(topics, call.topic, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
