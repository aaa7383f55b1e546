import { MATCH_FACTORS, type TMatchReason } from '@kansplek/api/contract';
import { i18n } from '@/i18n';
import { fitLabel, plainReasonSentence } from './plain-reason-text';
import { reasonSentence } from './reason-text';

const reason = (
  factor: TMatchReason['factor'],
  points: number,
  maxPoints: number,
  params: TMatchReason['params'],
): TMatchReason => ({ factor, points, maxPoints, params });

const skills = {
  matchedRequired: 3,
  required: 4,
  matchedDesirable: 0,
  desirable: 0,
  skills: 'schoonmaken, hygiëne, planning',
};

// Every factor with the params search/src/matching/score.ts gives it, and the sentence in both languages.
const cases: Array<[string, TMatchReason, string, string]> = [
  [
    'skills',
    reason('skills', 24, 30, skills),
    'Vaardigheden 24/30 — 3 van 4 vereiste vaardigheden: schoonmaken, hygiëne, planning',
    'Skills 24/30 — 3 of 4 required skills: schoonmaken, hygiëne, planning',
  ],
  [
    'skills with desirable ones',
    reason('skills', 25.5, 30, { ...skills, matchedDesirable: 1, desirable: 2, skills: 'a, b, c, d' }),
    'Vaardigheden 25,5/30 — 3 van 4 vereiste vaardigheden, 1 van 2 gewenste vaardigheden: a, b, c, d',
    'Skills 25.5/30 — 3 of 4 required skills, 1 of 2 desirable skills: a, b, c, d',
  ],
  [
    'skills none asked',
    reason('skills', 30, 30, {
      matchedRequired: 0,
      required: 0,
      matchedDesirable: 0,
      desirable: 0,
      skills: '',
    }),
    'Vaardigheden 30/30 — de plek vraagt geen bepaalde vaardigheden',
    'Skills 30/30 — the place asks for no particular skills',
  ],
  [
    'occupation same',
    reason('occupation', 15, 15, { level: 'same_occupation', isco: '9112' }),
    'Beroepservaring 15/15 — ervaring in hetzelfde beroep (ISCO 9112)',
    'Occupational experience 15/15 — experience in the same occupation (ISCO 9112)',
  ],
  [
    'occupation related',
    reason('occupation', 9, 15, { level: 'related_occupation', isco: '9112' }),
    'Beroepservaring 9/15 — ervaring in een verwant beroep (ISCO 9112)',
    'Occupational experience 9/15 — experience in a related occupation (ISCO 9112)',
  ],
  [
    'occupation field',
    reason('occupation', 4.5, 15, { level: 'related_field', isco: '9112' }),
    'Beroepservaring 4,5/15 — ervaring in hetzelfde vakgebied (ISCO 9112)',
    'Occupational experience 4.5/15 — experience in the same field (ISCO 9112)',
  ],
  [
    'occupation none',
    reason('occupation', 0, 15, { level: 'none', isco: '9112' }),
    'Beroepservaring 0/15 — geen ervaring in dit beroep (ISCO 9112)',
    'Occupational experience 0/15 — no experience in this occupation (ISCO 9112)',
  ],
  [
    'occupation without a code',
    reason('occupation', 0, 15, { level: 'none', isco: '' }),
    'Beroepservaring 0/15 — de plek heeft geen beroepscode',
    'Occupational experience 0/15 — the place has no occupation code',
  ],
  [
    'distance',
    reason('distance', 8.8, 15, { km: 6.2, maxKm: 15, mode: 'bike' }),
    'Afstand 8,8/15 — 6,2 km per fiets (max 15 km)',
    'Distance 8.8/15 — 6.2 km by bike (max 15 km)',
  ],
  [
    'distance by public transport',
    reason('distance', 3, 15, { km: 20, maxKm: 25, mode: 'public_transport' }),
    'Afstand 3/15 — 20 km met het openbaar vervoer (max 25 km)',
    'Distance 3/15 — 20 km by public transport (max 25 km)',
  ],
  [
    'hours',
    reason('hours', 10, 10, { wanted: '20–32', offered: '24–24' }),
    'Uren 10/10 — wil 20–32 uur per week, de plek biedt 24 uur',
    'Hours 10/10 — wants 20–32 hours a week, the place offers 24 hours',
  ],
  [
    'preferences both',
    reason('preferences', 8, 8, { sector: 1, kind: 1 }),
    'Voorkeuren 8/8 — past bij de gewenste sector en soort plek',
    'Preferences 8/8 — matches the preferred sector and kind of place',
  ],
  [
    'preferences sector',
    reason('preferences', 4, 8, { sector: 1, kind: 0 }),
    'Voorkeuren 4/8 — past bij de gewenste sector, niet bij de gewenste soort plek',
    'Preferences 4/8 — matches the preferred sector, not the preferred kind of place',
  ],
  [
    'preferences kind',
    reason('preferences', 4, 8, { sector: 0, kind: 1 }),
    'Voorkeuren 4/8 — past bij de gewenste soort plek, niet bij de gewenste sector',
    'Preferences 4/8 — matches the preferred kind of place, not the preferred sector',
  ],
  [
    'preferences none',
    reason('preferences', 0, 8, { sector: 0, kind: 0 }),
    'Voorkeuren 0/8 — past niet bij de gewenste sector of soort plek',
    'Preferences 0/8 — matches neither the preferred sector nor the kind of place',
  ],
  [
    'waiting',
    reason('waiting', 7.1, 10, { months: 17, priority: 0 }),
    'Wachttijd 7,1/10 — wacht 17 maanden',
    'Waiting time 7.1/10 — waiting 17 months',
  ],
  [
    'waiting one month',
    reason('waiting', 0.4, 10, { months: 1, priority: 0 }),
    'Wachttijd 0,4/10 — wacht 1 maand',
    'Waiting time 0.4/10 — waiting 1 month',
  ],
  [
    'waiting with priority',
    reason('waiting', 10, 10, { months: 2, priority: 1 }),
    'Wachttijd 10/10 — wacht 2 maanden; voorrang bij herplaatsing (vorige baan eerder beëindigd)',
    'Waiting time 10/10 — waiting 2 months; priority for re-placement (previous job ended early)',
  ],
  [
    'support covered',
    reason('support', 3.5, 7, { covered: 1, needed: 2 }),
    'Begeleiding 3,5/7 — de plek biedt 1 van 2 soorten begeleiding die nodig zijn',
    'Support 3.5/7 — the place offers 1 of 2 kinds of support needed',
  ],
  [
    'support none needed',
    reason('support', 7, 7, { covered: 0, needed: 0 }),
    'Begeleiding 7/7 — heeft geen begeleiding nodig',
    'Support 7/7 — needs no support',
  ],
  [
    'target group matched',
    reason('target_group', 5, 5, { matched: 1 }),
    'Doelgroep 5/5 — hoort bij een doelgroep waaraan de opdracht voorrang geeft',
    'Target group 5/5 — belongs to a target group the contract gives priority to',
  ],
  [
    'target group none',
    reason('target_group', 0, 5, { matched: 0 }),
    'Doelgroep 0/5 — hoort niet bij een doelgroep waaraan de opdracht voorrang geeft',
    'Target group 0/5 — does not belong to a target group the contract gives priority to',
  ],
];

