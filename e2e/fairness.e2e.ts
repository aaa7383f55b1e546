import { DEMO_ACCOUNTS, signedInPage, seriousAccessibilityViolations, useBrowser } from './support/browser';

const openPage = useBrowser();

describe('responsible matching: the fairness report and the algorithm register', () => {
  it('when anyone follows the footer link, then the algorithm register entry shows the weights in force, without signing in', async () => {
    const page = await openPage();
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Hoe de matching werkt (algoritmeregister)' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Algoritmeregister: de matching van Kansplek' })
      .waitFor();
    const weights = page.getByRole('table', {
      name: 'Factoren van de score met hun gewicht (samen 100 punten)',
    });
    await weights.waitFor();
    await weights.getByRole('row', { name: /^Vaardigheden .* 30$/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Menselijke tussenkomst' }).waitFor();
    expect(await page.getByRole('link', { name: 'Download als JSON' }).getAttribute('href')).toBe(
      '/api/algorithm-register',
    );
    expect(await seriousAccessibilityViolations(page, 'algorithm register')).toEqual([]);
    await page.context().close();
  });

  it('when a consultant opens Eerlijkheid, then the groups of the region show in captioned tables', async () => {
    const page = await signedInPage(openPage, DEMO_ACCOUNTS.consultant);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Eerlijkheid' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Eerlijkheid van de matching' }).waitFor();
    await page.getByRole('table', { name: 'Per leeftijdsgroep' }).waitFor();
    await page
      .getByRole('table', { name: 'Voorstellen afgewezen en kandidaten met de hand toegevoegd' })
      .waitFor();
    expect(await seriousAccessibilityViolations(page, 'fairness report')).toEqual([]);
    await page.context().close();
  });

  it('when a municipality opens Eerlijkheid, then it sees the report of its own contracts without serious accessibility problems', async () => {
    const page = await signedInPage(openPage, DEMO_ACCOUNTS.municipality);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Eerlijkheid' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Eerlijkheid van de matching' }).waitFor();
    await page
      .getByRole('table', { name: 'Voorstellen afgewezen en kandidaten met de hand toegevoegd' })
      .waitFor();
    expect(await seriousAccessibilityViolations(page, 'fairness report (municipality)')).toEqual([]);
    await page.context().close();
  });
});
