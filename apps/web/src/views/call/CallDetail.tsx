import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { errorText, formatTime, useI18n } from '../../i18n.js';
import { useCall } from '../../queries.js';
import { useSignedIn } from '../../session.js';
import { Dialogue } from './Dialogue.js';
import { Editor } from './Editor.js';
import { SentimentPanel } from './SentimentPanel.js';

const POLL_AUDIO_FOR_MS = 15 * 60_000;

/**
 * One call: the note (editor and history) beside the redacted dialogue, recording and
 * sentiment. Mounted once per call (keyed by id), so nothing of one call carries over to the next.
 */
export function CallDetail({
  callId,
  editable,
  scrollIntoView,
}: {
  callId: string;
  editable: boolean;
  scrollIntoView?: boolean;
}) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  const { data: detail, isError } = useCall(callId);
  const [highlight, setHighlight] = useState<number[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const journal = detail?.journal ?? null;

  // The redacted recording is stored a few seconds after the draft: while it is being made (or
  // announced but not fetched yet), look again; never for a call that will have none.
  const audioState = detail?.call.redactedAudio.state;
  const audioKey = ['audio', callId];
  const audio = useQuery({
    queryKey: audioKey,
    queryFn: async () =>
      queryClient.getQueryData<Blob | null>(audioKey) ??
      (await api.blob(`/calls/${callId}/audio`)),
    enabled: !!journal && audioState !== undefined && audioState !== 'none',
    refetchInterval: (query) =>
      query.state.data === null &&
      detail &&
      detail.call.redactedAudio.state !== 'none' &&
      Date.now() - Date.parse(detail.call.createdAt) < POLL_AUDIO_FOR_MS
        ? 3_000
        : false,
  });
  const audioUrl = useMemo(
    () => (audio.data ? URL.createObjectURL(audio.data) : null),
    [audio.data],
  );
  useEffect(
    () => () => (audioUrl ? URL.revokeObjectURL(audioUrl) : undefined),
    [audioUrl],
  );

  const loaded = !!detail;
  useEffect(() => {
    if (loaded && scrollIntoView) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus({ preventScroll: true });
    }
  }, [loaded, scrollIntoView]);

  if (isError)
    return (
      <p className="card" role="alert">
        {t.loadFailed}
      </p>
    );
  if (!detail) return <p className="card">{t.loading}</p>;
  const { call } = detail;
  const lowQuality = journal?.transcriptQuality.level === 'low';
  const percent = (x: number | null | undefined) =>
    x === null || x === undefined ? '–' : `${Math.round(x * 100)} %`;

  return (
    <section className="detail" aria-labelledby="detail-title" data-call-id={callId}>
      <h2 id="detail-title" ref={heading} tabIndex={-1}>
        {formatTime(call.createdAt)} · {t.statuses[call.status]}
      </h2>
      {call.status === 'failed' ? (
        <div className="card failed" role="alert" data-testid="call-failed">
          <h3>{t.failedTitle}</h3>
          <p>
            {t.failedReason}:{' '}
            {call.failure
              ? `${t.stages[call.failure.stage] ?? call.failure.stage}: ${errorText(t, call.failure.reason)}`
              : t.failedUnknown}
          </p>
          <p>{t.failedNext}</p>
        </div>
      ) : !journal &&
        (call.status === 'drafted' || call.status === 'approved') ? (
        // Drafted, but the reader may not see content (ops: metadata only).
        <p className="card" data-testid="content-not-shown">
          {t.contentNotForOps}
        </p>
      ) : !journal ? (
        <p className="card pending">
          {t.draftPending} <progress aria-label={t.statuses[call.status]} />
          {call.queuePosition !== null && (
            <span data-testid="queue-position">
              {' '}
              {t.queuePosition}: {call.queuePosition}
            </span>
          )}
        </p>
      ) : (
        <>
          <div className="columns">
            <Editor
              callId={callId}
              journal={journal}
              editable={editable}
              onHighlight={setHighlight}
              agent={{ id: call.agentId, name: call.agentName }}
            />
            <div className="card dialogue" aria-labelledby="dialogue-title">
              {/* Beside the note, above the dialogue it is about: the note and Approve stay where they are on every call. */}
              {lowQuality && (
                <div
                  className="low-quality"
                  role="alert"
                  data-testid="low-quality"
                >
                  <h3>{t.lowQualityTitle}</h3>
                  <p>{t.lowQualityText}</p>
                  <p className="muted">
                    {t.meanConfidence}:{' '}
                    {percent(journal.transcriptQuality.meanConfidence)} ·{' '}
                    {t.uncertainSpeech}:{' '}
                    {percent(journal.transcriptQuality.lowShare)}
                  </p>
                </div>
              )}
              <h3 id="dialogue-title">{t.dialogue}</h3>
              {journal.sentiment && (
                <SentimentPanel
                  sentiment={journal.sentiment}
                  unreliable={lowQuality}
                />
              )}
              <Dialogue
                turns={journal.dialogue}
                highlight={highlight}
                audioUrl={audioUrl}
                noAudio={
                  call.redactedAudio.state === 'ready'
                    ? t.loading
                    : call.redactedAudio.state === 'pending'
                      ? t.noAudioBecause.pending
                      : t.noAudioBecause[call.redactedAudio.reason]
                }
              />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
