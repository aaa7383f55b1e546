import { Types } from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { CreditModel } from './credits.model';
import { creditsOfContracts } from './credits-of-contracts';
import { removeCredit, storeCredit, type CreditValuation } from './store-credit';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const contract = () => ({
  _id: new Types.ObjectId(),
  regionId: new Types.ObjectId(),
  municipalityId: new Types.ObjectId(),
  contractorId: new Types.ObjectId(),
});

/** A volunteering effort's credit of `cents` on `date`, for `on`. */
function volunteering(
  sourceKey: string,
  on: ReturnType<typeof contract>,
  date: string,
  cents: number,
): CreditValuation {
  return {
    sourceKey,
    source: 'effort',
    contract: on,
    effortId: new Types.ObjectId(),
    kind: 'volunteering',
    label: 'Vrijwilligerswerk',
    date,
    lines: [{ block: 'volunteering', accrual: { kind: 'once', date, cents }, params: {} }],
    ruleSet: null,
    reason: 'effort_accepted',
  };
}

const centsOf = async (ids: Types.ObjectId[]) =>
  (await creditsOfContracts(ids)).map((c) => (c.lines[0]!.accrual as { cents: number }).cents);

describe("a contract's credits", () => {
  it('when credits are stored, revalued and removed, then each next read sees it at once', async () => {
    const [first, second] = [contract(), contract()];
    await storeCredit(volunteering('effort:a', first, '2026-03-01', 1_000));
    expect(await centsOf([first._id])).toEqual([1_000]);

    await storeCredit({
      ...volunteering('effort:a', first, '2026-03-01', 2_500),
      reason: 'rule_set_changed',
    });
    await storeCredit(volunteering('effort:b', second, '2026-02-01', 700));
    await storeCredit(volunteering('effort:c', first, '2026-01-01', 300));
    expect(await centsOf([first._id])).toEqual([300, 2_500]);
    // Several contracts together, by date.
    expect(await centsOf([first._id, second._id])).toEqual([300, 700, 2_500]);

    await removeCredit('effort:a');
    expect(await centsOf([first._id])).toEqual([300]);
    await CreditModel.deleteMany({ contractId: second._id });
    expect(await centsOf([second._id])).toEqual([]);
  });

  it('when a caller sorts or empties the list it got, then the next caller still gets every credit', async () => {
    const on = contract();
    await storeCredit(volunteering('effort:d', on, '2026-04-01', 100));
    await storeCredit(volunteering('effort:e', on, '2026-05-01', 200));
    const got = (await creditsOfContracts([on._id])) as unknown[];
    got.reverse();
    got.length = 0;
    expect(await centsOf([on._id])).toEqual([100, 200]);
  });
});
