import { createContext, useContext } from 'react';

export type Lang = 'sv' | 'en';

const sv = {
  appName: 'Samtal',
  skipToContent: 'Hoppa till innehållet',
  signIn: 'Logga in',
  signOut: 'Logga ut',
  username: 'Användarnamn',
  password: 'Lösenord',
  wrongLogin: 'Fel användarnamn eller lösenord.',
  sessionEnded:
    'Din inloggning har upphört. Logga in igen – det du har skrivit finns kvar.',
  language: 'English',
  roles: { agent: 'Handläggare', supervisor: 'Gruppledare', ops: 'Drift' },
  myCalls: 'Mina samtal',
  teamCalls: 'Teamets samtal',
  noCalls: 'Inga samtal ännu.',
  noMatches: 'Inga samtal matchar filtret.',
  loading: 'Hämtar …',
  loadFailed: 'Kunde inte hämta uppgifterna.',
  search: 'Sök',
  allStatuses: 'Alla statusar',
  page: 'Sida',
  of: 'av',
  previous: 'Föregående',
  next: 'Nästa',
  time: 'Tid',
  duration: 'Längd',
  status: 'Status',
  topic: 'Ämne',
  agent: 'Handläggare',
  statuses: {
    uploading: 'Laddas upp',
    received: 'Mottaget',
    transcribing: 'Transkriberas',
    transcribed: 'Transkriberat',
    drafted: 'Utkast klart',
    approved: 'Godkänt',
    failed: 'Misslyckades',
  },
  selectCall: 'Välj ett samtal i listan.',
  draft: 'Utkast till journalanteckning',
  approvedNote: 'Godkänd journalanteckning',
  draftPending: 'Utkastet tas fram …',
  queuePosition: 'Plats i kön',
  failedTitle: 'Samtalet kunde inte behandlas',
  failedReason: 'Orsak',
  failedUnknown: 'Inspelningen kunde inte transkriberas.',
  failedNext:
    'Nästa steg: driften har fått ett larm och kan köra om samtalet. Skriv anteckningen för hand om ärendet brådskar.',
  editDraft: 'Journalanteckning (redigerbar)',
  readOnlyNote: 'Journalanteckning (skrivskyddad)',
  save: 'Spara',
  approve: 'Godkänn',
  approved: 'Godkänd',
  saved: 'Sparad som version',
  approvedAs: 'Godkänd som version',
  unchangedHint: 'Inga ändringar att spara.',
  exportText: 'Exportera som text',
  exportJson: 'Exportera som JSON',
  copy: 'Kopiera till ärendet',
  copied: 'Anteckningen är kopierad – klistra in den i ärendet.',
  copyFailed: 'Kunde inte kopiera. Markera texten och kopiera den själv.',
  sources: 'Visa varifrån meningarna kommer',
  versions: 'Versioner',
  version: 'Version',
  versionKinds: { edit: 'Sparad', approve: 'Godkänd', reopen: 'Öppnad igen' },
  reopen: 'Öppna för ändring',
  reopened: 'Öppnad för ändring i version',
  noVersions: 'Inga ändringar ännu.',
  noTextChanges: 'Texten oförändrad.',
  you: 'du',
  dialogue: 'Samtalet (avidentifierat)',
  speakers: { agent: 'Handläggare', caller: 'Kund', unknown: 'Okänd' },
  audio: 'Inspelning (avidentifierad)',
  noAudioBecause: {
    pending: 'Den avidentifierade inspelningen tas fram …',
    untimed:
      'Utskriften saknar tider, så personuppgifterna kan inte maskeras i ljudet; inspelningen visas därför inte.',
    deleted: 'Inspelningarna har raderats enligt gallringsreglerna.',
    failed:
      'Samtalet kunde inte behandlas, så det finns ingen avidentifierad inspelning.',
  },
  sentiment: 'Stämning',
  callerSentiment: 'Kundens stämning',
  callerStartEnd: 'Kundens stämning i början → slutet',
  improved: 'blev bättre',
  worsened: 'blev sämre',
  unchanged: 'oförändrad',
  talkTime: 'Taltid',
  silence: 'Tystnad',
  interruptions: 'Avbrott',
  topicBecause: 'Ämnet valdes utifrån orden',
  followUps: 'Uppföljning',
  due: 'senast',
  dueOn: 'den',
  alertKinds: {
    callerEndsNegative: 'Kunden är mycket missnöjd i slutet av samtalet',
    callerTrendFalling: 'Kundens stämning sjunker under samtalet',
    callerSoundsAngry: 'Kunden låter arg i slutet av samtalet (inlärd modell)',
  },
  alerts: 'Larm',
  uncertain: 'Osäker igenkänning',
  uncertainLegend:
    'Streckat understrukna stycken och ord (Osäker igenkänning) kan vara felhörda.',
  lowQualityTitle: 'Osäker taligenkänning',
  lowQualityText:
    'Taligenkänningen av samtalet är osäker: texten, utkastet och stämningen kan vara fel. Lyssna på inspelningen och kontrollera anteckningen innan du godkänner den.',
  meanConfidence: 'Säkerhet i genomsnitt',
  uncertainSpeech: 'Osäkert tal',
  sentimentUnreliable:
    'Stämningen bygger på en osäker transkribering och är inte tillförlitlig.',
  approveLowTitle: 'Godkänna trots osäker igenkänning?',
  approveLowText:
    'Taligenkänningen av samtalet är osäker. Godkänn bara om du har lyssnat på inspelningen och kontrollerat att anteckningen stämmer.',
  approveLowConfirm: 'Jag har kontrollerat – godkänn',
  cancel: 'Avbryt',
  newDraft: 'Nytt utkast klart för samtalet',
  open: 'Öppna',
  close: 'Stäng',
  conflict:
    'Anteckningen har sparats sedan du öppnade den (i en annan flik eller av någon annan).',
  conflictTheirChanges: 'Det här ändrade den andra sparningen, version',
  conflictNoTextChanges: '(bara ämnet, inte texten)',
  conflictReload: 'Ladda om (dina ändringar kastas)',
  conflictKeep: 'Spara min text ovanpå den nya versionen',
  unsavedTitle: 'Osparade ändringar',
  unsavedText: 'Du har ändringar i anteckningen som inte är sparade.',
  stay: 'Stanna kvar',
  leave: 'Lämna utan att spara',
  dashboard: 'Översikt',
  from: 'Från',
  to: 'Till',
  timeFormat: 'ÅÅÅÅ-MM-DD TT:MM',
  badTime: 'Skriv tiden som ÅÅÅÅ-MM-DD TT:MM (svensk tid).',
  allTopics: 'Alla ämnen',
  allAgents: 'Alla handläggare',
  callsPerHour: 'Samtal per timme',
  topics: 'Ämnen',
  noDraftYet: 'Inget utkast ännu',
  noData: 'Ingen data för urvalet.',
  sentimentOverTime: 'Kundens stämning över tid',
  perAgent: 'Per handläggare',
  calls: 'Samtal',
  pendingCalls: 'under arbete',
  failedCalls: 'misslyckade',
  callsCounted: 'Samtal (med utkast)',
  average: 'Medelstämning',
  averageHint:
    'Medelvärdet av kundens stämning i slutet av samtalen (−1 mycket negativ, 1 mycket positiv).',
  sentimentExcluded: (n: number) =>
    `${n} samtal med osäker taligenkänning visas inte i stämningen och räknas inte i medelstämningen: deras stämning bygger på text som inte går att lita på.`,
  callsWithAlerts: 'Samtal med larm',
  noAlerts: 'Inga larm.',
  exportCsv: 'Exportera som CSV',
  showAgent: 'Visa handläggarens samtal',
  failedJobs: 'Misslyckade jobb',
  noFailedJobs: 'Inga misslyckade jobb.',
  callId: 'Samtals-id',
  call: 'Samtal',
  openCall: 'Öppna samtalet',
  arrivedAt: 'Inkom',
  backToOps: 'Tillbaka till driftvyn',
  contentNotForOps: 'Samtalets innehåll visas inte i driftvyn.',
  stage: 'Steg',
  stages: { transcription: 'Transkribering', drafting: 'Utkast' } as Record<
    string,
    string
  >,
  error: 'Fel',
  technical: 'Teknisk detalj',
  errors: {
    DamagedRecording: 'Inspelningen är skadad eller kan inte avkodas.',
    AudioRejected: 'Filen är ingen inspelning som kan tas emot (format, längd eller storlek).',
    InvalidSidecar: 'Den medskickade utskriften kunde inte läsas.',
    RecognitionTimedOut: 'Taligenkänningen blev inte klar inom sin tidsgräns.',
    ProcessFailed: 'Ett externt program (ffmpeg eller Whisper) avbröts.',
    TimeoutError: 'Steget tog för lång tid.',
    unknown: 'Okänt fel.',
  } as Record<string, string>,
  attempts: 'Försök',
  failedAt: 'Misslyckades',
  replay: 'Kör om',
  replaySelected: 'Kör om markerade',
  replayAll: 'Kör om alla',
  replayed: 'Köades om',
  selectAll: 'Markera alla',
  select: 'Markera',
  replayedCalls: 'Omkörda samtal',
  replays: 'Omkörningar',
  noReplays: 'Inga omkörda samtal.',
  queues: 'Köer',
  queue: 'Kö',
  waiting: 'Väntar',
  inProgress: 'Pågår',
  redelivered: 'Nya försök',
  stalledFor: 'Står still sedan',
  stalled: 'Kön står still',
  stalledQueues: 'Köer som står still',
  stalledQueuesHelp:
    'Jobb väntar men kön har inte rört sig. Kontrollera tjänsternas hälsa nedan.',
  queueRecovered: 'Kön rör sig igen',
  // Ops read what a queue does; its technical name stays beside it for logs and nats CLI.
  queueNames: {
    transcriber: 'Samtal med egen utskrift',
    asr: 'Taligenkänning',
    journal: 'Maskering och utkast',
    'failed-transcriptions': 'Misslyckad transkribering',
    'failed-drafts': 'Misslyckade utkast',
    'dead-letter-router': 'Uttömda försök till felkö',
  } as Record<string, string>,
  waitTime: 'Väntetid',
  oldestWaiting: 'äldsta väntar',
  replayHistory: 'Visa omkörningar',
  replayNumber: 'Omkörning',
  replayedBy: 'Av',
  replayedWhen: 'När',
  previousFailure: 'Hade misslyckats',
  notFailed: 'Hade inte misslyckats',
  outcome: 'Utfall',
  outcomes: {
    pending: 'Pågår',
    drafted: 'Utkast klart igen',
    failed: 'Misslyckades igen',
    superseded: 'Kördes om igen innan den blev klar',
  } as Record<string, string>,
  updatedAt: 'Uppdaterad',
  autoRefresh: 'uppdateras var 5:e sekund',
  health: 'Tjänsternas hälsa',
  service: 'Tjänst',
  healthParts: 'Når',
  healthPartNames: { nats: 'NATS', mongo: 'MongoDB' } as Record<string, string>,
  healthStatuses: {
    ok: 'i drift',
    up: 'i drift',
    error: 'fel',
    down: 'nere',
    unreachable: 'svarar inte',
    shutting_down: 'stängs av',
  } as Record<string, string>,
  refresh: 'Uppdatera',
} as const;

