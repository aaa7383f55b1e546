import type { TContractAction, TContractStatus } from '../contract';
import {
  allowedContractActions,
  allowedNextStatuses,
  decideContractTransition,
  nextContractStatus,
  type ContractStatusFacts,
} from './contract-status';

const contract = (status: TContractStatus): ContractStatusFacts => ({
  status,
  obligationCents: 5_000_000,
  endDate: '2027-12-31',
  realisationDeadline: '2028-06-30',
});

describe('nextContractStatus (automatic moves)', () => {
  it.each<[TContractStatus, number, string, TContractStatus, string]>([
    ['active', 0, '2026-01-01', 'active', 'nothing realised, deadline far away'],
    ['active', 4_999_999, '2028-06-30', 'active', 'one cent short on the deadline day itself'],
    ['active', 5_000_000, '2026-01-01', 'fulfilled', 'exactly the obligation'],
    ['active', 7_500_000, '2026-01-01', 'fulfilled', 'more than the obligation'],
    ['active', 5_000_000, '2029-01-01', 'fulfilled', 'fulfilled wins over a passed deadline'],
    ['active', 4_999_999, '2028-07-01', 'overdue', 'the day after the deadline, not fulfilled'],
    ['active', 0, '2030-01-01', 'overdue', 'long past the deadline'],
    ['draft', 9_999_999, '2030-01-01', 'draft', 'a draft never moves by itself'],
    [
      'fulfilled',
      5_000_000,
      '2030-01-01',
      'fulfilled',
      'fulfilled stays fulfilled while the credit covers it',
    ],
    ['fulfilled', 4_999_999, '2027-01-01', 'active', 'a revaluation below the obligation reopens it'],
    ['fulfilled', 0, '2030-01-01', 'overdue', 'a revaluation below the obligation after the deadline'],
    [
      'overdue',
      9_999_999,
      '2030-01-01',
      'fulfilled',
      'an effort accepted late but dated before the deadline',
    ],
    ['overdue', 4_999_999, '2030-01-01', 'overdue', 'still short: stays overdue until closed'],
    ['closed', 9_999_999, '2030-01-01', 'closed', 'closed is final'],
  ])('when %s with %i cents realised on %s, then %s (%s)', (status, realised, today, expected) => {
    expect(nextContractStatus(contract(status), realised, today)).toBe(expected);
  });
});

describe('manual transitions', () => {
  it.each<[TContractAction, TContractStatus, string, boolean, TContractStatus[]]>([
    ['activate', 'draft', '2026-01-01', true, ['active']],
    ['activate', 'active', '2026-01-01', false, []],
    ['activate', 'closed', '2026-01-01', false, []],
    ['activate', 'fulfilled', '2026-01-01', false, ['closed']],
    ['close', 'fulfilled', '2026-01-01', true, ['closed']],
    ['close', 'overdue', '2026-01-01', true, ['closed']],
    ['close', 'active', '2027-12-31', false, []],
    ['close', 'active', '2028-01-01', true, ['closed']],
    ['close', 'draft', '2030-01-01', false, ['active']],
    ['close', 'closed', '2030-01-01', false, []],
  ])(
    'when %s from %s on %s, then allowed is %p and the open moves are %p',
    (action, status, today, ok, allowed) => {
      const decision = decideContractTransition(action, contract(status), today);
      expect(decision.ok).toBe(ok);
      expect(allowedNextStatuses(contract(status), today)).toEqual(allowed);
      if (!decision.ok) expect(decision.allowed).toEqual(allowed);
    },
  );
});

describe('allowedContractActions', () => {
  it.each<[TContractStatus, string, TContractAction[]]>([
    ['draft', '2026-01-01', ['activate']],
    ['active', '2026-01-01', []],
    ['active', '2028-01-01', ['close']],
    ['fulfilled', '2026-01-01', ['close']],
    ['overdue', '2026-01-01', ['close']],
    ['closed', '2026-01-01', []],
  ])('when %s on %s, then the buttons are %p', (status, today, expected) => {
    expect(allowedContractActions(contract(status), today)).toEqual(expected);
  });
});
