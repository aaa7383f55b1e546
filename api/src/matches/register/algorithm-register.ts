import type { MatchWeights } from '@kansplek/search';
import {
  FAIRNESS_MIN_CASES,
  FAIRNESS_THRESHOLD_BASIS_POINTS,
  MATCH_CONSTRAINTS,
  MATCH_FACTORS,
  type TAlgorithmRegisterEntry,
} from '../../contract';
import { OrganisationModel } from '../../organisations/organisations.model';
import { CONSTRAINT_TEXTS, FACTOR_TEXTS } from './register-texts';

export interface RegisterSettings {
  weights: MatchWeights;
  publicUrl: string;
  contact?: string;
  sourceCodeUrl?: string;
  decisionLogMonths: number;
}

const threshold = (FAIRNESS_THRESHOLD_BASIS_POINTS / 10_000).toFixed(1).replace('.', ',');

/** What happens around the score, in the register's words; the figures come from the configuration. */
const RISKS: TAlgorithmRegisterEntry['risks'] = [
  {
    risk: 'Groepen worden ongelijk behandeld (bijvoorbeeld op leeftijd, doelgroep of ondersteuningsbehoefte), ook zonder dat die gegevens de score bepalen.',
    mitigation: `Het eerlijkheidsrapport vergelijkt per groep elke stap van voorstel tot duurzaam werk met de best scorende groep en signaleert verhoudingen onder ${threshold} bij ten minste ${FAIRNESS_MIN_CASES} gevallen per groep.`,
  },
  {
    risk: 'Consulenten volgen de score zonder eigen afweging (automation bias).',
    mitigation:
      'Elke voorgestelde kandidaat komt met de bijdrage van elke factor; de consulent kiest, kan kandidaten met de hand toevoegen en moet een reden geven bij afwijzen. Hoe vaak dat gebeurt staat in het eerlijkheidsrapport.',
  },
  {
    risk: 'Wachttijd en doelgroep van de opdracht bevoordelen bepaalde groepen.',
    mitigation:
      'Dat is bewust beleid (wie langer wacht gaat bij gelijke geschiktheid voor; social return richt zich op doelgroepen) en heeft een klein, openbaar gewicht; het effect is per groep zichtbaar in het eerlijkheidsrapport.',
  },
  {
    risk: 'Bijzondere persoonsgegevens (ondersteuningsbehoefte, doelgroep) worden breder zichtbaar dan nodig.',
    mitigation:
      'Alleen consulenten zien deze gegevens; werkgevers nooit; gemeenten alleen geaggregeerd met aantallen onder vijf onderdrukt. Medewerkers loggen in met een tweede factor en het lezen van gevoelige gegevens wordt gelogd.',
  },
  {
    risk: 'Verdringing van bestaand personeel.',
    mitigation:
      'Plekken bij een opdrachtnemer met een recent collectief ontslag worden pas voorgesteld nadat een consulent heeft bevestigd dat de plek extra is.',
  },
];

/**
 * The matching's entry in the fields of the Dutch algorithm register, from the live configuration:
 * the weights in force, the hard constraints, the fairness threshold and the service points using it.
 */
