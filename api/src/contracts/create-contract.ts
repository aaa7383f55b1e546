import { percentageToBasisPoints, type TContract, type TCreateContract } from '../contract';
import type { SessionUser } from '../http/session-user';
import { assertReferenceFree, resolveContractParties } from './contract-parties';
import { ContractModel, type ContractDoc } from './contracts.model';
import { presentContract } from './contracts.presenter';
import { computeObligationCents } from './obligation';
import { dutchToday } from './today';

export async function createContract(user: SessionUser, input: TCreateContract): Promise<TContract> {
  const regionId = await resolveContractParties(user, input);
  await assertReferenceFree(input.municipalityId, input.reference);
  const { sroiPercentage, ...fields } = input;
  const sroiBasisPoints = percentageToBasisPoints(sroiPercentage);
  const created = await ContractModel.create({
    ...fields,
    regionId,
    sroiBasisPoints,
    obligationCents: computeObligationCents(input.valueCents, sroiBasisPoints),
    status: 'draft',
  });
  return presentContract(created.toObject() as ContractDoc, user, dutchToday());
}
