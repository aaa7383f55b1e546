import type { TMatch, TMatchCv, TPipelineActor } from '../contract';
import { nextStages } from './matches.policy';
import { CandidateModel, type CandidateDoc } from '../candidates/candidates.model';
import { findByIds } from '../database/find-by-id';
import { flaggedContractorIds, loadOrganisationSummaries } from '../organisations/organisations.presenter';
import { PlaceModel, type PlaceDoc } from '../places/places.model';
import type { MatchDoc } from './matches.model';

const person = (p: { byId?: unknown; byName?: string | null }) => ({
  id: String(p.byId),
  name: p.byName ?? '',
});
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Title and contractor of each place, and whether a placement there waits for a displacement confirmation. */
async function loadPlaceSummaries(ids: string[]): Promise<Map<string, TMatch['place']>> {
  const places = await findByIds(PlaceModel, ids);
  const contractorIds = places.map((p) => p.contractorId);
  const [contractors, flagged] = await Promise.all([
    loadOrganisationSummaries(contractorIds),
    flaggedContractorIds(contractorIds),
  ]);
  const displacement = (p: PlaceDoc): TMatch['place']['displacement'] =>
    !flagged.has(String(p.contractorId)) ? 'none' : p.displacementConfirmation ? 'confirmed' : 'unconfirmed';
  return new Map(
    places.map((p) => [
      String(p._id),
      {
        id: String(p._id),
        title: p.title,
        contractorName: contractors.get(String(p.contractorId))?.name ?? '—',
        displacement: displacement(p),
      },
    ]),
  );
}

/**
 * The steps a party may read: the consultant all of them; the contractor those from the candidate's
 * consent on (earlier notes are the service point's own); the candidate those from the moment they
 * were asked (or said they were interested).
 */
function visibleTimeline(m: MatchDoc, actor: TPipelineActor): Array<MatchDoc['timeline'][number]> {
  const from =
    actor === 'contractor'
      ? m.introduction?.consent?.at
      : actor === 'candidate'
        ? (m.introduction?.requestedAt ?? m.createdAt)
        : undefined;
  if (actor === 'consultant') return m.timeline;
  if (!from) return [];
  return m.timeline.filter((entry) => entry.at >= from);
}

/** The CV summary for employers: work, education and skills, nothing sensitive. */
function cvOf(c: CandidateDoc): TMatchCv {
  return {
    skills: c.skills ?? [],
    occupations: (c.occupations ?? []).map((o) => o.label ?? o.iscoCode ?? ''),
    workExperience: (c.workExperience ?? []).map((w) => ({
      title: w.title,
      employer: w.employer,
      from: w.from,
      to: w.to ?? null,
    })),
    education: (c.education ?? []).map((e) => ({
      level: e.level,
      programme: e.programme,
      completed: e.completed,
    })),
    educationLevel: c.educationLevel ?? null,
    dutchLevel: c.dutchLevel ?? null,
    drivingLicence: c.drivingLicence ?? null,
  };
}

/**
 * Matches for one of their parties: the candidate by name (erased candidates show as such) and the
 * stages `actor` may move each to. Who may see a match at all is decided before (matches.policy.ts).
 */
