import { diffLines } from 'diff';
import type { Version } from '../../api.js';
import { formatTime, useI18n } from '../../i18n.js';

const withNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

/** What changed between two texts, line by line; a last line without newline is not a change. */
export function lineChanges(before: string, after: string): string {
  return diffLines(withNewline(before), withNewline(after))
    .filter((part) => part.added || part.removed)
    .flatMap((part) =>
      part.value
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => `${part.added ? '+' : '-'} ${line}`),
    )
    .join('\n');
}

/** Who saved or approved which version and when; for the note's own agent, what changed each time. */
export function VersionHistory({
  versions,
  draftText,
  names,
}: {
  versions: Version[];
  draftText: string;
  names: (id: string) => string;
}) {
  const { t } = useI18n();
  return (
    <>
      <h4>{t.versions}</h4>
      {versions.length === 0 ? (
        <p>{t.noVersions}</p>
      ) : (
        <ul className="versions">
          {versions.map((v, i) => {
            const before = i === 0 ? draftText : versions[i - 1]!.text;
            const changes =
              v.text !== undefined && before !== undefined
                ? lineChanges(before, v.text)
                : undefined;
            return (
              <li key={v.version} data-version={v.version}>
                <span className="version-head">
                  {t.version} {v.version} · {t.versionKinds[v.kind]} ·{' '}
                  {names(v.author)} · {formatTime(v.at)}
                </span>
                {changes !== undefined &&
                  (changes ? (
                    <pre className="diff">{changes}</pre>
                  ) : (
                    <p className="muted">{t.noTextChanges}</p>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
