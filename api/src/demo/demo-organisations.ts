import { DEMO_COMPANIES, DEMO_MUNICIPALITIES, DEMO_REGION_NAME, DEMO_SERVICE_POINT } from '@kansplek/seed';
import type { Types } from 'mongoose';
import { geocodeAddress } from '../geo/geocode-address';
import { OrganisationModel } from '../organisations/organisations.model';
import { RegionModel } from '../organisations/regions.model';

export interface DemoOrganisationIds {
  servicePointId: Types.ObjectId;
  regionId: Types.ObjectId;
  municipalities: Map<string, Types.ObjectId>;
  companies: Map<string, Types.ObjectId>;
}

/** Inserts the organisation if the filter finds none; an existing one is left as its users changed it. */
async function ensureOrganisation(
  filter: Record<string, unknown>,
  data: Record<string, unknown>,
): Promise<Types.ObjectId> {
  const saved = await OrganisationModel.findOneAndUpdate(
    filter,
    { $setOnInsert: { kvkNumber: null, municipalityCode: null, ...data } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  return saved!._id;
}

/** The service point, its eight municipalities, the region and the companies working in it (idempotent). */
export async function ensureDemoOrganisations(): Promise<DemoOrganisationIds> {
  const servicePointId = await ensureOrganisation(
    { kind: 'service_point', name: DEMO_SERVICE_POINT.name },
    {
      kind: 'service_point',
      name: DEMO_SERVICE_POINT.name,
      address: await geocodeAddress(DEMO_SERVICE_POINT.address, 'address.postcode'),
    },
  );
  const municipalities = new Map<string, Types.ObjectId>();
  for (const m of DEMO_MUNICIPALITIES) {
    const id = await ensureOrganisation(
      { kind: 'municipality', municipalityCode: m.code },
      {
        kind: 'municipality',
        name: m.name,
        municipalityCode: m.code,
        address: await geocodeAddress({ postcode: m.postcode }, 'address.postcode'),
      },
    );
    municipalities.set(m.code, id);
  }
  const region = await RegionModel.findOneAndUpdate(
    { servicePointId },
    {
      $setOnInsert: { name: DEMO_REGION_NAME, servicePointId, municipalityIds: [...municipalities.values()] },
    },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  const regionId = region!._id;
  const companies = new Map<string, Types.ObjectId>();
  for (const c of DEMO_COMPANIES) {
    const id = await ensureOrganisation(
      { kvkNumber: c.kvkNumber },
      {
        kind: c.kind,
        name: c.name,
        kvkNumber: c.kvkNumber,
        address: await geocodeAddress(c.address, 'address.postcode'),
        regionIds: [regionId],
      },
    );
    companies.set(c.key, id);
  }
  return { servicePointId, regionId, municipalities, companies };
}
