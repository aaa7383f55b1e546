import type { Types } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import { ZAcceptEffort, ZRejectEffort, ZSubmitEffort, type TRole } from '../contract';
import { ContractModel } from '../contracts/contracts.model';
import { acceptEffort, rejectEffort } from '../efforts/decide-effort';
import { submitEffort } from '../efforts/submit-effort';
import { notifyUser } from '../notifications/notifications.service';
import { addDays } from '../valuation/credit-lines';
import { dutchToday } from '../contracts/today';
import type { DemoLoad } from './demo-load-marker';
import type { DemoOrganisationIds } from './demo-organisations';

type Decision = { accept: string } | { reject: string } | null;

interface DemoEffort {
  company: string;
  kind: 'social_purchase' | 'project_contribution' | 'practical_support' | 'volunteering';
  description: string;
  daysAgo: number;
  amountCents?: number;
  hours?: number;
  enterprise?: string;
  evidence: string;
  decision: Decision;
}

// Van Wijk's efforts are submitted by its own user; Gelre Schoon's by the consultant on its behalf.
// Social enterprises are among the demo companies (keys `werkplaats`, `fietsenfabriek`).
const EFFORTS: DemoEffort[] = [
  {
    company: 'vanWijk',
    kind: 'social_purchase',
    description: 'Groenonderhoud bouwterrein Rijnkade',
    daysAgo: 60,
    amountCents: 1_850_000,
    enterprise: 'werkplaats',
    evidence: 'Factuur DW-2026-118 van De Werkplaats Arnhem',
    decision: { accept: 'Factuur gecontroleerd.' },
  },
  {
    company: 'vanWijk',
    kind: 'practical_support',
    description: 'Rijlessen voor een statushouder (20 lessen en examen)',
    daysAgo: 40,
    amountCents: 245_000,
    evidence: 'Factuur rijschool Verkeersschool Arnhem, nr. 2026-311',
    decision: { accept: 'Rijbewijs behaald; telt mee.' },
  },
  {
    company: 'vanWijk',
    kind: 'project_contribution',
    description: 'Bijdrage aan de banenmarkt Arnhem',
    daysAgo: 30,
    amountCents: 150_000,
    evidence: 'Toezegging per e-mail',
    decision: {
      reject: 'Er is geen bewijs dat de bijdrage is betaald; dien de factuur of het betaalbewijs in.',
    },
  },
  {
    // Oost-Nederland gives volunteering no value (a dash in the table), so the school's sports day
    // counts as a contribution to a project.
    company: 'vanWijk',
    kind: 'project_contribution',
    description: 'Sportdag basisschool De Rijn: materiaal en begeleiding',
    daysAgo: 10,
    amountCents: 120_000,
    evidence: 'Factuur sportmaterialen en urenstaat ondertekend door de school',
    decision: null,
  },
  {
    company: 'gelreSchoon',
    kind: 'social_purchase',
    description: 'Fietsen voor woon-werkverkeer van nieuwe medewerkers',
    daysAgo: 90,
    amountCents: 9_500_000,
    enterprise: 'fietsenfabriek',
    evidence: 'Factuur FL-2026-044 van Fietsenfabriek Lingewaard',
    decision: { accept: 'Factuur en levering gecontroleerd.' },
  },
];

async function runningContractOf(companyId: Types.ObjectId | undefined) {
  return ContractModel.findOne({ contractorId: companyId, status: 'active' }).sort({ title: 1 }).lean();
}

/**
 * Other social efforts in every state: accepted purchases at social enterprises, driving lessons for a
 * status holder, a rejected contribution, and a contribution to a school's sports day waiting for the
 * consultant's review.
 */
export async function loadDemoEfforts(
  cast: { consultant: SessionUser; contractor: SessionUser },
  ids: DemoOrganisationIds,
  load: DemoLoad,
  log: (m: string) => void,
) {
  log(`Demo-regio: ${EFFORTS.length} overige inspanningen…`);
  for (const effort of EFFORTS) {
    const contract = await runningContractOf(ids.companies.get(effort.company));
    if (!contract) continue;
    const submitter = effort.company === 'vanWijk' ? cast.contractor : cast.consultant;
    const submitted = await submitEffort(
      submitter,
      ZSubmitEffort.parse({
        contractId: String(contract._id),
        kind: effort.kind,
        description: effort.description,
        date: addDays(dutchToday(), -effort.daysAgo),
        amountCents: effort.amountCents ?? null,
        hours: effort.hours ?? null,
        socialEnterpriseId: effort.enterprise ? String(ids.companies.get(effort.enterprise)) : null,
        evidence: effort.evidence,
      }),
    );
    await load.created('efforts', submitted.id);
    if (!effort.decision) continue;
    if ('accept' in effort.decision)
      await acceptEffort(
        cast.consultant,
        submitted.id,
        ZAcceptEffort.parse({ version: 0, note: effort.decision.accept }),
      );
    else
      await rejectEffort(
        cast.consultant,
        submitted.id,
        ZRejectEffort.parse({ version: 0, reason: effort.decision.reject }),
      );
  }
}

const WELCOME: Partial<Record<TRole, { nl: string; en: string }>> = {
  admin: {
    nl: 'De waarderingsregels van Midden-Gelderland staan onder Waarderingsregels; een nieuwe versie waardeert alle plaatsingen opnieuw.',
    en: 'The valuation rules of Midden-Gelderland are under Valuation rules; a new version values every placement again.',
  },
  consultant: {
    nl: 'Onder Matches ziet u kandidaten in elke fase, onder Inspanningen wacht er één op uw beoordeling.',
    en: 'Under Matches you find candidates in every stage; under Efforts one waits for your review.',
  },
  contractor: {
    nl: 'Uw opdracht Herinrichting Rijnkade toont de voortgang van uw social return; onder Matches volgt u uw kandidaten.',
    en: 'Your contract Herinrichting Rijnkade shows the progress of your social return; under Matches you follow your candidates.',
  },
  candidate: {
    nl: 'Uw consulent wil u voorstellen aan een werkgever: kijk onder Mijn matches.',
    en: 'Your consultant would like to introduce you to an employer: see My matches.',
  },
  municipality: {
    nl: 'Onder Rapportages ziet u de voortgang van de opdrachten die uw gemeente gunde, zonder persoonsgegevens.',
    en: 'Under Reports you see the progress of the contracts your municipality awarded, without personal data.',
  },
};

/** A first message for each demo account, saying where its part of the story is. */
export async function welcomeDemoUsers(users: Array<{ id: string; role: TRole }>) {
  for (const user of users) {
    const text = WELCOME[user.role];
    if (!text) continue;
    await notifyUser(user.id, {
      kind: 'system',
      params: { title: 'Welkom in de demo', body: text.nl, titleEn: 'Welcome to the demo', bodyEn: text.en },
    });
  }
}
