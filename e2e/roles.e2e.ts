import { baseUrl, DEMO_ACCOUNTS, logIn, useBrowser, seriousAccessibilityViolations } from './support/browser';

// Pages every role has; later issues add more per role, so the rest of the list is not pinned here.
const EVERY_ROLE_NAVIGATION = ['Start', 'Meldingen', 'Mijn account'];

const openPage = useBrowser();

describe.each(Object.entries(DEMO_ACCOUNTS) as Array<[keyof typeof DEMO_ACCOUNTS, string]>)(
  'when the %s demo user logs in',
  (role, email) => {
    it('then they land on their home page with their navigation, without serious accessibility problems, and can log out', async () => {
      const page = await openPage();

      await logIn(page, email);

      await page.waitForURL(`${baseUrl()}/`);
      await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      const links = await nav.getByRole('link').allInnerTexts();
      expect(links[0]).toBe('Start');
      expect(links).toEqual(expect.arrayContaining(EVERY_ROLE_NAVIGATION));
      // User management is for the admin only.
      expect(links.includes('Gebruikers')).toBe(role === 'admin');
      expect(await nav.getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe('page');
      await page.getByRole('button', { name: /^Meldingen/ }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.getByRole('main').count()).toBe(1);

      expect(await seriousAccessibilityViolations(page, `home of ${role}`)).toEqual([]);

      await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL(`${baseUrl()}/inloggen`);

      // The session is gone on the server too: a protected page sends the user back to the login page.
      await page.goto('/meldingen');
      await page.waitForURL(`${baseUrl()}/inloggen?terug=%2Fmeldingen`);
      await page.context().close();
    });
  },
);