export async function presentMatches(
  matches: MatchDoc[],
  actor: TPipelineActor = 'consultant',
): Promise<TMatch[]> {
  const candidates = await findByIds(
    CandidateModel,
    matches.map((m) => m.candidateId),
  );
  const byId = new Map(candidates.map((c) => [String(c._id), c]));
  const places = await loadPlaceSummaries(matches.map((m) => String(m.placeId)));
  const candidateOf = (m: MatchDoc): TMatch['candidate'] => {
    const c = byId.get(String(m.candidateId));
    const id = String(m.candidateId);
    if (!c) return { id, fullName: '—', cv: null };
    if (actor !== 'contractor') return { id, fullName: c.fullName ?? '—', cv: null };
    // Withdrawing consent to sharing with employers takes effect at once, also for past introductions.
    if (!c.consent?.sharing?.given) return { id, fullName: '(afgeschermd)', cv: null };
    return { id, fullName: c.fullName ?? '—', cv: cvOf(c) };
  };
  return matches.map((m) => ({
    id: String(m._id),
    placeId: String(m.placeId),
    place: places.get(String(m.placeId)) ?? {
      id: String(m.placeId),
      title: '—',
      contractorName: '—',
      displacement: 'none',
    },
    candidate: candidateOf(m),
    stage: m.stage,
    source: m.source,
    // The score weighs target groups, support needs and waiting time: for the consultant only.
    score:
      m.score && actor !== 'contractor'
        ? {
            score: m.score.score,
            distanceKm: m.score.distanceKm,
            reasons: m.score.reasons.map((r) => ({
              factor: r.factor,
              points: r.points,
              maxPoints: r.maxPoints,
              params: (r.params ?? {}) as Record<string, string | number>,
            })),
          }
        : null,
    overriddenConstraints:
      actor === 'contractor' ? [] : (m.overriddenConstraints as TMatch['overriddenConstraints']),
    dismissal: m.dismissal
      ? {
          reason: m.dismissal.reason,
          // Someone else's note on why a match ended is not the contractor's to read.
          note: actor !== 'contractor' || m.dismissal.by === 'contractor' ? (m.dismissal.note ?? '') : '',
          by: m.dismissal.by ?? 'consultant',
        }
      : null,
    introduction: m.introduction
      ? {
          requestedAt: m.introduction.requestedAt.toISOString(),
          requestedBy: person(m.introduction),
          consent: m.introduction.consent
            ? {
                given: m.introduction.consent.given,
                at: m.introduction.consent.at.toISOString(),
                inPerson: m.introduction.consent.inPerson === true,
                by: person(m.introduction.consent),
              }
            : null,
        }
      : null,
    interview: m.interview
      ? {
          date: m.interview.date,
          startTime: m.interview.startTime,
          endTime: m.interview.endTime,
          location: m.interview.location,
        }
      : null,
    trial: m.trial
      ? {
          startDate: m.trial.startDate,
          plannedEnd: m.trial.plannedEnd,
          longerReason: m.trial.longerReason ?? null,
          intentToEmploy: m.trial.intentToEmploy,
          checkIns: m.trial.checkIns.map((c) => ({
            id: String(c._id),
            date: c.date,
            ratings: {
              attendance: c.ratings!.attendance,
              attitude: c.ratings!.attitude,
              skills: c.ratings!.skills,
              fit: c.ratings!.fit,
            },
            note: c.note ?? '',
            at: c.at.toISOString(),
            by: { ...person(c), role: c.role },
          })),
          extensions: m.trial.extensions.map((e) => ({
            plannedEnd: e.plannedEnd ?? '',
            reason: e.reason ?? '',
            at: e.at.toISOString(),
            by: person(e),
          })),
          outcome: m.trial.outcome ?? null,
          stoppedOn: m.trial.stoppedOn ?? null,
        }
      : null,
    employment: m.employment
      ? {
          startDate: m.employment.startDate,
          contractType: m.employment.contractType,
          hoursPerWeek: m.employment.hoursPerWeek,
          plannedEnd: m.employment.plannedEnd ?? null,
          mboLevel: m.employment.mboLevel ?? null,
          aftercare: m.employment.aftercare.map((a) => ({
            month: a.month,
            dueDate: a.dueDate,
            doneAt: iso(a.doneAt),
            stillEmployed: a.stillEmployed ?? null,
            note: a.note ?? '',
            by: a.byId ? person(a) : null,
          })),
          durable: m.employment.durable === true,
          ended: m.employment.ended
            ? { date: m.employment.ended.date ?? '', reason: m.employment.ended.reason ?? '' }
            : null,
        }
      : null,
    nextStages: nextStages(m.stage, actor),
    timeline: visibleTimeline(m, actor).map((entry) => ({
      stage: entry.stage,
      at: entry.at.toISOString(),
      by: { id: String(entry.byId), name: entry.byName },
      note: entry.note ?? '',
      event: entry.event ?? null,
    })),
    version: m.version ?? 0,
    createdAt: m.createdAt.toISOString(),
  }));
}

export async function presentMatch(match: MatchDoc, actor?: TPipelineActor): Promise<TMatch> {
  const [presented] = await presentMatches([match], actor);
  return presented!;
}
