import { DEMO_ACCOUNTS, seriousAccessibilityViolations, signedInPage, useBrowser } from './support/browser';

const openPage = useBrowser();

describe('e-mail preferences', () => {
  it('when a consultant chooses the daily digest for a topic on their account page, then the choice is kept', async () => {
    const page = await signedInPage(openPage, DEMO_ACCOUNTS.consultant);
    await page.goto('/mijn-account');
    const updates = page.getByRole('group', { name: 'Voortgang van matches' });
    await updates.waitFor();
    expect(await seriousAccessibilityViolations(page, 'account page with e-mail preferences')).toEqual([]);

    await updates.getByRole('radio', { name: 'Direct een e-mail' }).check();
    await page.getByRole('button', { name: 'E-mailvoorkeuren opslaan' }).click();
    await page.getByText('Uw e-mailvoorkeuren zijn opgeslagen.').waitFor();
    expect(await seriousAccessibilityViolations(page, 'e-mail preferences saved')).toEqual([]);

    await page.reload();
    const again = page.getByRole('group', { name: 'Voortgang van matches' });
    expect(await again.getByRole('radio', { name: 'Direct een e-mail' }).isChecked()).toBe(true);
    // Back to the default, so other tests see the demo as it was.
    await again.getByRole('radio', { name: 'In het dagelijkse overzicht (standaard)' }).check();
    await page.getByRole('button', { name: 'E-mailvoorkeuren opslaan' }).click();
    await page.getByText('Uw e-mailvoorkeuren zijn opgeslagen.').waitFor();
    await page.context().close();
  });
});
