import { DEMO_ACCOUNTS, signedInPage, seriousAccessibilityViolations, useBrowser } from './support/browser';

// A running contract of Van Wijk Bouw & Infra, the company of aannemer@kansplek.nl (seed/src/demo).
const DEMO_CONTRACT = 'Herinrichting Rijnkade';
const PURCHASE = `Groenonderhoud bouwterrein ${Date.now()}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

const openPage = useBrowser();

const signIn = (email: string) => signedInPage(openPage, email);

const today = () => new Date().toISOString().slice(0, 10);

describe('social return: efforts, progress and reports', () => {
  it('when a contractor submits a purchase at a social enterprise with its invoice and a consultant accepts it, then it counts for the contract, shows in the reports and on the statement', async () => {
    // The contractor submits the purchase and attaches the invoice.
    const contractor = await signIn(DEMO_ACCOUNTS.contractor);
    await contractor
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Inspanningen' })
      .click();
    await contractor.getByRole('link', { name: 'Inspanning indienen' }).click();
    await contractor.getByRole('heading', { level: 1, name: 'Inspanning indienen' }).waitFor();
    const contractSelect = contractor.getByLabel('Opdracht', { exact: true });
    await contractSelect.locator('option', { hasText: DEMO_CONTRACT }).first().waitFor({ state: 'attached' });
    const contractOption = await contractSelect
      .locator('option', { hasText: DEMO_CONTRACT })
      .first()
      .getAttribute('value');
    await contractSelect.selectOption(contractOption!);
    await contractor.getByLabel('Inkoop bij een sociale onderneming').check();
    await contractor.getByLabel('Omschrijving').fill(PURCHASE);
    await contractor.getByLabel('Datum').fill(today());
    await contractor.getByLabel('Factuurbedrag exclusief btw').fill('12.500,00');
    const enterprise = contractor.getByLabel('Sociale onderneming', { exact: true });
    await enterprise.locator('option', { hasText: 'De Werkplaats Arnhem' }).waitFor({ state: 'attached' });
    const enterpriseValue = await enterprise
      .locator('option', { hasText: 'De Werkplaats Arnhem' })
      .getAttribute('value');
    await enterprise.selectOption(enterpriseValue!);
    await contractor
      .getByLabel('Bewijs', { exact: true })
      .fill('Factuur DW-2026-311, groenonderhoud oktober');
    expect(await seriousAccessibilityViolations(contractor, 'effort form')).toEqual([]);
    await contractor.getByRole('button', { name: 'Indienen' }).click();

    await contractor.getByRole('heading', { level: 1, name: PURCHASE }).waitFor();
    await contractor.getByText('Ingediend', { exact: true }).first().waitFor();
    await contractor.getByLabel('Bewijsstuk toevoegen').setInputFiles({
      name: 'factuur-DW-2026-311.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await contractor.getByRole('button', { name: 'Bestand uploaden' }).click();
    await contractor.getByRole('link', { name: 'factuur-DW-2026-311.pdf downloaden' }).waitFor();
    expect(await seriousAccessibilityViolations(contractor, 'submitted effort')).toEqual([]);
    await contractor.context().close();

    // The consultant finds it waiting for review and accepts it.
    const consultant = await signIn(DEMO_ACCOUNTS.consultant);
    await consultant
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Inspanningen' })
      .click();
    await consultant.getByRole('link', { name: PURCHASE }).click();
    await consultant.getByRole('heading', { level: 1, name: PURCHASE }).waitFor();
    expect(await seriousAccessibilityViolations(consultant, 'effort to review')).toEqual([]);
    await consultant.getByLabel('Toelichting').fill('Factuur gecontroleerd');
    await consultant.getByRole('button', { name: 'Accepteren' }).click();
    await consultant.getByText(/Telt mee voor €\s12\.500,00/).waitFor();

    // The contract's progress counts it.
    await consultant.getByRole('link', { name: new RegExp(DEMO_CONTRACT) }).click();
    await consultant.getByRole('heading', { level: 1, name: DEMO_CONTRACT }).waitFor();
    await consultant.getByRole('progressbar', { name: 'Realisatie van de verplichting' }).waitFor();
    await consultant
      .getByRole('table', { name: /telt mee|tellen mee/ })
      .getByRole('rowheader', { name: PURCHASE })
      .waitFor();
    expect(await seriousAccessibilityViolations(consultant, 'contract with progress')).toEqual([]);

    // The statement lists it and prints.
    await consultant.getByRole('link', { name: /verantwoording/i }).click();
    await consultant.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await consultant.getByText(PURCHASE).first().waitFor();
    expect(await seriousAccessibilityViolations(consultant, 'accountability statement')).toEqual([]);

    // The reports show the purchase among the region's figures.
    await consultant
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Rapportages' })
      .click();
    await consultant.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
    await consultant.getByRole('link', { name: /CSV/ }).first().waitFor();
    expect(await seriousAccessibilityViolations(consultant, 'reports')).toEqual([]);
    await consultant.context().close();
  });

  it('when an admin opens the valuation rules, then the demo region has a version in force, readable in euros, and a new version starts from it', async () => {
    const admin = await signIn(DEMO_ACCOUNTS.admin);
    await admin
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Waarderingsregels' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Waarderingsregels' }).waitFor();
    await admin.getByText('Geldt nu').first().waitFor();
    expect(await seriousAccessibilityViolations(admin, 'rule sets')).toEqual([]);
    await admin.getByRole('link', { name: 'Bouwblokken Oost-Nederland' }).first().click();
    await admin.getByRole('table', { name: 'Dienstverband per uitkeringssituatie (bouwblok)' }).waitFor();
    expect(await seriousAccessibilityViolations(admin, 'rule set')).toEqual([]);
    await admin.getByRole('link', { name: 'Nieuwe versie op basis hiervan' }).click();
    await admin.getByRole('group', { name: 'Dienstverbandregel 1' }).waitFor();
    expect(await seriousAccessibilityViolations(admin, 'new rule set version')).toEqual([]);
    await admin.context().close();
  });

  it('when a municipality user opens the reports, then the figures show without personal data', async () => {
    const municipality = await signIn(DEMO_ACCOUNTS.municipality);
    await municipality
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Rapportages' })
      .click();
    await municipality.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
    await municipality.getByRole('heading', { name: 'Trechter van plaatsingen' }).waitFor();
    expect(await seriousAccessibilityViolations(municipality, 'reports as municipality')).toEqual([]);
    await municipality.context().close();
  });
});
