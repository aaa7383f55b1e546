import type { TLocale, TNotificationKind } from '../contract';

type Params = Record<string, string>;
type Template = (p: Params) => { title: string; body: string };

/**
 * Notifications are written in the recipient's language when they are created, so the stored text,
 * the live push and any later export read the same.
 */
const MESSAGES: Record<TNotificationKind, Record<TLocale, Template>> = {
  account_activated: {
    nl: (p) => ({
      title: 'Account geactiveerd',
      body: `${p.name} (${p.email}) heeft een wachtwoord ingesteld.`,
    }),
    en: (p) => ({ title: 'Account activated', body: `${p.name} (${p.email}) has set a password.` }),
  },
  candidate_put_forward: {
    nl: (p) => ({
      title: 'Kandidaat voorgesteld',
      body: `Er is een kandidaat voorgesteld voor uw plek "${p.place}".`,
    }),
    en: (p) => ({
      title: 'Candidate put forward',
      body: `A candidate was put forward for your place "${p.place}".`,
    }),
  },
  introduction_requested: {
    nl: (p) => ({
      title: 'Voorstellen aan een werkgever?',
      body: `${p.consultant} wil u voorstellen voor "${p.place}" bij ${p.contractor}. Geeft u toestemming?`,
    }),
    en: (p) => ({
      title: 'Introduce you to an employer?',
      body: `${p.consultant} would like to introduce you for "${p.place}" at ${p.contractor}. Do you consent?`,
    }),
  },
  consent_given: {
    nl: (p) => ({
      title: 'Toestemming gegeven',
      body: `${p.candidate} wil worden voorgesteld voor "${p.place}".`,
    }),
    en: (p) => ({ title: 'Consent given', body: `${p.candidate} agreed to be introduced for "${p.place}".` }),
  },
  consent_declined: {
    nl: (p) => ({
      title: 'Geen toestemming',
      body: `${p.candidate} wil niet worden voorgesteld voor "${p.place}".`,
    }),
    en: (p) => ({
      title: 'Consent declined',
      body: `${p.candidate} declined the introduction for "${p.place}".`,
    }),
  },
  match_stage_changed: {
    nl: (p) => ({ title: `Match: ${p.stageNl}`, body: `${p.candidate} — "${p.place}": ${p.stageNl}.` }),
    en: (p) => ({ title: `Match: ${p.stageEn}`, body: `${p.candidate} — "${p.place}": ${p.stageEn}.` }),
  },
  interview_planned: {
    nl: (p) => ({
      title: 'Uitnodiging sollicitatiegesprek',
      body: `Sollicitatiegesprek${p.candidate ? ` met ${p.candidate}` : ''} voor "${p.place}" bij ${p.contractor}: ${p.dateNl}, ${p.startTime}–${p.endTime} uur, ${p.location}.`,
    }),
    en: (p) => ({
      title: 'Interview invitation',
      body: `Interview${p.candidate ? ` with ${p.candidate}` : ''} for "${p.place}" at ${p.contractor}: ${p.dateEn}, ${p.startTime}–${p.endTime}, ${p.location}.`,
    }),
  },
  interview_rescheduled: {
    nl: (p) => ({
      title: 'Sollicitatiegesprek verplaatst',
      body: `Het sollicitatiegesprek${p.candidate ? ` met ${p.candidate}` : ''} voor "${p.place}" bij ${p.contractor} is nu: ${p.dateNl}, ${p.startTime}–${p.endTime} uur, ${p.location}.`,
    }),
    en: (p) => ({
      title: 'Interview moved',
      body: `The interview${p.candidate ? ` with ${p.candidate}` : ''} for "${p.place}" at ${p.contractor} is now: ${p.dateEn}, ${p.startTime}–${p.endTime}, ${p.location}.`,
    }),
  },
  interest_expressed: {
    nl: (p) => ({ title: 'Interesse in een plek', body: `${p.candidate} heeft interesse in "${p.place}".` }),
    en: (p) => ({ title: 'Interest in a place', body: `${p.candidate} is interested in "${p.place}".` }),
  },
  trial_ending: {
    nl: (p) => ({
      title: 'Proefplaatsing loopt af',
      body: `De proefplaatsing van ${p.candidate} bij "${p.place}" eindigt op ${p.date}.`,
    }),
    en: (p) => ({
      title: 'Trial ending',
      body: `The trial of ${p.candidate} at "${p.place}" ends on ${p.date}.`,
    }),
  },
  checkin_overdue: {
    nl: (p) => ({
      title: 'Check-in te laat',
      body: `Voor de proefplaatsing van ${p.candidate} bij "${p.place}" is sinds ${p.date} geen check-in gedaan.`,
    }),
    en: (p) => ({
      title: 'Check-in overdue',
      body: `No check-in for the trial of ${p.candidate} at "${p.place}" since ${p.date}.`,
    }),
  },
  aftercare_due: {
    nl: (p) => ({
      title: 'Nazorg',
      body: `Nazorg na ${p.months} maanden voor ${p.candidate} bij "${p.place}" (${p.date}).`,
    }),
    en: (p) => ({
      title: 'Aftercare due',
      body: `${p.months}-month aftercare for ${p.candidate} at "${p.place}" (${p.date}).`,
    }),
  },
  effort_submitted: {
    nl: (p) => ({
      title: 'Inspanning ingediend',
      body: `${p.contractor} heeft een inspanning ingediend voor "${p.contract}": ${p.description}.`,
    }),
    en: (p) => ({
      title: 'Effort submitted',
      body: `${p.contractor} submitted an effort for "${p.contract}": ${p.description}.`,
    }),
  },
  effort_accepted: {
    nl: (p) => ({
      title: 'Inspanning geaccepteerd',
      body: `Uw inspanning "${p.description}" telt mee voor "${p.contract}".`,
    }),
    en: (p) => ({
      title: 'Effort accepted',
      body: `Your effort "${p.description}" counts towards "${p.contract}".`,
    }),
  },
  effort_rejected: {
    nl: (p) => ({
      title: 'Inspanning afgewezen',
      body: `Uw inspanning "${p.description}" voor "${p.contract}" is afgewezen: ${p.reason}`,
    }),
    en: (p) => ({
      title: 'Effort rejected',
      body: `Your effort "${p.description}" for "${p.contract}" was rejected: ${p.reason}`,
    }),
  },
  contract_behind_pace: {
    nl: (p) => ({
      title: 'Contract loopt achter',
      body: `"${p.contract}" staat op ${p.percentage} van de verplichting; de deadline is ${p.deadline}. In dit tempo wordt die niet gehaald.`,
    }),
    en: (p) => ({
      title: 'Contract behind pace',
      body: `"${p.contract}" stands at ${p.percentage} of its obligation; the deadline is ${p.deadline}. At this pace it will not be met.`,
    }),
  },
  contract_fulfilled: {
    nl: (p) => ({
      title: 'Verplichting gehaald',
      body: `De SROI-verplichting van "${p.contract}" is gerealiseerd.`,
    }),
    en: (p) => ({
      title: 'Obligation met',
      body: `The social return obligation of "${p.contract}" has been met.`,
    }),
  },
  system: {
    nl: (p) => ({ title: p.title ?? 'Bericht', body: p.body ?? '' }),
    en: (p) => ({ title: p.titleEn ?? p.title ?? 'Message', body: p.bodyEn ?? p.body ?? '' }),
  },
};

export function renderNotification(kind: TNotificationKind, locale: TLocale, params: Params) {
  return MESSAGES[kind][locale](params);
}
