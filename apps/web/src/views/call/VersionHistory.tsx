import type { Version } from '../../api.js';
import { formatTime, useI18n } from '../../i18n.js';

/** Who saved or approved which version and when; for the note's own agent, what changed each time. */
export function VersionHistory({
  versions,
  names,
}: {
  versions: Version[];
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
          {versions.map((v) => {
            // The server's diff against the version before (absent for supervisors).
            const changes = v.text !== undefined ? v.changes ?? '' : undefined;
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
