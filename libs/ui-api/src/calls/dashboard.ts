import type { SentimentDashboard } from '@samtal/contracts';
import type { Call, JournalEntry } from '@samtal/store';
import { currentText } from './views.js';

export interface DashboardFilter {
  from: Date;
  to: Date;
  topic?: string;
  agentId?: string;
}


const HOUR_MS = 3_600_000;

/** The supervisor's figures for a set of calls and their journal entries (all redacted data). */
export function buildDashboard(calls: Call[], entries: JournalEntry[], filter: DashboardFilter, agentNames: ReadonlyMap<string, string> = new Map()): SentimentDashboard {
  const byCall = new Map(entries.map((e) => [e._id, e]));
  const chosen = calls
    .map((call) => ({ call, entry: byCall.get(call._id) }))
    .map((r) => ({ ...r, topic: r.entry ? currentText(r.entry).topic : null }))
    .filter((r) => (!filter.topic || r.topic === filter.topic) && (!filter.agentId || r.call.agentId === filter.agentId));
  // Only drafted calls have a topic and a sentiment: failed and unfinished ones are counted apart.
  const rows = chosen.filter((r) => r.entry && (r.call.status === 'drafted' || r.call.status === 'approved'));
  const failed = chosen.filter((r) => r.call.status === 'failed').length;

  const perHour = new Map<number, number>();
  for (let t = Math.floor(filter.from.getTime() / HOUR_MS) * HOUR_MS; t < filter.to.getTime(); t += HOUR_MS) perHour.set(t, 0);
  for (const { call } of rows) {
    const hour = Math.floor(call.createdAt.getTime() / HOUR_MS) * HOUR_MS;
    perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
  }

  const topics = new Map<string | null, number>();
  for (const { topic } of rows) topics.set(topic, (topics.get(topic) ?? 0) + 1);

  // Sentiment scored on a low-quality transcript (a meaningless model, a bad line) says nothing about
  // the caller: such calls count as calls, but stay out of every sentiment figure (the UI says how many).
  const lowQuality = rows.filter((r) => r.entry?.transcriptQuality?.level === 'low');
  const scored = rows.filter((r) => r.entry?.sentiment && r.entry.transcriptQuality?.level !== 'low');
  const sentiment = scored
    .map((r) => ({ at: r.call.createdAt.toISOString(), callId: r.call._id, agentId: r.call.agentId, score: callerScore(r.entry!) }))
    .sort((a, b) => a.at.localeCompare(b.at));

  const agents = new Map<string, { calls: number; scores: number[] }>();
  for (const { call } of rows) {
    const agent = agents.get(call.agentId) ?? { calls: 0, scores: [] };
    agent.calls++;
    agents.set(call.agentId, agent);
  }
  for (const point of sentiment) agents.get(point.agentId)?.scores.push(point.score);

  return {
    from: filter.from.toISOString(),
    to: filter.to.toISOString(),
    calls: rows.length,
    pending: chosen.length - rows.length - failed,
    failed,
    lowQualityCalls: lowQuality.length,
    callsPerHour: [...perHour].sort(([a], [b]) => a - b).map(([hour, calls]) => ({ hour: new Date(hour).toISOString(), calls })),
    topics: [...topics].sort((a, b) => b[1] - a[1]).map(([topic, calls]) => ({ topic, calls })),
    callerSentiment: sentiment,
    agents: [...agents]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([agentId, a]) => ({ agentId, agentName: agentNames.get(agentId) ?? null, calls: a.calls, averageCallerSentiment: a.scores.length ? round(a.scores.reduce((x, y) => x + y, 0) / a.scores.length) : null })),
    alerts: scored
      .filter((r) => r.entry?.sentiment?.alerts.length)
      .map((r) => ({ callId: r.call._id, agentId: r.call.agentId, at: r.call.createdAt.toISOString(), topic: r.topic, alerts: r.entry!.sentiment!.alerts.map((a) => a.kind) })),
  };
}

/** How the caller sounded by the end of the call (the whole call's mean when the caller said nothing). */
function callerScore(entry: JournalEntry): number {
  const sentiment = entry.sentiment!;
  return round(sentiment.caller?.end ?? sentiment.call);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
