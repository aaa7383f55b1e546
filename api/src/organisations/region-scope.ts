import type { SessionUser } from '../http/session-user';
import { RegionModel, type RegionDoc } from './regions.model';

/** The region a consultant (or admin, or candidate) works in, through their service point. */
export async function regionOfUser(user: SessionUser): Promise<RegionDoc | null> {
  if (!user.regionId) return null;
  return RegionModel.findById(user.regionId).lean<RegionDoc>();
}

/** The region that contains a municipality organisation (used to place contracts in a region). */
export async function regionOfMunicipality(municipalityId: string): Promise<RegionDoc | null> {
  return RegionModel.findOne({ municipalityIds: municipalityId }).lean<RegionDoc>();
}

/**
 * Which organisations a user may see. Admins: all. Consultants: their region's service point and
 * municipalities, and companies working in the region. Everyone else: their own organisation only.
 * A consultant without a region sees no organisation but their own.
 */
export async function organisationScope(user: SessionUser): Promise<Record<string, unknown>> {
  if (user.role === 'admin') return {};
  if (user.role === 'consultant') {
    const region = await regionOfUser(user);
    if (!region) return { _id: user.organisationId };
    return {
      $or: [{ regionIds: region._id }, { _id: { $in: [region.servicePointId, ...region.municipalityIds] } }],
    };
  }
  return { _id: user.organisationId };
}