type Dictionary = {
  [K in keyof typeof sv]: (typeof sv)[K] extends string
    ? string
    : (typeof sv)[K] extends Record<string, string>
      ? { [P in keyof (typeof sv)[K]]: string }
      : (typeof sv)[K] extends (n: number) => string
        ? (n: number) => string
        : never;
};

const en: Dictionary = {
  appName: 'Samtal',
  skipToContent: 'Skip to content',
  signIn: 'Sign in',
  signOut: 'Sign out',
  username: 'Username',
  password: 'Password',
  wrongLogin: 'Wrong username or password.',
  sessionEnded:
    'Your sign-in has ended. Sign in again – what you wrote is kept.',
  language: 'Svenska',
  roles: { agent: 'Agent', supervisor: 'Supervisor', ops: 'Operations' },
  myCalls: 'My calls',
  teamCalls: "The team's calls",
  noCalls: 'No calls yet.',
  noMatches: 'No calls match the filter.',
  loading: 'Loading …',
  loadFailed: 'Could not load the data.',
  search: 'Search',
  allStatuses: 'All statuses',
  page: 'Page',
  of: 'of',
  previous: 'Previous',
  next: 'Next',
  time: 'Time',
  duration: 'Length',
  status: 'Status',
  topic: 'Topic',
  agent: 'Agent',
  statuses: {
    uploading: 'Uploading',
    received: 'Received',
    transcribing: 'Transcribing',
    transcribed: 'Transcribed',
    drafted: 'Draft ready',
    approved: 'Approved',
    failed: 'Failed',
  },
  selectCall: 'Select a call in the list.',
  draft: 'Draft journal note',
  approvedNote: 'Approved journal note',
  draftPending: 'The draft is being prepared …',
  queuePosition: 'Position in queue',
  failedTitle: 'The call could not be processed',
  failedReason: 'Reason',
  failedUnknown: 'The recording could not be transcribed.',
  failedNext:
    'Next step: operations have been alerted and can run the call again. Write the note by hand if the case is urgent.',
  editDraft: 'Journal note (editable)',
  readOnlyNote: 'Journal note (read-only)',
  save: 'Save',
  approve: 'Approve',
  approved: 'Approved',
  saved: 'Saved as version',
  approvedAs: 'Approved as version',
  unchangedHint: 'No changes to save.',
  exportText: 'Export as text',
  exportJson: 'Export as JSON',
  copy: 'Copy to the case',
  copied: 'The note is copied – paste it into the case.',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  sources: 'Show where the sentences come from',
  versions: 'Versions',
  version: 'Version',
  versionKinds: { edit: 'Saved', approve: 'Approved', reopen: 'Reopened' },
  reopen: 'Reopen for changes',
  reopened: 'Reopened for changes in version',
  noVersions: 'No changes yet.',
  noTextChanges: 'Text unchanged.',
  you: 'you',
  dialogue: 'The call (redacted)',
  speakers: { agent: 'Agent', caller: 'Caller', unknown: 'Unknown' },
  audio: 'Recording (redacted)',
  noAudioBecause: {
    pending: 'The redacted recording is being made …',
    untimed:
      'The transcript has no times, so personal data cannot be masked in the audio; the recording is therefore not shown.',
    deleted: 'The recordings were deleted under the retention policy.',
    failed: 'The call could not be processed, so there is no redacted recording.',
  },
  sentiment: 'Sentiment',
  callerSentiment: "Caller's sentiment",
  callerStartEnd: "Caller's sentiment at start → end",
  improved: 'improved',
  worsened: 'worsened',
  unchanged: 'unchanged',
  talkTime: 'Talk time',
  silence: 'Silence',
  interruptions: 'Interruptions',
  topicBecause: 'Topic chosen from the words',
  followUps: 'Follow-up',
  due: 'by',
  dueOn: 'on',
  alertKinds: {
    callerEndsNegative: 'The caller is very unhappy at the end of the call',
    callerTrendFalling: "The caller's mood falls during the call",
    callerSoundsAngry: 'The caller sounds angry at the end of the call (learned model)',
  },
  alerts: 'Alerts',
  uncertain: 'Uncertain recognition',
  uncertainLegend:
    'Passages and words underlined with dashes (Uncertain recognition) may be misheard.',
  lowQualityTitle: 'Uncertain speech recognition',
  lowQualityText:
    'The speech recognition of this call is uncertain: the text, the draft and the sentiment may be wrong. Listen to the recording and check the note before you approve it.',
  meanConfidence: 'Mean confidence',
  uncertainSpeech: 'Uncertain speech',
  sentimentUnreliable:
    'The sentiment is based on an uncertain transcript and is not reliable.',
  approveLowTitle: 'Approve despite uncertain recognition?',
  approveLowText:
    'The speech recognition of this call is uncertain. Approve only if you have listened to the recording and checked that the note is right.',
  approveLowConfirm: 'I have checked it – approve',
  cancel: 'Cancel',
  newDraft: 'New draft ready for the call',
  open: 'Open',
  close: 'Close',
  conflict:
    'The note was saved since you opened it (in another tab or by someone else).',
  conflictTheirChanges: 'What the other save changed, version',
  conflictNoTextChanges: '(the topic only, not the text)',
  conflictReload: 'Reload (your changes are discarded)',
  conflictKeep: 'Save my text on top of the new version',
  unsavedTitle: 'Unsaved changes',
  unsavedText: 'You have changes to the note that are not saved.',
  stay: 'Stay',
  leave: 'Leave without saving',
  dashboard: 'Dashboard',
  timeFormat: 'YYYY-MM-DD HH:MM',
  badTime: 'Write the time as YYYY-MM-DD HH:MM (Swedish time).',
  from: 'From',
  to: 'To',
  allTopics: 'All topics',
  allAgents: 'All agents',
  callsPerHour: 'Calls per hour',
  topics: 'Topics',
  noDraftYet: 'No draft yet',
  noData: 'No data for the selection.',
  sentimentOverTime: "Caller's sentiment over time",
  perAgent: 'Per agent',
  calls: 'Calls',
  pendingCalls: 'in progress',
  failedCalls: 'failed',
  callsCounted: 'Calls (with a draft)',
  average: 'Mean sentiment',
  averageHint:
    "The mean of the caller's sentiment at the end of the calls (−1 very negative, 1 very positive).",
  sentimentExcluded: (n: number) =>
    `${n} ${n === 1 ? 'call' : 'calls'} with uncertain speech recognition left out of the sentiment and the mean sentiment: their sentiment rests on text that cannot be trusted.`,
  callsWithAlerts: 'Calls with alerts',
  noAlerts: 'No alerts.',
  exportCsv: 'Export as CSV',
  showAgent: "Show the agent's calls",
  failedJobs: 'Failed jobs',
  noFailedJobs: 'No failed jobs.',
  callId: 'Call id',
  call: 'Call',
  openCall: 'Open the call',
  arrivedAt: 'Came in',
  backToOps: 'Back to operations',
  contentNotForOps: "The call's content is not shown to operations.",
  stage: 'Stage',
  stages: { transcription: 'Transcription', drafting: 'Drafting' },
  error: 'Error',
  technical: 'Technical detail',
  errors: {
    DamagedRecording: 'The recording is damaged or cannot be decoded.',
    AudioRejected: 'The file is not a recording that can be accepted (format, length or size).',
    InvalidSidecar: 'The transcript sent with the call could not be read.',
    RecognitionTimedOut: 'Speech recognition did not finish within its time limit.',
    ProcessFailed: 'An external program (ffmpeg or Whisper) stopped.',
    TimeoutError: 'The stage took too long.',
    unknown: 'Unknown error.',
  },
  attempts: 'Attempts',
  failedAt: 'Failed',
  replay: 'Replay',
  replaySelected: 'Replay selected',
  replayAll: 'Replay all',
  replayed: 'Queued again',
  selectAll: 'Select all',
  select: 'Select',
  replayedCalls: 'Replayed calls',
  replays: 'Replays',
  noReplays: 'No replayed calls.',
  queues: 'Queues',
  queue: 'Queue',
  waiting: 'Waiting',
  inProgress: 'In progress',
  redelivered: 'Retries',
  stalledFor: 'Not moving since',
  stalled: 'The queue is not moving',
  stalledQueues: 'Queues not moving',
  stalledQueuesHelp:
    'Jobs are waiting but the queue has not moved. Check the services’ health below.',
  queueRecovered: 'The queue is moving again',
  queueNames: {
    transcriber: 'Calls with their own transcript',
    asr: 'Speech recognition',
    journal: 'Redaction and drafting',
    'failed-transcriptions': 'Failed transcriptions',
    'failed-drafts': 'Failed drafts',
    'dead-letter-router': 'Exhausted retries to the failed queue',
  },
  waitTime: 'Wait',
  oldestWaiting: 'oldest waiting',
  replayHistory: 'Show replays',
  replayNumber: 'Replay',
  replayedBy: 'By',
  replayedWhen: 'When',
  previousFailure: 'Had failed',
  notFailed: 'Had not failed',
  outcome: 'Outcome',
  outcomes: {
    pending: 'In progress',
    drafted: 'Drafted again',
    failed: 'Failed again',
    superseded: 'Replayed again before it finished',
  },
  updatedAt: 'Updated',
  autoRefresh: 'refreshed every 5 seconds',
  health: 'Service health',
  service: 'Service',
  healthParts: 'Reaches',
  healthPartNames: { nats: 'NATS', mongo: 'MongoDB' },
  healthStatuses: {
    ok: 'running',
    up: 'up',
    error: 'error',
    down: 'down',
    unreachable: 'not answering',
    shutting_down: 'shutting down',
  },
  refresh: 'Refresh',
};

