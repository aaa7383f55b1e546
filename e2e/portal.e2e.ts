import { DEMO_ACCOUNTS, logIn, useBrowser, seriousAccessibilityViolations } from './support/browser';

const openPage = useBrowser();

describe('the candidate portal', () => {
  it('when a candidate shows interest in an open place, then Mijn matches says what happens now, and the interest can be withdrawn', async () => {
    const page = await openPage();
    await logIn(page, DEMO_ACCOUNTS.candidate);
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    // The home page says whether introductions wait for an answer, before the recommendations.
    await page
      .getByRole('region', { name: 'Mijn matches' })
      .getByRole('link', { name: /^Bekijk/ })
      .waitFor();

    await nav.getByRole('link', { name: 'Plekken zoeken' }).click();
    const hit = page.locator('.kp-hit').first();
    await hit.waitFor({ timeout: 30_000 });
    const title = (await hit.getByRole('heading', { level: 3 }).innerText()).trim();
    await hit.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await page.getByRole('button', { name: `Ik heb interesse in ${title}` }).click();
    await page.getByText('Uw consulent heeft uw interesse ontvangen.', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page, 'open place after showing interest')).toEqual([]);

    await nav.getByRole('link', { name: 'Mijn matches' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn matches' }).waitFor();
    const card = page.getByRole('list', { name: 'Uw plekken' }).getByRole('listitem', { name: title });
    await card.getByText('U heeft interesse getoond').waitFor();
    await card.getByText('Uw consulent heeft uw interesse ontvangen en bekijkt', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page, 'Mijn matches')).toEqual([]);

    await card.getByRole('button', { name: `Trek mijn interesse in – ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: `Interesse intrekken voor ${title}?` });
    await dialog.getByLabel('Waarom trekt u uw interesse in?').selectOption('found_other_work');
    expect(await seriousAccessibilityViolations(page, 'Mijn matches, withdraw dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Ja, trek mijn interesse in' }).click();

    await page.getByText(`U heeft uw interesse ingetrokken voor ${title}.`).waitFor();
    await card.getByText('U heeft uw interesse ingetrokken', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: /^Trek mijn interesse in/ }).count()).toBe(0);
    await page.context().close();
  });
});
