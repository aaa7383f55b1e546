import { registerCandidateExportSection } from '../candidates/export-candidate';
import { registerCandidateErasureStep } from '../candidates/erase-candidate';
import { updateDocument } from '../database/document-lock';
import { findByIds } from '../database/find-by-id';
import { PlaceModel } from '../places/places.model';
import { MatchModel } from './matches.model';

/** The GDPR export lists the candidate's matches: which place, which stage, what happened when and why. */
registerCandidateExportSection('matches', async (candidateId) => {
  const matches = await MatchModel.find({ candidateId }).sort({ createdAt: 1 }).lean();
  const places = await findByIds(
    PlaceModel,
    matches.map((m) => m.placeId),
  );
  const titleOf = new Map(places.map((p) => [String(p._id), p.title]));
  return matches.map((m) => ({
    place: { id: String(m.placeId), title: titleOf.get(String(m.placeId)) ?? '—' },
    stage: m.stage,
    source: m.source,
    dismissal: m.dismissal ? { reason: m.dismissal.reason, note: m.dismissal.note } : null,
    timeline: m.timeline.map((t) => ({ stage: t.stage, at: t.at.toISOString(), by: t.byName, note: t.note })),
    createdAt: m.createdAt.toISOString(),
  }));
});

/**
 * On erasure, matches keep only what statistics need (place, stage, dates): the notes and the scored
 * reasons (skills, distances) describe the person and go.
 */
registerCandidateErasureStep('matches', async (candidateId) => {
  const matches = await MatchModel.find({ candidateId }).select({ _id: 1 }).lean();
  for (const { _id } of matches) {
    const current = await MatchModel.findById(_id).lean();
    if (!current) continue;
    await updateDocument(
      MatchModel,
      { _id },
      {
        $set: {
          score: null,
          dismissal: current.dismissal ? { reason: current.dismissal.reason, note: '' } : null,
          timeline: current.timeline.map((t) => ({ ...t, note: '' })),
        },
        $inc: { version: 1 },
      },
    );
  }
});
