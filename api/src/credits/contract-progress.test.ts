import { monthEnds } from './contract-progress';

describe('monthEnds', () => {
  it('when the range spans months, then each month end is a point and the last day closes the series', () => {
    expect(monthEnds('2026-01-15', '2026-04-10')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-10',
    ]);
  });

  it('when the last day is a month end, then it appears once', () => {
    expect(monthEnds('2026-11-01', '2026-12-31')).toEqual(['2026-11-30', '2026-12-31']);
  });

  it('when the range crosses a year and a leap February, then the ends are right', () => {
    expect(monthEnds('2027-12-05', '2028-03-01')).toEqual([
      '2027-12-31',
      '2028-01-31',
      '2028-02-29',
      '2028-03-01',
    ]);
  });

  it('when the range is empty, then there are no points', () => {
    expect(monthEnds('2026-05-02', '2026-05-01')).toEqual([]);
  });
});
