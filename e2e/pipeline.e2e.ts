import type { Locator, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, signedInPage, useBrowser, seriousAccessibilityViolations } from './support/browser';
import { eventually } from './support/eventually';

// A small open cleaning place of Van Wijk Bouw & Infra, the company of aannemer@kansplek.nl
// (seed/src/demo/accounts.ts and demo-data.ts). matching.e2e.ts uses another company's place.
const DEMO_PLACE = 'Schoonmaker bouwketen en kantoor';

const openPage = useBrowser();

const signIn = (email: string) => signedInPage(openPage, email);

/** A column of the board, e.g. "Gesprek (1)". */
function boardColumn(page: Page, stage: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${stage} \\(\\d+\\)$`) });
}

/** The card of this candidate for the demo place (a candidate may be on the board for several places). */
function cardOf(column: Locator, name: string): Locator {
  return column
    .getByRole('listitem')
    .filter({ has: column.page().getByRole('link', { name, exact: true }) })
    .filter({ hasText: DEMO_PLACE });
}

/** The stage tag under the candidate's name on the match page: "Fase: Gesprek". */
async function waitForStage(page: Page, stage: string): Promise<void> {
  await page.getByText(`Fase: ${stage}`, { exact: true }).waitFor();
}

/** The message a step leaves behind (a polite live region that takes focus). */
async function waitForFeedback(page: Page, text: string): Promise<void> {
  await page.getByRole('status').getByText(text, { exact: false }).waitFor();
}

/** What the bell shows ("Meldingen 3 ongelezen"; no number when nothing is unread). */
async function bellCount(page: Page): Promise<number> {
  const text = await page.getByRole('button', { name: /^Meldingen/ }).innerText();
  return Number(/\d+/.exec(text)?.[0] ?? 0);
}

async function unreadFromApi(page: Page): Promise<number> {
  const response = await page.request.get('/api/notifications/unread-count');
  return ((await response.json()) as { data: { unread: number } }).data.unread;
}

/** 'YYYY-MM-DD' plus whole years (the employment of a temporary contract ends a year after it starts). */
function plusYears(date: string, years: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() + years); // 29 February becomes 1 March
  return day.toISOString().slice(0, 10);
}

describe('the match pipeline across roles', () => {
  it('when a consultant introduces a shortlisted candidate, then the contractor interviews and tries them out, and the consultant records the hire with its aftercare', async () => {
    // 1. The consultant shortlists a proposed candidate on a place of the contractor.
    const consultant = await signIn(DEMO_ACCOUNTS.consultant);
    await consultant.goto(`/plekken?zoek=${encodeURIComponent(DEMO_PLACE)}`);
    await consultant.getByRole('link', { name: DEMO_PLACE }).first().click();
    await consultant.getByRole('heading', { level: 1, name: DEMO_PLACE }).waitFor();

    const proposals = consultant.getByRole('region', { name: 'Voorstellen' });
    const firstCard = proposals
      .getByRole('listitem')
      .filter({ has: consultant.getByRole('heading', { level: 3 }) })
      .first();
    await firstCard.waitFor({ timeout: 30_000 });
    const name = (await firstCard.getByRole('heading', { level: 3 }).innerText()).trim();
    await proposals.getByRole('button', { name: `Op shortlist ${name}` }).click();
    await proposals.getByRole('status').getByText(`${name} staat op de shortlist.`).waitFor();

    // The place page lists the candidate but links to the candidate, not the match: the board does.
    await consultant
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Matches' })
      .click();
    await consultant.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
    await cardOf(boardColumn(consultant, 'Op de shortlist'), name)
      .getByRole('link', { name, exact: true })
      .click();
    await consultant.getByRole('heading', { level: 1, name }).waitFor();
    const matchPath = new URL(consultant.url()).pathname;
    expect(matchPath).toMatch(/^\/matches\/[0-9a-f]{24}$/);
    await waitForStage(consultant, 'Op de shortlist');

    // Asking for consent, then recording the yes the candidate gave in person.
    const introduction = consultant.getByRole('region', { name: 'Voorstellen aan de werkgever' });
    await introduction.getByLabel('Toelichting (optioneel)').fill('Woont dichtbij en zoekt ochtendwerk.');
    await introduction.getByRole('button', { name: 'Toestemming vragen' }).click();
    await waitForFeedback(consultant, `${name} is gevraagd om toestemming voor de introductie.`);
    await introduction.getByText('Wacht op het antwoord van de kandidaat.').waitFor();
    await introduction
      .getByRole('group', { name: 'Antwoord van de kandidaat' })
      .getByLabel('Geeft toestemming om te worden voorgesteld')
      .check();
    await introduction.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    await waitForFeedback(consultant, 'De toestemming is vastgelegd.');
    await waitForStage(consultant, 'Voorgesteld aan werkgever');
    await introduction.getByText('Persoonlijk gegeven, vastgelegd door', { exact: false }).waitFor();

    // The consultant stays on the board while the contractor works: it and the bell follow live.
    await consultant.goto('/matches');
    await cardOf(boardColumn(consultant, 'Voorgesteld aan werkgever'), name).waitFor();
    const unreadBefore = await unreadFromApi(consultant);
    expect(await eventually(() => bellCount(consultant), unreadBefore)).toBe(unreadBefore);

    // 2. The contractor finds the introduced candidate with the CV summary and invites them.
    const contractor = await signIn(DEMO_ACCOUNTS.contractor);
    await contractor
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Matches' })
      .click();
    await contractor.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
    await cardOf(boardColumn(contractor, 'Voorgesteld aan werkgever'), name)
      .getByRole('link', { name, exact: true })
      .click();
    await contractor.getByRole('heading', { level: 1, name }).waitFor();
    expect(new URL(contractor.url()).pathname).toBe(matchPath);
    const cv = contractor.getByRole('region', { name: 'Cv-samenvatting' });
    // Skills first; no target groups, benefits or support needs (the API leaves those out).
    await cv.getByRole('term').filter({ hasText: 'Vaardigheden' }).waitFor();
    expect(await cv.getByRole('definition').first().innerText()).not.toBe('—');
    expect(await cv.getByRole('term').allInnerTexts()).toEqual([
      'Vaardigheden',
      'Beroepen',
      'Werkervaring',
      'Opleiding',
      'Opleidingsniveau',
      'Nederlands',
      'Rijbewijs',
    ]);

    // The interview: today, 10:00–11:00, at the contractor's office; the parties get it with a calendar file.
    const interview = contractor.getByRole('region', { name: 'Sollicitatiegesprek', exact: true });
    await interview.getByLabel('Begintijd').fill('10:00');
    await interview.getByLabel('Eindtijd').fill('11:00');
    await interview.getByLabel('Plaats').fill('Westervoortsedijk 73, Arnhem');
    expect(await seriousAccessibilityViolations(contractor, 'match page, interview form')).toEqual([]);
    await interview.getByRole('button', { name: `Uitnodigen voor gesprek ${name}` }).click();
    await waitForFeedback(contractor, `${name} is uitgenodigd voor het sollicitatiegesprek.`);
    await waitForStage(contractor, 'Gesprek');
    await interview.getByText('10:00–11:00 uur').waitFor();

    // 4. The consultant's bell counts the invitation without a reload, and the board moves the card.
    expect(await eventually(() => bellCount(consultant), unreadBefore + 1)).toBe(unreadBefore + 1);
    await cardOf(boardColumn(consultant, 'Gesprek'), name).waitFor();

    // The trial: start today, the default end two months later, with the intent to employ.
    const trial = contractor.getByRole('region', { name: 'Proefplaatsing', exact: true });
    const startDate = await trial.getByLabel('Startdatum', { exact: true }).inputValue();
    expect(startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await trial.getByLabel('Geplande einddatum', { exact: true }).inputValue()).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    await trial.getByLabel('Intentie tot een dienstverband van minstens 6 maanden').check();
    expect(await seriousAccessibilityViolations(contractor, 'match page, start trial form')).toEqual([]);
    await trial.getByRole('button', { name: 'Proefplaatsing starten' }).click();
    await waitForFeedback(contractor, `De proefplaatsing van ${name} is gestart.`);
    await waitForStage(contractor, 'Proefplaatsing');
    await trial.getByText('Nog geen check-ins.').waitFor();

    // A check-in: four ratings from 1 to 5.
    for (const [rating, score] of [
      ['Aanwezigheid', '5 – uitstekend'],
      ['Houding', '4 – goed'],
      ['Vaardigheden', '3 – voldoende'],
      ['Aansluiting bij team en werk', '4 – goed'],
    ] as const) {
      await trial.getByRole('group', { name: rating, exact: true }).getByLabel(score).check();
    }
    await trial.getByLabel('Toelichting (optioneel)').first().fill('Goede eerste week.');
    expect(
      await seriousAccessibilityViolations(contractor, 'match page, check-in and outcome forms'),
    ).toEqual([]);
    await trial.getByRole('button', { name: 'Check-in vastleggen' }).click();
    await waitForFeedback(contractor, 'De check-in is vastgelegd.');
    await trial
      .getByText('Aanwezigheid: 5 · Houding: 4 · Vaardigheden: 3 · Aansluiting bij team en werk: 4', {
        exact: false,
      })
      .waitFor();
    await contractor.context().close();

    // 3. The consultant finds the match in the trial column and records the hire.
    const trialColumn = boardColumn(consultant, 'Proefplaatsing');
    await cardOf(trialColumn, name).waitFor();
    expect(await seriousAccessibilityViolations(consultant, 'match board')).toEqual([]);
    await cardOf(trialColumn, name).getByRole('link', { name, exact: true }).click();
    await consultant.getByRole('heading', { level: 1, name }).waitFor();
    await waitForStage(consultant, 'Proefplaatsing');

    const outcome = consultant.getByRole('region', { name: 'Proefplaatsing', exact: true });
    await outcome.getByRole('group', { name: 'Uitkomst', exact: true }).getByLabel('In dienst nemen').check();
    const employmentStart = outcome.getByLabel('Startdatum dienstverband');
    // Prefilled with the planned end of the trial.
    const hiredFrom = await employmentStart.inputValue();
    expect(hiredFrom.localeCompare(startDate)).toBe(1);
    await outcome.getByLabel('Soort contract').selectOption({ label: 'Tijdelijk contract' });
    await outcome.getByLabel('Uren per week').fill('24');
    await outcome.getByLabel('Geplande einddatum dienstverband').fill(plusYears(hiredFrom, 1));
    await outcome.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await waitForFeedback(consultant, 'Vastgelegd: de kandidaat is in dienst. De nazorg is gepland.');
    await waitForStage(consultant, 'In dienst');

    // The aftercare schedule: 1, 3, 6 and 12 months after the start of the employment.
    const employment = consultant.getByRole('region', { name: 'Dienstverband', exact: true });
    await employment.getByRole('heading', { level: 3, name: 'Nazorg', exact: true }).waitFor();
    // The only list in the section (the terms are a description list).
    const aftercare = await employment.getByRole('listitem').allInnerTexts();
    expect(aftercare.map((line) => line.split(' — ')[0])).toEqual([
      'Na 1 maand',
      'Na 3 maanden',
      'Na 6 maanden',
      'Na 12 maanden',
    ]);
    for (const line of aftercare) expect(line).toMatch(/uiterlijk .+: nog te doen$/);
    await consultant.context().close();
  }, 180_000);
});
