import { facetOptions } from './facet-options';

const label = (value: string) => value.toUpperCase();

describe('facet options', () => {
  it('gives every value its count, 0 when the results have none of it', () => {
    expect(facetOptions(['job', 'internship'], label, { job: 4 }, '')).toEqual([
      { value: 'job', label: 'JOB', count: 4 },
      { value: 'internship', label: 'INTERNSHIP', count: 0 },
    ]);
  });

  it('once a value is chosen, counts only that one (the others would wrongly read 0)', () => {
    expect(facetOptions(['job', 'internship'], label, { job: 4 }, 'job')).toEqual([
      { value: 'job', label: 'JOB', count: 4 },
      { value: 'internship', label: 'INTERNSHIP', count: undefined },
    ]);
  });

  it('shows no counts before the first results arrive', () => {
    expect(facetOptions(['job'], label, undefined, '')).toEqual([
      { value: 'job', label: 'JOB', count: undefined },
    ]);
  });
});