describe('reasonSentence (for consultants: words and points)', () => {
  it.each(cases)('%s, in Dutch', (_name, given, dutch) => {
    expect(reasonSentence(given, i18n.getFixedT('nl'), 'nl')).toBe(dutch);
  });

  it.each(cases)('%s, in English', (_name, given, _dutch, english) => {
    expect(reasonSentence(given, i18n.getFixedT('en'), 'en')).toBe(english);
  });

  it('every factor of the contract is covered above', () => {
    expect(new Set(cases.map(([, given]) => given.factor))).toEqual(new Set(MATCH_FACTORS));
  });
});

// For the candidate: plain sentences, only what speaks for the place, never the contract's target groups.
const plainCases: Array<[string, TMatchReason, string | null, string | null]> = [
  [
    'skills',
    reason('skills', 24, 30, skills),
    'U hebt 3 van de 4 vaardigheden die nodig zijn: schoonmaken, hygiëne, planning.',
    'You have 3 of the 4 skills needed: schoonmaken, hygiëne, planning.',
  ],
  [
    'all skills',
    reason('skills', 30, 30, { ...skills, matchedRequired: 4 }),
    'U hebt de vaardigheden die nodig zijn: schoonmaken, hygiëne, planning.',
    'You have the skills needed: schoonmaken, hygiëne, planning.',
  ],
  [
    'occupation',
    reason('occupation', 15, 15, { level: 'same_occupation', isco: '9112' }),
    'U hebt ervaring in hetzelfde beroep.',
    'You have experience in the same occupation.',
  ],
  ['occupation none', reason('occupation', 0, 15, { level: 'none', isco: '9112' }), null, null],
  [
    'distance',
    reason('distance', 8.8, 15, { km: 6.2, maxKm: 15, mode: 'bike' }),
    'Het werk is ongeveer 6,2 km van uw huis, per fiets. U wilt hoogstens 15 km reizen.',
    'The work is about 6.2 km from your home, by bike. You want to travel at most 15 km.',
  ],
  [
    'hours',
    reason('hours', 10, 10, { wanted: '20–32', offered: '24–32' }),
    'U wilt 20–32 uur per week werken; de plek is 24–32 uur per week.',
    'You want to work 20–32 hours a week; the place is 24–32 hours a week.',
  ],
  [
    'preferences',
    reason('preferences', 4, 8, { sector: 1, kind: 0 }),
    'Het werk past bij wat u zoekt.',
    'The work matches what you are looking for.',
  ],
  [
    'waiting',
    reason('waiting', 7.1, 10, { months: 17, priority: 0 }),
    'U zoekt al 17 maanden naar werk. Wie langer zoekt, komt eerder in beeld.',
    'You have been looking for work for 17 months. Whoever has looked longer comes first.',
  ],
  [
    'support',
    reason('support', 7, 7, { covered: 2, needed: 2 }),
    'De plek biedt de begeleiding die u nodig hebt.',
    'The place offers the support you need.',
  ],
  ['support not needed', reason('support', 7, 7, { covered: 0, needed: 0 }), null, null],
  ['target group', reason('target_group', 5, 5, { matched: 1 }), null, null],
];

describe('plainReasonSentence (for the candidate: plain words, no points)', () => {
  it.each(plainCases)('%s, in Dutch', (_name, given, dutch) => {
    expect(plainReasonSentence(given, i18n.getFixedT('nl'), 'nl')).toBe(dutch);
  });

  it.each(plainCases)('%s, in English', (_name, given, _dutch, english) => {
    expect(plainReasonSentence(given, i18n.getFixedT('en'), 'en')).toBe(english);
  });

  it('says how well a place fits in words', () => {
    const t = i18n.getFixedT('nl');
    expect([fitLabel(82, t), fitLabel(55, t), fitLabel(30, t)]).toEqual([
      'Past goed bij u',
      'Past redelijk bij u',
      'Past misschien bij u',
    ]);
  });
});
