import { UsageError } from '../command-line';
import { parseBenchArgs, parseReindexArgs, parseScaleArgs } from './args';

describe('command-line arguments', () => {
  it('when seed gets no flags, then it loads the demo only', () => {
    expect(parseScaleArgs([])).toBeUndefined();
  });

  it.each([
    [
      ['--candidates', '100000', '--places', '10000'],
      { candidates: 100_000, places: 10_000, seed: 2026, batchSize: 1000 },
    ],
    [
      ['--candidates=100_000', '--seed=7', '--batch-size', '500'],
      { candidates: 100_000, places: 0, seed: 7, batchSize: 500 },
    ],
    [['--places', '1,000'], { candidates: 0, places: 1000, seed: 2026, batchSize: 1000 }],
  ])('when seed gets %j, then it generates %j', (argv, expected) => {
    expect(parseScaleArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--candidates'], '--candidates needs a value'],
    [['--candidates', '-5'], '--candidates must be a whole number'],
    [['--candidates', '1.5'], '--candidates must be a whole number'],
    [['--people', '5'], 'Unknown option --people'],
    [['100'], 'Unexpected argument "100"'],
    [['--batch-size', '0'], '--batch-size must be a whole number from 1'],
  ])('when seed gets %j, then it refuses with "%s"', (argv, message) => {
    expect(() => parseScaleArgs(argv)).toThrow(UsageError);
    expect(() => parseScaleArgs(argv)).toThrow(message);
  });

  it.each([
    [[], ['candidates', 'places']],
    [['--index', 'places'], ['places']],
    [
      ['--index', 'places', '--index', 'candidates'],
      ['candidates', 'places'],
    ],
    [['--index=candidates,places'], ['candidates', 'places']],
  ])('when reindex gets %j, then it rebuilds %j', (argv, indexes) => {
    expect(parseReindexArgs(argv)).toEqual({ indexes });
  });

  it('when reindex names an unknown index, then it refuses', () => {
    expect(() => parseReindexArgs(['--index', 'users'])).toThrow('--index must be one of candidates, places');
  });

  it('when bench gets no flags, then it measures the small size, and --size large the issue’s targets', () => {
    expect(parseBenchArgs([])).toEqual({
      size: 'small',
      candidates: 10_000,
      places: 1_000,
      proposals: 200,
      naivePlaces: 3,
      searchRounds: 5,
      loadSeconds: 10,
      loadRounds: 3,
      seed: 2026,
    });
    expect(parseBenchArgs(['--size', 'large'])).toMatchObject({
      size: 'large',
      candidates: 100_000,
      places: 10_000,
    });
    expect(parseBenchArgs(['--size', 'large', '--candidates', '50000'])).toMatchObject({
      candidates: 50_000,
    });
    expect(() => parseBenchArgs(['--size', 'huge'])).toThrow(UsageError);
    expect(parseBenchArgs(['--proposals', '20', '--naive-places', '0'])).toMatchObject({
      proposals: 20,
      naivePlaces: 0,
    });
  });
});
