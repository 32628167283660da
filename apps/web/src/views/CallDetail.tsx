import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type Api, type CallDetail as Detail, type Version } from '../api.js';
import { formatTime, useI18n } from '../i18n.js';
import { TopicOptions, useTopics } from '../topics.js';

/**
 * One call: the draft journal note beside the redacted dialogue. Hovering or focusing a
 * draft sentence highlights the utterances it came from; playback highlights the turn
 * being spoken. The call's own agent edits, saves and approves the note.
 */
export function CallDetail({ api, callId, editable, refreshKey }: { api: Api; callId: string; editable: boolean; refreshKey: number }) {
  const { t, lang } = useI18n();
  const topics = useTopics(api);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [text, setText] = useState('');
  const [topic, setTopic] = useState('');
  const [versions, setVersions] = useState<Version[]>([]);
  /** The version this screen shows: an edit is saved on top of it, or refused if someone was faster. */
  const [baseVersion, setBaseVersion] = useState(0);
  const [highlight, setHighlight] = useState<number[]>([]);
  const [playing, setPlaying] = useState<number | null>(null);
  const [audioUrl, setAudioUrl] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const audio = useRef<HTMLAudioElement>(null);

  const load = useCallback(async () => {
    const next = await api.call(callId);
    setDetail(next);
    if (next.journal) {
      setText(next.journal.edited?.text ?? next.journal.draft.text);
      setTopic(next.journal.edited?.topic ?? next.journal.draft.topic.key);
      setBaseVersion(next.journal.version);
      setVersions(await api.versions(callId).catch(() => []));
    }
  }, [api, callId]);

  useEffect(() => {
    setNotice('');
    void load();
  }, [load, refreshKey]);

  useEffect(() => {
    let url: string | null = null;
    setAudioUrl(null);
    void api.blob(`/calls/${callId}/audio`).then((blob) => {
      if (blob) setAudioUrl((url = URL.createObjectURL(blob)));
    });
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, callId, refreshKey]);

  if (!detail) return null;
  const { journal } = detail;

  async function save(approve: boolean) {
    if (!journal) return;
    try {
      const body = { text, topic, baseVersion };
      const version = approve ? await api.approve(callId, body) : await api.saveDraft(callId, body);
      setBaseVersion(version.version);
      await load();
      setNotice(`${approve ? t.approved : t.saved} ${version.version}`);
    } catch (err) {
      setNotice(err instanceof ApiError && err.status === 409 ? t.conflict : String((err as Error).message));
    }
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

  function onTime() {
    const ms = (audio.current?.currentTime ?? 0) * 1000;
    const turn = journal?.dialogue.find((d) => d.startMs !== undefined && d.endMs !== undefined && d.startMs <= ms && ms < d.endMs);
    setPlaying(turn?.index ?? null);
  }

  function seek(startMs: number | undefined) {
    if (audio.current && startMs !== undefined) {
      audio.current.currentTime = startMs / 1000;
      void audio.current.play().catch(() => undefined);
    }
  }

  const approved = journal?.approved;
  const sentiment = journal?.sentiment;

  return (
    <section className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title">
        {formatTime(detail.call.createdAt, lang)} · {t.statuses[detail.call.status]}
      </h2>
      {!journal ? (
        <p className="card">{t.draftPending}</p>
      ) : (
        <div className="columns">
          <div className="card draft" aria-labelledby="draft-title">
            <h3 id="draft-title">{t.draft}</h3>
            <p className="topic">
              {t.topic}: <strong data-testid="draft-topic">{journal.draft.topic.label}</strong>
              {journal.draft.topic.cues.length > 0 && (
                <small>
                  {' '}
                  ({t.topicBecause} {journal.draft.topic.cues.map((c) => `”${c.cue}”`).join(', ')})
                </small>
              )}
            </p>
            {journal.draft.sections
              .filter((s) => s.sentences.length > 0)
              .map((section) => (
                <div key={section.key} className="section">
                  <h4>{section.title}</h4>
                  <ul>
                    {section.sentences.map((sentence, i) => (
                      <li
                        key={i}
                        tabIndex={0}
                        onMouseEnter={() => setHighlight(sentence.segmentIndexes)}
                        onMouseLeave={() => setHighlight([])}
                        onFocus={() => setHighlight(sentence.segmentIndexes)}
                        onBlur={() => setHighlight([])}
                        aria-describedby={sentence.segmentIndexes.map((s) => `turn-${s}`).join(' ')}
                      >
                        {sentence.text}
                        {sentence.followUp?.dueDate && (
                          <span className="due" data-testid="follow-up-date">
                            {' '}
                            ({sentence.followUp.preposition === 'on' ? t.dueOn : t.due} {sentence.followUp.dueDate})
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}

            <label className="editor">
              {t.editDraft}
              <textarea value={text} onChange={(e) => setText(e.target.value)} readOnly={!editable || !!approved} rows={12} />
            </label>
            <label>
              {t.topic}
              <select value={topic} onChange={(e) => setTopic(e.target.value)} disabled={!editable || !!approved}>
                {!topics.some((x) => x.key === topic) && <option value={topic}>{topic}</option>}
                <TopicOptions topics={topics} lang={lang} />
              </select>
            </label>
            {editable && (
              <div className="actions">
                <button type="button" onClick={() => void save(false)} disabled={!!approved}>
                  {t.save}
                </button>
                <button type="button" className="primary" onClick={() => void save(true)} disabled={!!approved}>
                  {t.approve}
                </button>
                <button type="button" onClick={() => void download('text')}>
                  {t.exportText}
                </button>
                <button type="button" onClick={() => void download('json')}>
                  {t.exportJson}
                </button>
              </div>
            )}
            {approved && (
              <p className="approved" data-testid="approved">
                {t.approved} {formatTime(approved.at, lang)} · {approved.by}
              </p>
            )}
            <p role="status" aria-live="polite" className="notice">
              {notice}
            </p>

            <h4>{t.versions}</h4>
            {versions.length === 0 ? (
              <p>{t.noVersions}</p>
            ) : (
              <ol className="versions">
                {versions.map((v) => (
                  <li key={v.version}>
                    {v.version}. {v.kind === 'approve' ? t.approved : t.save} · {v.author} · {formatTime(v.at, lang)}
                    {v.changes && <pre>{v.changes}</pre>}
                  </li>
                ))}
              </ol>
            )}
          </div>

          <div className="card dialogue" aria-labelledby="dialogue-title">
            <h3 id="dialogue-title">{t.dialogue}</h3>
            <h4>{t.audio}</h4>
            {audioUrl ? <audio ref={audio} src={audioUrl} controls onTimeUpdate={onTime} /> : <p>{t.noAudio}</p>}
            {sentiment && (
              <div className="sentiment" data-testid="sentiment">
                {sentiment.caller && (
                  <p>
                    {t.callerStartEnd}: <strong>{sentiment.caller.start.toFixed(2)}</strong> → <strong>{sentiment.caller.end.toFixed(2)}</strong> (
                    {sentiment.caller.improved ? t.improved : sentiment.caller.end < sentiment.caller.start ? t.worsened : t.unchanged})
                  </p>
                )}
                {sentiment.talk && (
                  <p>
                    {t.talkTime}: {sentiment.talk.bySpeaker.map((s) => `${t.speakers[s.speaker]} ${Math.round(s.share * 100)} %`).join(', ')} · {t.silence}{' '}
                    {Math.round(sentiment.talk.silenceShare * 100)} % · {t.interruptions} {sentiment.talk.interruptions}
                  </p>
                )}
                {sentiment.alerts.length > 0 && (
                  <p className="alert" role="note">
                    {t.alerts}: {sentiment.alerts.map((a) => t.alertKinds[a.kind]).join(', ')}
                  </p>
                )}
              </div>
            )}
            <ol className="turns">
              {journal.dialogue.map((turn) => (
                <li
                  key={turn.index}
                  id={`turn-${turn.index}`}
                  className={`turn turn-${turn.speaker}${highlight.includes(turn.index) ? ' highlighted' : ''}${playing === turn.index ? ' playing' : ''}`}
                  data-highlighted={highlight.includes(turn.index) || undefined}
                >
                  <button type="button" className="link speaker" onClick={() => seek(turn.startMs)} disabled={turn.startMs === undefined || !audioUrl}>
                    {t.speakers[turn.speaker]}
                  </button>
                  <span className="text">{turn.text}</span>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
