import type { Page } from 'playwright-core';
import { eventually } from './support/eventually';
import { baseUrl, DEMO_ACCOUNTS, logIn, useBrowser, seriousAccessibilityViolations } from './support/browser';

const openPage = useBrowser();

describe('the login page', () => {
  it('when opened, then it is Dutch and has no serious accessibility problems', async () => {
    const page = await openPage();
    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.title()).toBe('Inloggen – Kansplek');
    expect(await seriousAccessibilityViolations(page, 'login page')).toEqual([]);

    // The skip link is the first thing a keyboard user reaches, and it leads to the main content.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Naar hoofdinhoud' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('when the password is wrong, then a Dutch error is shown and the e-mail address stays filled in', async () => {
    const page = await openPage();

    await logIn(page, DEMO_ACCOUNTS.consultant, 'niet-het-goede-wachtwoord');

    await page.getByText('Het e-mailadres of het wachtwoord is niet juist.').waitFor();
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(DEMO_ACCOUNTS.consultant);
    expect(page.url()).toBe(`${baseUrl()}/inloggen`);
    // The summary took focus, so a screen reader reads the problem at once.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'Er is een probleem',
    );
    expect(await seriousAccessibilityViolations(page, 'login page with error')).toEqual([]);
    await page.context().close();
  });

  it('when a form is sent with invalid fields, then the fields are marked without a request to the API', async () => {
    const page = await openPage();
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('jan@');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const email = page.getByLabel('E-mailadres');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.inputValue()).toBe('jan@');
    await page.getByText('Vul uw wachtwoord in.').first().waitFor();
    await page.context().close();
  });
});

describe('an unknown address', () => {
  it('then it shows the 404 page', async () => {
    const page = await openPage();
    const response = await page.goto('/deze-pagina-bestaat-niet');

    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await page.getByRole('link', { name: 'Naar de startpagina' }).waitFor();
    expect(await seriousAccessibilityViolations(page, '404 page')).toEqual([]);
    await page.context().close();
  });
});

describe('the language switch', () => {
  it('when English is chosen, then the page is in English, and it stays so after a reload', async () => {
    const page = await openPage();
    await page.goto('/inloggen');

    await page.getByRole('button', { name: /English/ }).click();

    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('E-mail address').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();

    await page.getByRole('button', { name: /Nederlands/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.context().close();
  });

  it('when a signed-in user switches, then the choice is saved on the account', async () => {
    const page = await openPage();
    await logIn(page, DEMO_ACCOUNTS.municipality);
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();

    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    await expectAccountLocale(page, 'en');

    // Back to Dutch, so the demo account is as the other tests expect it.
    await page.getByRole('button', { name: /Nederlands/ }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    await expectAccountLocale(page, 'nl');
    await page.context().close();
  });
});

async function expectAccountLocale(page: Page, locale: string) {
  const readLocale = async () => {
    const body = (await (await page.request.get('/api/me')).json()) as { data: { locale: string } };
    return body.data.locale;
  };
  expect(await eventually(readLocale, locale)).toBe(locale);
}
