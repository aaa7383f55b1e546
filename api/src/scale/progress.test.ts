import { batchRanges } from './batches';
import { formatDuration, formatProgress, startProgress } from './progress';

describe('progress output', () => {
  it.each([
    [
      { label: 'candidates', done: 45_000, total: 100_000, elapsedMs: 9000 },
      'candidates [###########-------------] 45,000/100,000   45%  5,000/s  ETA 11.0s',
    ],
    [
      { label: 'places', done: 0, total: 10, elapsedMs: 0 },
      'places [------------------------] 0/10    0%  0/s',
    ],
    [
      { label: 'places', done: 10, total: 10, elapsedMs: 2000 },
      'places [########################] 10/10  100%  5/s',
    ],
    [{ label: 'empty', done: 0, total: 0, elapsedMs: 5 }, 'empty [########################] 0/0  100%  0/s'],
  ])('when %j, then the line reads "%s"', (state, line) => {
    expect(formatProgress(state)).toBe(line);
  });

  it.each([
    [400, '0.4s'],
    [59_400, '59.4s'],
    [185_000, '3m05s'],
  ])('when %d ms, then the duration reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('when the output is no terminal, then it prints a line per tenth (from the first) and a final line', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = startProgress(
      'x',
      100,
      { write: (s: string) => lines.push(s) > 0, isTTY: false },
      () => clock,
    );
    for (let done = 5; done <= 100; done += 5) {
      clock += 100;
      progress.update(done);
    }
    progress.finish();
    expect(lines).toHaveLength(11);
    expect(lines.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
    expect(lines.at(-1)).toContain('100/100  100%');
    expect(lines.at(-1)).toContain('done in 2.0s');
  });

  it('when the output is a terminal, then it redraws one line', () => {
    const writes: string[] = [];
    const progress = startProgress('x', 3, { write: (s: string) => writes.push(s) > 0, isTTY: true });
    progress.update(1);
    progress.finish(3);
    expect(writes[0]!.startsWith('\rx [')).toBe(true);
    expect(writes[1]!.endsWith('\n')).toBe(true);
  });
});

describe('batches', () => {
  it.each([
    [
      0,
      2500,
      1000,
      [
        [0, 1000],
        [1000, 2000],
        [2000, 2500],
      ],
    ],
    [300, 1000, 1000, [[300, 1000]]],
    [10, 10, 1000, []],
  ])('when covering %d…%d in steps of %d, then the ranges are %j', (from, to, size, expected) => {
    expect(batchRanges(from, to, size).map((r) => [r.start, r.end])).toEqual(expected);
  });

  it('when the batch size is not positive, then it refuses', () => {
    expect(() => batchRanges(0, 10, 0)).toThrow('positive integer');
  });
});
