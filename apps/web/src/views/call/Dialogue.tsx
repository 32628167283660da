import type { DialogueTurn } from '@samtal/contracts';
import { useRef, useState } from 'react';
import { useI18n } from '../../i18n.js';

/** The redacted dialogue and recording; playback marks the turn being spoken, a speaker's name seeks to it. */
export function Dialogue({
  turns,
  highlight,
  audioUrl,
}: {
  turns: DialogueTurn[];
  highlight: number[];
  audioUrl: string | null;
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
        <p>{t.noAudio}</p>
      )}
      <ol className="turns">
        {turns.map((turn) => (
          <li
            key={turn.index}
            id={`turn-${turn.index}`}
            className={`turn turn-${turn.speaker}${highlight.includes(turn.index) ? ' highlighted' : ''}${playing === turn.index ? ' playing' : ''}`}
            data-highlighted={highlight.includes(turn.index) || undefined}
          >
            <button
              type="button"
              className="link speaker"
              onClick={() => seek(turn.startMs)}
              disabled={turn.startMs === undefined || !audioUrl}
            >
              {t.speakers[turn.speaker]}
            </button>
            <span className="text">{turn.text}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
