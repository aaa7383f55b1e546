import { BUNDLE_RULES, combinedHours } from '@kansplek/search';
import type { SessionUser } from '../http/session-user';
import type { TCreateBundle, TPlace, TPublicPlace } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError } from '../http/app-error';
import { PlaceModel, type PlaceDoc } from '../places/places.model';
import { presentPlace } from '../places/places.presenter';
import { findVisiblePlace } from '../places/get-place';
import { bundlePartFromPlace } from './bundle-parts';

const refuse = (message: string, code: string, path = 'body.placeIds') =>
  new AppError(422, 'unprocessable', message, { issues: [{ path, code, message }] });

/** Every rule a bundle must keep; the consultant decides whether the work is similar enough. */
function assertBundleable(parts: PlaceDoc[]) {
  parts.forEach((p, i) => {
    const path = `body.placeIds.${i}`;
    if (p.status !== 'open') throw refuse(`"${p.title}" is not open`, 'not_open', path);
    if (p.bundledIntoId) throw refuse(`"${p.title}" is already part of a bundle`, 'already_bundled', path);
    if (!p.hours || !p.location) throw refuse(`"${p.title}" has no hours or location`, 'incomplete', path);
    if (p.hours.max >= BUNDLE_RULES.smallBelowHours) {
      throw refuse(`"${p.title}" is not a small place (under 16 hours)`, 'not_small', path);
    }
  });
  if (new Set(parts.map((p) => String(p.contractorId))).size !== parts.length) {
    throw refuse('The parts of a bundle come from different contractors', 'same_contractor');
  }
  const hours = combinedHours(parts.map((p) => bundlePartFromPlace(p)!));
  if (!hours)
    throw refuse('Together the places must make a job of 24 to 38 hours a week', 'hours_out_of_range');
  return hours;
}

/**
 * Turns a bundle into one combined place, linked to its parts. The combined place belongs to the
 * contractor of the largest part (the lead), counts for that part's contract and is open at once;
 * each part points to it and is no longer proposed on its own. If a part changed meanwhile, the
 * parts already linked are released and the combined place removed: nothing is left half-made.
 */
export async function createBundle(user: SessionUser, input: TCreateBundle): Promise<TPlace | TPublicPlace> {
  if (new Set(input.placeIds).size !== input.placeIds.length) {
    throw refuse('A place can be in a bundle only once', 'duplicate');
  }
  const parts = await Promise.all(input.placeIds.map((id) => findVisiblePlace(user, id)));
  const hours = assertBundleable(parts);
  const lead = [...parts].sort((a, b) => b.hours!.max - a.hours!.max)[0]!;
  const now = new Date();
  const combined = await PlaceModel.create({
    contractorId: lead.contractorId,
    contractId: lead.contractId,
    regionId: lead.regionId,
    kind: 'job',
    title: input.title,
    description: [
      'Gecombineerde functie van meerdere opdrachtnemers (taakbundeling):',
      ...parts.map((p) =>
        `- ${p.title} (${p.hours!.min}–${p.hours!.max} uur): ${p.description ?? ''}`.trim(),
      ),
    ].join('\n'),
    occupation: lead.occupation,
    sector: lead.sector,
    requiredSkills: [...new Set(parts.flatMap((p) => p.requiredSkills ?? []))],
    desirableSkills: [...new Set(parts.flatMap((p) => p.desirableSkills ?? []))],
    hours,
    location: lead.location,
    startDate:
      parts
        .map((p) => p.startDate ?? '')
        .sort()
        .at(-1) || null,
    positions: 1,
    requirements: {
      drivingLicence: parts.some((p) => p.requirements?.drivingLicence),
      dutchLevel: lead.requirements?.dutchLevel ?? null,
      educationLevel: lead.requirements?.educationLevel ?? null,
    },
    support: [...new Set(parts.flatMap((p) => p.support ?? []))],
    bundlePartIds: parts.map((p) => p._id),
    status: 'open',
    statusChangedAt: now,
    history: [{ from: null, to: 'open', at: now, byId: user.id, byName: user.name }],
    createdBy: user.id,
    createdByName: user.name,
  });
  const linked: PlaceDoc[] = [];
  for (const part of parts) {
    const updated = await updateDocument(
      PlaceModel,
      { _id: part._id, version: part.version, status: 'open', bundledIntoId: null },
      { $set: { bundledIntoId: combined._id }, $inc: { version: 1 } },
    );
    if (!updated) {
      await releaseParts(linked, combined._id);
      throw new AppError(
        409,
        'stale_version',
        `"${part.title}" was changed meanwhile; reload and try again`,
        {
          issues: [{ path: 'body.placeIds', code: 'changed', message: part.title }],
        },
      );
    }
    linked.push(updated);
  }
  return presentPlace(user, combined.toObject() as PlaceDoc);
}

async function releaseParts(linked: PlaceDoc[], combinedId: unknown) {
  for (const part of linked) {
    await updateDocument(
      PlaceModel,
      { _id: part._id, bundledIntoId: combinedId },
      { $set: { bundledIntoId: null }, $inc: { version: 1 } },
    );
  }
  await PlaceModel.deleteOne({ _id: combinedId });
}