export async function algorithmRegisterEntry(settings: RegisterSettings): Promise<TAlgorithmRegisterEntry> {
  const servicePoints = await OrganisationModel.find({ kind: 'service_point' })
    .sort({ name: 1 })
    .select({ name: 1 })
    .limit(100)
    .lean();
  const names = servicePoints.map((s) => s.name);
  const factors = MATCH_FACTORS.map((code) => ({
    code,
    ...FACTOR_TEXTS[code],
    weight: settings.weights[code],
  }));
  return {
    standard: 'Algoritmeregister van de Nederlandse overheid (algoritmes.overheid.nl), publicatiestandaard',
    generatedAt: new Date().toISOString(),
    language: 'nl',
    name: 'Kansplek: voorstellen van kandidaten en plekken (matching voor social return)',
    organisation: {
      name: names.length ? names.join(', ') : 'Werkgeversservicepunt (nog geen servicepunt ingericht)',
      servicePoints: names,
    },
    shortDescription:
      'Kansplek stelt consulenten van het werkgeversservicepunt voor welke werkzoekenden passen bij een werkplek die een opdrachtnemer biedt om zijn social-returnverplichting na te komen, en andersom. Elk voorstel komt met een score en de bijdrage van elke factor; de consulent beslist.',
    purposeAndImpact:
      'Doel: mensen met een afstand tot de arbeidsmarkt sneller en beter passend aan werk helpen, en opdrachtnemers hun social-returnverplichting laten realiseren. Impact: het voorstel bepaalt welke kandidaten een consulent het eerst ziet; het algoritme besluit niet over een kandidaat. Werving en selectie voor werk is een hoog-risicotoepassing onder de AI-verordening (bijlage III, punt 4).',
    humanInvolvement:
      'De score adviseert, de consulent beslist: die zet een voorgestelde kandidaat op de shortlist of wijst hem af met een reden, en kan ook kandidaten met de hand toevoegen (ook als die niet aan een harde eis voldoen, wat wordt vastgelegd). Een kandidaat wordt pas aan een werkgever voorgesteld na zijn eigen toestemming; de werkgever beslist over proefplaatsing en dienstverband.',
    dataSources: [
      'Profiel van de werkzoekende, vastgelegd door de consulent: vaardigheden, beroepen (ISCO-08), opleidingsniveau, niveau Nederlands, rijbewijs, gewenste uren, beschikbaarheid, maximale reisafstand en vervoermiddel, voorkeuren, wachttijd.',
      'Gevoelige gegevens (alleen consulenten): doelgroep(en) en ondersteuningsbehoefte; toestemming voor matching en voor delen met werkgevers.',
      'Werkplek, vastgelegd door de opdrachtnemer: vereiste en gewenste vaardigheden, beroep, uren, werklocatie, startdatum, eisen, geboden ondersteuning.',
      'Social-returnopdracht van de gemeente: voorkeursdoelgroepen; verdringingsmelding van de opdrachtnemer.',
      'Postcodes en coördinaten (PDOK / CBS) voor de afstand.',
    ],
    factors,
    totalWeight: factors.reduce((sum, f) => sum + f.weight, 0),
    hardConstraints: MATCH_CONSTRAINTS.map((code) => ({ code, description: CONSTRAINT_TEXTS[code] })),
    risks: RISKS,
    legalBasis: [
      'Participatiewet: ondersteuning bij arbeidsinschakeling door het college van de gemeente.',
      'Aanbestedingswet 2012: social return als voorwaarde bij de uitvoering van overheidsopdrachten.',
      'AVG artikel 6 lid 1 sub e (taak van algemeen belang) en toestemming van de werkzoekende voor matching (sub a); voor ondersteuningsbehoefte als gezondheidsgegeven artikel 9 lid 2 sub a (uitdrukkelijke toestemming).',
      'AI-verordening (EU) 2024/1689: bijlage III, punt 4 (werkgelegenheid): hoog risico.',
    ],
    impactAssessments: [
      {
        name: 'DPIA (gegevensbeschermingseffectbeoordeling)',
        status: 'Uit te voeren door de organisatie die Kansplek inzet, voor ingebruikname.',
      },
      {
        name: 'IAMA (impact assessment mensenrechten en algoritmes)',
        status:
          'Uit te voeren door de organisatie die Kansplek inzet; het eerlijkheidsrapport en deze pagina leveren de cijfers en de werking.',
      },
    ],
    monitoring: `Het eerlijkheidsrapport (Rapportages › Eerlijkheid, ${settings.publicUrl}/rapportages/eerlijkheid) toont per doelgroep, leeftijdsgroep, woongemeente en ondersteuningsbehoefte de doorstroom van voorstel tot duurzaam werk, de verhouding tot de best scorende groep (gesignaleerd onder ${threshold} bij ten minste ${FAIRNESS_MIN_CASES} gevallen per groep), de gemiddelde positie en score, en hoe vaak consulenten voorstellen afwijzen of kandidaten met de hand toevoegen. Elke lijst met voorstellen of aanbevelingen die iemand te zien kreeg, wordt met posities, scores en gewichten ${settings.decisionLogMonths} maanden bewaard (beslislog), zodat elke beslissing te reconstrueren is.`,
    contact:
      settings.contact ??
      (names.length
        ? `Neem contact op met ${names.join(', ')}.`
        : 'Neem contact op met het werkgeversservicepunt in uw regio.'),
    sourceCode:
      settings.sourceCodeUrl ??
      'Nog niet openbaar gepubliceerd (stel SOURCE_CODE_URL in). De score staat in search/src/matching, de voorstellen in api/src/matches/proposals.',
  };
}
