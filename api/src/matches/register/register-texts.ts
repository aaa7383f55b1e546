import { WAITING_FULL_AT_MONTHS } from '@kansplek/search';
import type { TMatchConstraint, TMatchFactor } from '../../contract';

/** Dutch names and descriptions of the score's factors, as the register entry and the model card give them. */
export const FACTOR_TEXTS: Record<TMatchFactor, { name: string; description: string }> = {
  skills: {
    name: 'Vaardigheden',
    description:
      'Het deel van de vereiste (80 %) en gewenste (20 %) vaardigheden van de plek dat de kandidaat heeft.',
  },
  occupation: {
    name: 'Beroepservaring',
    description:
      'Overeenkomst tussen de beroepen van de kandidaat en dat van de plek (ISCO-08): hetzelfde beroep telt volledig, een verwant beroep 60 %, hetzelfde vakgebied 30 %.',
  },
  distance: {
    name: 'Afstand',
    description:
      'Hoe dichtbij de plek is, gemeten als reisafstand (hemelsbreed maal een omrijfactor per vervoermiddel) ten opzichte van de maximale reisafstand van de kandidaat.',
  },
  hours: {
    name: 'Uren',
    description: 'Het deel van de uren van de plek dat past bij de gewenste uren van de kandidaat.',
  },
  preferences: {
    name: 'Voorkeuren',
    description:
      'Of de sector en de soort plek aansluiten bij de voorkeuren van de kandidaat (elk de helft).',
  },
  waiting: {
    name: 'Wachttijd',
    description: `Hoe lang de kandidaat al zoekt, volledig na ${WAITING_FULL_AT_MONTHS} maanden; wie na vroegtijdig ontslag terugkomt krijgt voorrang. Zo gaat bij gelijke geschiktheid wie langer wacht voor.`,
  },
  support: {
    name: 'Ondersteuning',
    description:
      'Het deel van de ondersteuning die de kandidaat nodig heeft (jobcoach, buddy, opleiding, aangepaste werkplek) dat de plek biedt.',
  },
  target_group: {
    name: 'Doelgroep van de opdracht',
    description:
      'Of de kandidaat hoort bij een doelgroep die de social-returnopdracht van de plek voorop stelt.',
  },
};

/** Dutch descriptions of the hard constraints: a pair failing one is never proposed. */
export const CONSTRAINT_TEXTS: Record<TMatchConstraint, string> = {
  no_consent:
    'De kandidaat heeft toestemming gegeven om gematcht te worden (ook met de hand nooit te omzeilen).',
  not_available_status: 'De kandidaat zoekt actief werk.',
  in_trial_or_employed: 'De kandidaat zit niet al in een proefplaatsing of dienstverband.',
  available_too_late: 'De kandidaat is beschikbaar op de startdatum van de plek.',
  hours_do_not_overlap: 'De gewenste uren en de uren van de plek overlappen.',
  out_of_travel_reach: 'De plek ligt binnen de maximale reisafstand van de kandidaat.',
  driving_licence_required: 'De kandidaat heeft een rijbewijs als de plek dat vraagt.',
  dutch_level_too_low: 'De kandidaat heeft het gevraagde niveau Nederlands (ERK).',
  education_too_low: 'De kandidaat heeft het gevraagde opleidingsniveau.',
  displacement_unconfirmed:
    'Bij een opdrachtnemer met een recent collectief ontslag heeft een consulent bevestigd dat de plek extra is (geen verdringing).',
};
