import type { DialogueTurn } from '@samtal/contracts';
import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n.js';

/**
 * A turn's text with its uncertain words marked: a dashed underline, a title for the pointer and
 * hidden text for screen readers (never colour alone).
 */
function TurnText({ turn, label }: { turn: DialogueTurn; label: string }) {
  const spans = turn.uncertainWords ?? [];
  if (spans.length === 0) return <span className="text">{turn.text}</span>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at || end > turn.text.length) continue;
    parts.push(turn.text.slice(at, start));
    parts.push(
      <mark
        key={start}
        className="uncertain-word"
        title={label}
        data-testid="uncertain-word"
      >
        {turn.text.slice(start, end)}
        <span className="visually-hidden"> ({label})</span>
      </mark>,
    );
    at = end;
  }
  parts.push(turn.text.slice(at));
  return <span className="text">{parts}</span>;
}

/** The redacted dialogue and recording; playback marks the turn being spoken, a speaker's name seeks to it. */
export function Dialogue({
  turns,
  highlight,
  audioUrl,
  noAudio,
}: {
  turns: DialogueTurn[];
  highlight: number[];
  audioUrl: string | null;
  /** Why there is nothing to play (shown instead of the player). */
  noAudio: string;
}) {
  const { t } = useI18n();
  const [playing, setPlaying] = useState<number | null>(null);
  const audio = useRef<HTMLAudioElement>(null);

  function onTime() {
    const ms = (audio.current?.currentTime ?? 0) * 1000;
    const turn = turns.find(
      (d) =>
        d.startMs !== undefined &&
        d.endMs !== undefined &&
        d.startMs <= ms &&
        ms < d.endMs,
    );
    setPlaying(turn?.index ?? null);
  }

  function seek(startMs: number | undefined) {
    if (audio.current && startMs !== undefined) {
      audio.current.currentTime = startMs / 1000;
      void audio.current.play().catch(() => undefined);
    }
  }

  return (
    <>
      <h4>{t.audio}</h4>
      {audioUrl ? (
        // The dialogue below is the recording's text alternative.
        // eslint-disable-next-line jsx-a11y/media-has-caption
        <audio ref={audio} src={audioUrl} controls onTimeUpdate={onTime} />
      ) : (
        <p className="muted" data-testid="no-audio">
          {noAudio}
        </p>
      )}
      {turns.some((d) => d.uncertain || d.uncertainWords?.length) && (
        <p className="muted">{t.uncertainLegend}</p>
      )}
      <ol className="turns">
        {turns.map((turn) => (
          <li
            key={turn.index}
            id={`turn-${turn.index}`}
            className={`turn turn-${turn.speaker}${highlight.includes(turn.index) ? ' highlighted' : ''}${playing === turn.index ? ' playing' : ''}${turn.uncertain ? ' uncertain' : ''}`}
            data-highlighted={highlight.includes(turn.index) || undefined}
            data-uncertain={turn.uncertain || undefined}
            title={turn.uncertain ? t.uncertain : undefined}
          >
            {/* A speaker's name seeks only when there is something to play: else it is plain text. */}
            {audioUrl && turn.startMs !== undefined ? (
              <button
                type="button"
                className="link speaker"
                onClick={() => seek(turn.startMs)}
              >
                {t.speakers[turn.speaker]}
              </button>
            ) : (
              <strong className="speaker">{t.speakers[turn.speaker]}</strong>
            )}
            {turn.uncertain && (
              <span className="uncertain-badge" data-testid="uncertain-turn">
                {t.uncertain}
              </span>
            )}
            <TurnText turn={turn} label={t.uncertain} />
          </li>
        ))}
      </ol>
    </>
  );
}
