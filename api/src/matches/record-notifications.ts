import type { MatchDoc } from './matches.model';
import { notifyParties } from './notify-parties';
import { matchNames } from './stage-notifications';

/**
 * What was recorded on a match without moving it, as the notification names it (in the place of the
 * stage in `match_stage_changed`: "Match: check-in proefplaatsing").
 */
const RECORD_NAMES = {
  trial_check_in: () => ({ nl: 'check-in proefplaatsing', en: 'trial check-in' }),
  trial_extended: (date: string) => ({
    nl: `proefplaatsing verlengd tot ${date}`,
    en: `trial extended until ${date}`,
  }),
  aftercare: (months: string) => ({
    nl: `nazorg na ${months} maanden`,
    en: `${months}-month aftercare`,
  }),
  employment_ended: (date: string) => ({
    nl: `dienstverband beëindigd per ${date}`,
    en: `employment ended on ${date}`,
  }),
} as const;
export type TMatchRecord = keyof typeof RECORD_NAMES;

/** Tells every other party of the match what was recorded on it. */
export async function notifyRecord(
  match: MatchDoc,
  exceptUserId: string,
  record: TMatchRecord,
  detail = '',
): Promise<void> {
  const names = await matchNames(match);
  const label = RECORD_NAMES[record](detail);
  await notifyParties(match, exceptUserId, {
    kind: 'match_stage_changed',
    params: { candidate: names.candidate, place: names.place, stageNl: label.nl, stageEn: label.en },
    link: `/matches/${String(match._id)}`,
  });
}
