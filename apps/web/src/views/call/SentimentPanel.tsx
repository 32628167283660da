import type { CallSentiment } from '@samtal/contracts';
import { formatScore, useI18n } from '../../i18n.js';

/** How the caller sounded, who talked how much, and the call's alerts. */
export function SentimentPanel({
  sentiment,
  unreliable = false,
}: {
  sentiment: CallSentiment;
  /** The transcript is of low quality: the scores are shown, but called unreliable. */
  unreliable?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="sentiment" data-testid="sentiment">
      <h4>{t.sentiment}</h4>
      {unreliable && (
        <p className="alert" role="note" data-testid="sentiment-unreliable">
          {t.sentimentUnreliable}
        </p>
      )}
      {sentiment.caller && (
        <p>
          {t.callerStartEnd}:{' '}
          <strong>{formatScore(sentiment.caller.start, lang)}</strong> →{' '}
          <strong>{formatScore(sentiment.caller.end, lang)}</strong> (
          {sentiment.caller.improved
            ? t.improved
            : sentiment.caller.end < sentiment.caller.start
              ? t.worsened
              : t.unchanged}
          )
        </p>
      )}
      {sentiment.talk && (
        <p>
          {t.talkTime}:{' '}
          {sentiment.talk.bySpeaker
            .map(
              (s) => `${t.speakers[s.speaker]} ${Math.round(s.share * 100)} %`,
            )
            .join(', ')}{' '}
          · {t.silence} {Math.round(sentiment.talk.silenceShare * 100)} % ·{' '}
          {t.interruptions} {sentiment.talk.interruptions}
        </p>
      )}
      {sentiment.alerts.length > 0 && (
        <p className="alert" role="note">
          {t.alerts}:{' '}
          {sentiment.alerts.map((a) => t.alertKinds[a.kind]).join(', ')}
        </p>
      )}
    </div>
  );
}
