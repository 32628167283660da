import { diffLines } from 'diff';

const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/**
 * The format of a version's `changes` (and of what another save changed, shown on a conflict):
 * what changed, line by line, as `+ line` / `- line`; a last line without a newline is no change.
 */
export function describeChanges(before: string, after: string): string {
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
