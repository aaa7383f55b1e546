import type { TPlaceStatus } from '@kansplek/api/contract';
import { placeActions } from './place-actions';

const complete = {
  title: 'Schoonmaker kantoren',
  description: 'Kantoren schoonmaken.',
  location: {
    street: null,
    houseNumber: null,
    postcode: '6811 AB',
    city: 'Arnhem',
    municipalityCode: 'GM0202',
    location: { lat: 51.98, lng: 5.9 },
  },
  hours: { min: 12, max: 24 },
  startDate: '2026-12-01',
};

describe('which lifecycle actions a place offers', () => {
  it.each<[TPlaceStatus, string[], boolean]>([
    ['draft', ['publish', 'close'], true],
    ['open', ['pause', 'fill', 'close'], true],
    ['paused', ['resume', 'fill', 'close'], true],
    ['filled', [], false],
    ['closed', [], false],
  ])('a complete %s place offers %j (editable: %s)', (status, actions, canEdit) => {
    const result = placeActions({ ...complete, status });
    expect(result.actions.map((a) => a.action)).toEqual(actions);
    expect(result.canEdit).toBe(canEdit);
    expect(result.missingToPublish).toEqual([]);
  });

  it('an incomplete draft cannot be published yet, and says what is missing', () => {
    const result = placeActions({ ...complete, status: 'draft', description: ' ', hours: null });
    expect(result.actions.map((a) => a.action)).toEqual(['close']);
    expect(result.missingToPublish).toEqual(['description', 'hours']);
  });

  it('only filling and closing ask for confirmation', () => {
    const { actions } = placeActions({ ...complete, status: 'open' });
    expect(actions.filter((a) => a.final).map((a) => a.to)).toEqual(['filled', 'closed']);
  });
});
