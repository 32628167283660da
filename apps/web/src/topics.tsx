import { useEffect, useState } from 'react';
import type { Api, Topic } from './api.js';
import type { Lang } from './i18n.js';

/** The deployment's topics, fetched once per session. */
export function useTopics(api: Api): Topic[] {
  const [topics, setTopics] = useState<Topic[]>([]);
  useEffect(() => {
    void api.topics().then(setTopics, () => setTopics([]));
  }, [api]);
  return topics;
}

export function topicLabel(topics: Topic[], key: string | null | undefined, lang: Lang): string {
  if (!key) return '–';
  return topics.find((t) => t.key === key)?.label[lang] ?? key;
}

/** The deployment's topics as the options of a select, labelled in the UI's language. */
export function TopicOptions({ topics, lang }: { topics: Topic[]; lang: Lang }) {
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
