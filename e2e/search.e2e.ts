import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, logIn, useBrowser, seriousAccessibilityViolations } from './support/browser';

// The plain-language kinds candidates read (places.kindsPlain).
const KIND_LABELS: Record<string, string> = {
  job: 'Betaalde baan',
  internship: 'Stage',
  work_experience: 'Werkervaringsplek',
  apprenticeship: 'Leren en werken (BBL)',
};

const openPage = useBrowser();

async function openFromMenu(page: Page, link: string, heading: string) {
  await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('searching', () => {
  it('when a consultant types part of a name, then the candidate is found with the typed letters marked', async () => {
    const page = await openPage();
    await logIn(page, DEMO_ACCOUNTS.consultant);
    await openFromMenu(page, 'Kandidaten', 'Kandidaten');

    await page.getByLabel('Zoeken op naam, vaardigheid of beroep').pressSequentially('youss', { delay: 40 });

    // The number of results is announced politely, and the search is in the address.
    const status = page.getByRole('status').filter({ hasText: /gevonden voor ‘youss’/ });
    await status.waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('zoek')).toBe('youss');
    const hit = page.getByRole('link', { name: /Youssef El Amrani/ });
    await hit.waitFor();
    expect((await hit.locator('mark').first().innerText()).toLowerCase()).toMatch(/^youss/);
    expect(await seriousAccessibilityViolations(page, 'candidate search')).toEqual([]);

    await hit.click();
    await page.getByRole('heading', { level: 1, name: /Youssef El Amrani/ }).waitFor();
    await page.context().close();
  });

  it('when a consultant swaps letters, then the candidate is still found; with more typos, "Bedoelde u …?" offers the right word', async () => {
    const page = await openPage();
    await logIn(page, DEMO_ACCOUNTS.consultant);
    await openFromMenu(page, 'Kandidaten', 'Kandidaten');
    const box = page.getByLabel('Zoeken op naam, vaardigheid of beroep');

    await box.pressSequentially('Yuossef', { delay: 40 });
    await page.getByRole('link', { name: /Youssef El Amrani/ }).waitFor({ timeout: 30_000 });

    await box.fill('Yuosesf');
    const status = page.getByRole('status').filter({ hasText: /Bedoelde u youssef\?/ });
    await status.waitFor({ timeout: 30_000 });
    expect(await seriousAccessibilityViolations(page, 'candidate search with a suggestion')).toEqual([]);
    await status.getByRole('button', { name: 'youssef' }).click();

    await page.getByRole('link', { name: /Youssef El Amrani/ }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('zoek')).toBe('youssef');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('when a consultant keeps to their own candidates, longest waiting first, then the address keeps both and a candidate leads on to places from their home', async () => {
    const page = await openPage();
    await logIn(page, DEMO_ACCOUNTS.consultant);
    await openFromMenu(page, 'Kandidaten', 'Kandidaten');
    const me = (await (await page.request.get('/api/me')).json()) as { data: { id: string } };

    // Without search words there is nothing to order by relevance.
    const order = page.getByLabel('Sorteren op');
    expect(await order.locator('option').allInnerTexts()).toEqual(['Naam', 'Langst wachtend']);
    const ordered = page.waitForRequest((r) => /\/api\/candidates\/search\?.*sort=waiting/.test(r.url()));
    await order.selectOption({ label: 'Langst wachtend' });
    await ordered;
    const mine = page.waitForRequest((r) => r.url().includes(`consultantId=${me.data.id}`));
    await page.getByRole('group', { name: 'Kandidaten' }).getByLabel('Alleen mijn kandidaten').check();
    await mine;
    await page.waitForURL(/sorteer=wachttijd.*mijn=ja/);
    await page
      .locator('.kp-search__count')
      .filter({ hasText: /gevonden|geen/i })
      .waitFor({ timeout: 30_000 });
    expect(await seriousAccessibilityViolations(page, 'own candidates, longest waiting')).toEqual([]);

    // Back to the whole region (the demo consultant need not have candidates of their own).
    await page.getByRole('group', { name: 'Kandidaten' }).getByLabel('Alle kandidaten van de regio').check();
    await page.waitForURL((url) => !url.searchParams.has('mijn'));
    const first = page.locator('.kp-hit').first().getByRole('link');
    await first.click();
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByRole('link', { name: 'Plekken zoeken vanaf deze kandidaat' }).click();
    await page.waitForURL(`**/plekken-zoeken?kandidaat=${id}`);
    // Measured from the chosen candidate's home: the distance choices appear.
    await page.getByRole('group', { name: 'Afstand van het huis van de kandidaat' }).waitFor();
    await page.context().close();
  });

  it('when a candidate narrows open places to 10 km from home and one kind, then every place shown fits', async () => {
    const page = await openPage();
    await logIn(page, DEMO_ACCOUNTS.candidate);
    await openFromMenu(page, 'Plekken zoeken', 'Plekken zoeken');
    const count = page.locator('.kp-search__count');
    await count.filter({ hasText: /open plek/ }).waitFor({ timeout: 30_000 });

    // Facet counts are those of the narrowed results: the answer says which kinds are within reach.
    const narrowed = page.waitForResponse((r) => /\/api\/places\/search\?.*maxKm=10/.test(r.url()));
    await page.getByLabel('Binnen 10 km van huis').check();
    const { facets } = (await (await narrowed).json()) as { facets: { kind: Record<string, number> } };
    const [kind, expected] = Object.entries(facets.kind).find(([, n]) => n > 0)!;
    const kindLabel = KIND_LABELS[kind]!;

    await page.getByRole('group', { name: 'Soort plek' }).getByLabel(`${kindLabel} (${expected})`).check();
    await page.waitForURL(/afstand=10.*soort=/);
    await count
      .filter({ hasText: expected === 1 ? 'Er is 1 open plek.' : `Er zijn ${expected} open plekken.` })
      .waitFor();
    const distances = await page.locator('.kp-hit').allInnerTexts();
    expect(distances.length).toBeGreaterThan(0);
    for (const text of distances) {
      const km = Number(/([\d,]+) km van huis/.exec(text)![1]!.replace(',', '.'));
      expect(km).toBeLessThanOrEqual(10);
      expect(text).toContain(kindLabel);
    }
    expect(await seriousAccessibilityViolations(page, 'open places search')).toEqual([]);
    await page.context().close();
  });
});
