import { DEMO_ACCOUNTS, logIn, useBrowser, seriousAccessibilityViolations } from './support/browser';

// A small open cleaning place of the demo region near Arnhem centre (seed/src/demo/demo-data.ts).
const DEMO_PLACE = 'Schoonmaker kantine (ochtend)';

const openPage = useBrowser();

describe('matching on a place', () => {
  it('when a consultant opens a demo place, then candidates are proposed with their reasons, and one can be shortlisted', async () => {
    const page = await openPage();
    await logIn(page, DEMO_ACCOUNTS.consultant);
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();

    await page.goto(`/plekken?zoek=${encodeURIComponent(DEMO_PLACE)}`);
    await page.getByRole('link', { name: DEMO_PLACE }).first().click();
    await page.getByRole('heading', { level: 1, name: DEMO_PLACE }).waitFor();

    const proposals = page.getByRole('region', { name: 'Voorstellen' });
    const firstCard = proposals
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .first();
    await firstCard.waitFor({ timeout: 30_000 });
    const name = (await firstCard.getByRole('heading', { level: 3 }).innerText()).trim();

    // Every factor in words and points, e.g. "Afstand 8,8/15 — 6,2 km per fiets (max 15 km)".
    const reasons = proposals.getByRole('list', { name: `Redenen voor ${name}` });
    const lines = await reasons.getByRole('listitem').allInnerTexts();
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^Vaardigheden [\d,]+\/30 — /);
    expect(lines.find((line) => line.startsWith('Afstand'))).toMatch(
      /^Afstand [\d,]+\/15 — [\d,]+ km .+ \(max \d+ km\)$/,
    );
    expect(lines.find((line) => line.startsWith('Wachttijd'))).toMatch(/^Wachttijd [\d,]+\/10 — /);
    await firstCard.getByText(/^Score [\d,]+ van 100$/).waitFor();

    expect(await seriousAccessibilityViolations(page, 'place page with proposals')).toEqual([]);

    // The dismiss dialog is modal: it has a name, Escape closes it and focus returns to its button.
    const dismiss = firstCard.getByRole('button', { name: `Afwijzen ${name}` });
    await dismiss.click();
    await page
      .getByRole('dialog', { name: `${name} afwijzen` })
      .getByLabel('Reden')
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await dismiss.evaluate((button) => button === document.activeElement)).toBe(true);

    await proposals.getByRole('button', { name: `Op shortlist ${name}` }).click();
    await proposals.getByRole('status').getByText(`${name} staat op de shortlist.`).waitFor();

    // The candidate leaves the proposals and appears in the list of decided candidates.
    const decided = page.getByRole('table', { name: 'Kandidaten bij deze plek' });
    await decided.getByRole('row', { name }).getByText('Op de shortlist').waitFor();
    expect(await proposals.getByRole('heading', { level: 3, name }).count()).toBe(0);
    await page.context().close();
  });
});
