import { useCallback, useEffect, useState } from 'react';
import type { JournalUpdated } from '@samtal/contracts';
import type { Api, CallSummary, Session } from '../api.js';
import { useI18n } from '../i18n.js';
import { useLive } from '../live.js';
import { useTopics } from '../topics.js';
import { CallDetail } from './CallDetail.js';
import { CallList } from './CallList.js';

/** The agent's desk: my recent calls (live), and the selected call's draft to edit and approve. */
export function AgentView({ api, session }: { api: Api; session: Session }) {
  const { t } = useI18n();
  const topics = useTopics(api);
  const [calls, setCalls] = useState<CallSummary[]>([]);
  const [selected, setSelected] = useState<string>();
  const [refreshKey, setRefreshKey] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const reload = useCallback(async () => setCalls(await api.calls()), [api]);
  useEffect(() => void reload(), [reload]);

  useLive(session.accessToken, {
    // (Re)connected: read again whatever happened while the socket was away.
    ready: () => void reload(),
    'call.updated': () => void reload(),
    // Notifications carry ids only: the draft itself is read over REST.
    'journal.updated': (event: JournalUpdated) => {
      // An agent's own save (version > 0) is no new draft.
      if (event.version > 0) return void reload();
      setAnnouncement(`${t.liveNewDraft} ${event.callId.slice(0, 8)}`);
      void reload();
      if (event.callId === selected) setRefreshKey((k) => k + 1);
    },
  });

  return (
    <div className="agent">
      <p className="sr-live" role="status" aria-live="polite">
        {announcement}
      </p>
      <CallList calls={calls} selected={selected} onSelect={setSelected} title={t.myCalls} topics={topics} />
      {selected ? <CallDetail api={api} callId={selected} editable refreshKey={refreshKey} /> : <p className="card">{t.selectCall}</p>}
    </div>
  );
}
