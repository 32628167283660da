import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = join(import.meta.dirname, '..', 'output', 'screenshots');

/** Debian's Chromium, headless, kept off the (closed) network apart from localhost. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function signIn(browser: Browser, gatewayUrl: string, username: string, password: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE' });
  await page.goto(gatewayUrl);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
  return page;
}

/** Opens a call from the agent's list and waits for its note (a draft, or an approved note). */
export async function openCall(page: Page, callId: string): Promise<void> {
  await page.locator(`tr[data-call-id="${callId}"]`).getByRole('link').click();
  await page.getByRole('heading', { name: /^(Utkast till|Godkänd) journalanteckning$/ }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
