import { ContractModel, type ContractDoc } from '../contracts/contracts.model';
import { notifyContractParties } from '../contracts/notify-contract-parties';
import { realisedCreditCents } from './realised-credit';
import { dutchToday } from '../contracts/today';
import { updateDocument } from '../database/document-lock';
import { forecastContract, inFinalQuarter } from './forecast';

const BATCH = 500;

function percentage(basisPoints: number): string {
  return `${(basisPoints / 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`;
}

/**
 * Warns the parties of every active contract that is behind pace with three months or less to its
 * deadline. Once per contract: the alert is claimed by a conditional update before anyone is
 * notified, so a second run (or a second API process) sends nothing. Returns how many were alerted.
 */
export async function alertContractsBehindPace(today: string = dutchToday()): Promise<number> {
  let alerted = 0;
  let after: ContractDoc['_id'] | undefined;
  for (;;) {
    const batch = await ContractModel.find({
      status: 'active',
      behindPaceAlertedAt: null,
      ...(after ? { _id: { $gt: after } } : {}),
    })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean<ContractDoc[]>();
    for (const contract of batch) {
      if (!inFinalQuarter(contract.realisationDeadline, today)) continue;
      const realisedCents = await realisedCreditCents(contract._id, today);
      const forecast = forecastContract({
        obligationCents: contract.obligationCents,
        realisedCents,
        startDate: contract.startDate,
        deadline: contract.realisationDeadline,
        today,
      });
      if (forecast.status !== 'behind') continue;
      const claimed = await updateDocument(
        ContractModel,
        { _id: contract._id, behindPaceAlertedAt: null },
        { $set: { behindPaceAlertedAt: new Date() } },
      );
      if (!claimed) continue;
      alerted += 1;
      const basisPoints = Math.floor((realisedCents * 10_000) / Math.max(1, contract.obligationCents));
      await notifyContractParties(contract._id, 'contract_behind_pace', {
        contract: contract.title,
        percentage: percentage(basisPoints),
        deadline: contract.realisationDeadline,
      });
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!._id;
  }
  return alerted;
}
