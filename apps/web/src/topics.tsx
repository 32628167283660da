import type { Topic } from './api.js';
import type { Lang } from './i18n.js';

/** The dashboard's name for calls without a draft yet. */
export const NO_DRAFT_TOPIC = 'ej klar';

export function topicLabel(
  topics: Topic[],
  key: string | null | undefined,
  lang: Lang,
  noDraft = '–',
): string {
  if (!key || key === NO_DRAFT_TOPIC) return noDraft;
  return topics.find((t) => t.key === key)?.label[lang] ?? key;
}

/** The deployment's topics as the options of a select, labelled in the UI's language. */
export function TopicOptions({
  topics,
  lang,
}: {
  topics: Topic[];
  lang: Lang;
}) {
  return (
    <>
      {topics.map((x) => (
        <option key={x.key} value={x.key}>
          {x.label[lang]}
        </option>
      ))}
    </>
  );
}