export const dictionaries: Record<Lang, Dictionary> = { sv, en };
export type { Dictionary };

export const I18n = createContext<{ t: Dictionary; lang: Lang }>({
  t: sv,
  lang: 'sv',
});
export const useI18n = () => useContext(I18n);

const SCORE: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** A sentiment score (−1…1) with two decimals and the UI language's decimal sign (sv −0,46; en -0.46). */
export function formatScore(x: number, lang: Lang): string {
  return SCORE[lang].format(x);
}

/**
 * Times as Swedish case files write them (2026-03-14 09:05, Swedish time), whatever the
 * browser's locale or time zone: a note and its export must read the same on every desk.
 */
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});
const CLOCK = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
});
const CLOCK_SECONDS = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  timeStyle: 'medium',
});

export function formatTime(iso: string | Date): string {
  return DATE_TIME.format(new Date(iso));
}
/**
 * A time typed as the app shows them (2026-03-14 09:05, Swedish time; a `T` for the space is fine)
 * → the instant, whatever the browser's time zone; null when the text is not such a time.
 */
export function parseTime(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Stockholm's offset from UTC at an instant, read back from how it is shown there.
  const offset = (at: number) => {
    const [, ...parts] = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(formatTime(new Date(at)))!;
    const [sy, smo, sd, sh, smi] = parts.map(Number) as [number, number, number, number, number];
    return Date.UTC(sy, smo - 1, sd, sh, smi) - Math.floor(at / 60_000) * 60_000;
  };
  const at = wall - offset(wall - offset(wall));
  // Not a time that exists (2026-02-30, or in the hour skipped when summer time starts).
  return formatTime(new Date(at)) === `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}` ? new Date(at) : null;
}

export function formatClock(iso: string | Date, seconds = false): string {
  return (seconds ? CLOCK_SECONDS : CLOCK).format(new Date(iso));
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '';
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** How long something has waited, coarse as ops read it: 45 s, 3 min, 2 h 5 min (the same in both languages). */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${min % 60} min`;
}

/** A failed job's error in the UI's language: the error's class picks the text, the raw message stays as detail. */
export function errorText(
  t: Dictionary,
  raw: string | null | undefined,
): string {
  if (!raw) return t.errors['unknown']!;
  const kind = /^([A-Za-z]+):/.exec(raw)?.[1] ?? '';
  return t.errors[kind] ?? t.errors['unknown']!;
}
