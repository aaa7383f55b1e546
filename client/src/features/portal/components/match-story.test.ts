import type { TMatch } from '@kansplek/api/contract';
import { i18n } from '@/i18n';
import { candidateMatchFixture } from '../testing/portal-fixtures';
import { matchStory } from './match-story';

const t = i18n.getFixedT('nl');
const story = (overrides: Partial<TMatch>) => matchStory(candidateMatchFixture(overrides), t, 'nl');

const trial: TMatch['trial'] = {
  startDate: '2027-01-04',
  plannedEnd: '2027-03-04',
  longerReason: null,
  intentToEmploy: true,
  checkIns: [],
  extensions: [],
  outcome: null,
  stoppedOn: null,
};
const employment: NonNullable<TMatch['employment']> = {
  startDate: '2027-03-05',
  contractType: 'temporary',
  hoursPerWeek: 32,
  plannedEnd: '2028-03-04',
  aftercare: [{ month: 1, dueDate: '2027-04-05', doneAt: null, stillEmployed: null, note: '', by: null }],
  mboLevel: null,
  durable: false,
  ended: null,
};
const consent = { given: true, at: '2026-11-21T10:00:00.000Z', inPerson: false, by: { id: 'x', name: 'Y' } };

describe('matchStory (where a match stands and what happens now, for the candidate)', () => {
  it.each<[string, Partial<TMatch>, string, string[]]>([
    [
      'interest shown',
      { stage: 'proposed', source: 'interest', introduction: null },
      'U heeft interesse getoond',
      [
        'Uw consulent heeft uw interesse ontvangen en bekijkt of deze plek bij u past. Uw consulent neemt contact met u op.',
      ],
    ],
    [
      'an introduction waiting',
      {},
      'Wacht op uw antwoord',
      ['Zeg bovenaan deze pagina of u wilt worden voorgesteld aan de werkgever.'],
    ],
    [
      'interest taken up by the consultant',
      { source: 'interest', introduction: null },
      'Uw consulent bekijkt deze plek voor u',
      [
        'Uw consulent denkt dat deze plek bij u kan passen. Voordat de werkgever iets over u ziet, vragen wij u eerst of u dat goed vindt.',
      ],
    ],
    [
      'introduced',
      { stage: 'introduced' },
      'U bent voorgesteld aan de werkgever',
      ['De werkgever bekijkt uw gegevens; uw consulent neemt contact met u op over een gesprek.'],
    ],
    [
      'interview, not planned yet',
      { stage: 'interview' },
      'Gesprek met de werkgever',
      [
        'U gaat in gesprek met de werkgever. Uw consulent spreekt met u af wanneer, en helpt u zich voor te bereiden.',
      ],
    ],
    [
      'interview, planned',
      {
        stage: 'interview',
        interview: { date: '2027-01-12', startTime: '10:00', endTime: '10:45', location: 'Markt 1, Arnhem' },
      },
      'Gesprek met de werkgever',
      [
        'Uw gesprek is op dinsdag 12 januari 2027 van 10:00 tot 10:45 uur. Plaats: Markt 1, Arnhem.',
        'Uw consulent helpt u zich voor te bereiden. Kunt u niet, laat het uw consulent dan zo snel mogelijk weten.',
      ],
    ],
    [
      'trial, with its planned end',
      { stage: 'trial', trial },
      'U werkt op proef',
      [
        'Uw proefplaatsing loopt tot 4 mrt 2027.',
        'Uw consulent en de werkgever praten tussendoor met u over hoe het gaat. Aan het eind hoort u of u in dienst komt.',
      ],
    ],
    [
      'hired, with aftercare',
      { stage: 'hired', trial: { ...trial, outcome: 'hired' }, employment },
      'U bent in dienst',
      [
        'U werkt hier sinds 5 mrt 2027.',
        'Uw consulent blijft het eerste jaar contact met u houden om te horen hoe het gaat (nazorg).',
        'Het volgende gesprek is rond 5 apr 2027.',
      ],
    ],
    [
      'hired, employment ended',
      {
        stage: 'hired',
        employment: { ...employment, ended: { date: '2027-06-30', reason: 'Reorganisatie' } },
      },
      'Uw baan is gestopt',
      ['Uw baan is gestopt op 30 jun 2027. Uw consulent neemt contact met u op over wat nu.'],
    ],
    [
      'declined by the candidate',
      {
        stage: 'declined',
        introduction: { ...candidateMatchFixture().introduction!, consent: { ...consent, given: false } },
        dismissal: { reason: 'not_interested', note: '', by: 'candidate' },
      },
      'U heeft nee gezegd',
      ['De werkgever krijgt niets over u te zien. Uw consulent zoekt samen met u verder.'],
    ],
    [
      'declined by the employer',
      {
        stage: 'declined',
        introduction: { ...candidateMatchFixture().introduction!, consent },
        dismissal: { reason: 'not_selected', note: '', by: 'contractor' },
      },
      'Gaat niet door',
      ['Deze plek gaat niet door voor u. Uw consulent bespreekt met u welke plekken wel bij u passen.'],
    ],
    [
      'withdrawn by the candidate',
      { stage: 'withdrawn', dismissal: { reason: 'found_other_work', note: '', by: 'candidate' } },
      'U heeft uw interesse ingetrokken',
      ['U doet niet meer mee voor deze plek. Bedenkt u zich? Neem dan contact op met uw consulent.'],
    ],
    [
      'withdrawn by the consultant',
      { stage: 'withdrawn', dismissal: { reason: 'not_available', note: '', by: 'consultant' } },
      'Gestopt',
      ['Uw consulent heeft deze plek voor u stopgezet. Uw consulent vertelt u waarom en zoekt met u verder.'],
    ],
    [
      'trial stopped',
      { stage: 'stopped', trial: { ...trial, outcome: 'stopped', stoppedOn: '2026-11-30' } },
      'Proefplaatsing gestopt',
      ['De proefplaatsing is gestopt. Uw consulent bespreekt met u wat de volgende stap is.'],
    ],
  ])('%s', (_, overrides, status, next) => {
    expect(story(overrides)).toEqual({ status, next });
  });

  it('speaks English too', () => {
    expect(
      matchStory(candidateMatchFixture({ stage: 'introduced' }), i18n.getFixedT('en'), 'en').status,
    ).toBe('You have been introduced to the employer');
  });
});
