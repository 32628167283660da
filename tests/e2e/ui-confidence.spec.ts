import { CallViewSchema, type CallView } from '@samtal/contracts';
import { synthesizeCall, testWhisper } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openCall, screenshot, signIn } from '../support/browser.js';
import { BOSTADSTILLAGG_CALL } from '../support/dialogues.js';
import { DEMO_PASSWORD, Stack, accessToken, uiAsrSettings, upload } from '../support/stack.js';

/**
 * Transcript confidence in the caseworker UI (issue 15), in Debian's Chromium against the whole
 * stack: a call recognised by the generated test model (meaningless words, low confidence) is
 * marked, flagged and needs a confirmation to approve; the same call with a sidecar transcript
 * (no confidence: quality unknown) shows none of it.
 */
describe('transcript confidence in the caseworker UI', () => {
  let stack: Stack;
  let browser: Browser;
  let lowCall: string;
  let sidecarCall: string;

  beforeAll(async () => {
    const call = await synthesizeCall(BOSTADSTILLAGG_CALL);
    const audio = new Blob([await readFile(call.wavPath)], {
      type: 'audio/wav',
    });
    stack = await Stack.start(uiAsrSettings(testWhisper().model));
    browser = await launchBrowser();
    const db = await stack.db();
    // Waits for the call's draft; a failed call fails the test with its reason.
    const drafted = async (callId: string) => {
      for (
        const until = Date.now() + 400_000;
        Date.now() < until;
        await new Promise((r) => setTimeout(r, 500))
      ) {
        if (
          await db
            .collection('journal_entries')
            .findOne({ _id: callId as never })
        )
          return;
        const call = await db
          .collection('calls')
          .findOne({ _id: callId as never });
        if (call?.['status'] === 'failed')
          throw new Error(`call ${callId} failed: ${String(call['error'])}`);
      }
      throw new Error(`call ${callId} was not drafted`);
    };
    const submit = async (transcript?: Blob) => {
      const accepted = await upload(stack.url('ingest'), {
        audio,
        transcript,
        agentId: 'anna',
        language: 'sv',
      });
      expect(accepted.status).toBe(202);
      return accepted.body['callId'] as string;
    };
    // Recognised by whisper.cpp with the meaningless test model; and the same call with its sidecar.
    lowCall = await submit();
    sidecarCall = await submit(new Blob([call.sidecarJson]));
    await drafted(sidecarCall);
    await drafted(lowCall);
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function callView(callId: string): Promise<CallView> {
    const response = await fetch(`${stack.url('gateway')}/calls/${callId}`, {
      headers: { authorization: `Bearer ${await accessToken('anna')}` },
    });
    expect(response.status).toBe(200);
    return CallViewSchema.parse(await response.json());
  }

  it('the call view carries the quality computed at drafting: low for the meaningless model, unknown for the sidecar', async () => {
    const low = (await callView(lowCall)).journal!;
    expect(low.transcriptQuality.level).toBe('low');
    expect(low.transcriptQuality.meanConfidence).not.toBeNull();
    expect(low.dialogue.some((turn) => turn.uncertain)).toBe(true);
    for (const turn of low.dialogue)
      expect(turn.confidence).toEqual(expect.any(Number));

    const sidecar = (await callView(sidecarCall)).journal!;
    expect(sidecar.transcriptQuality).toEqual({
      level: 'unknown',
      meanConfidence: null,
      lowShare: null,
    });
    expect(
      sidecar.dialogue.some(
        (turn) =>
          turn.uncertain ||
          turn.confidence !== undefined ||
          turn.uncertainWords,
      ),
    ).toBe(false);
  });

  it('marks uncertain speech, warns, calls the sentiment unreliable and asks before approving a low-quality draft', async () => {
    const page = await signIn(
      browser,
      stack.url('gateway'),
      'anna',
      DEMO_PASSWORD,
    );
    await openCall(page, lowCall);

    // The banner, as an alert, telling the agent to check the recording.
    const banner = page.getByTestId('low-quality');
    await banner.waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.textContent()).toContain('Lyssna på inspelningen');

    // Uncertain turns: marked with visible text and a title, not colour alone.
    const uncertain = page.locator('.turn[data-uncertain]');
    expect(await uncertain.count()).toBeGreaterThan(0);
    expect(await uncertain.first().getAttribute('title')).toBe(
      'Osäker igenkänning',
    );
    expect(
      await uncertain.first().getByTestId('uncertain-turn').textContent(),
    ).toBe('Osäker igenkänning');
    // Words below the word threshold (word timestamps are on): marked, with a title and hidden text for screen readers.
    const words = page.getByTestId('uncertain-word');
    expect(await words.count()).toBeGreaterThan(0);
    expect(await words.first().getAttribute('title')).toBe(
      'Osäker igenkänning',
    );
    expect(await words.first().textContent()).toContain('(Osäker igenkänning)');

    // The sentiment panel says its scores are unreliable.
    expect(
      await page.getByTestId('sentiment-unreliable').textContent(),
    ).toContain('inte tillförlitlig');
    await screenshot(page, 'agent-low-confidence');

    // Approve asks first; cancelling approves nothing.
    await page.getByRole('button', { name: 'Godkänn' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Godkänna trots osäker igenkänning?',
    });
    await dialog.waitFor();
    await screenshot(page, 'agent-low-confidence-confirm');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('approved').count()).toBe(0);
    expect((await callView(lowCall)).journal!.approved).toBeNull();

    // Confirmed: approved.
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await dialog
      .getByRole('button', { name: 'Jag har kontrollerat – godkänn' })
      .click();
    await page.getByTestId('approved').waitFor();
    expect((await callView(lowCall)).journal!.approved).not.toBeNull();
    await page.close();
  });

  it('shows none of it for a sidecar transcript: no marks, no banner, Approve approves at once', async () => {
    const page = await signIn(
      browser,
      stack.url('gateway'),
      'anna',
      DEMO_PASSWORD,
    );
    await openCall(page, sidecarCall);
    await page.getByTestId('sentiment').waitFor();
    expect(await page.getByTestId('low-quality').count()).toBe(0);
    expect(await page.locator('.turn[data-uncertain]').count()).toBe(0);
    expect(await page.getByTestId('uncertain-word').count()).toBe(0);
    expect(await page.getByTestId('sentiment-unreliable').count()).toBe(0);
    await screenshot(page, 'agent-sidecar-no-confidence');
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByTestId('approved').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });
});
