import { sampleMemoryPhases } from './memory-phases';

const MB = 1024 * 1024;

describe('memory by bench phase', () => {
  afterEach(() => jest.useRealTimers());

  it('when memory rises and falls over phases, then each phase keeps its own peaks and the peak RSS is the highest', () => {
    jest.useFakeTimers();
    let usage = { rss: 300 * MB, heapUsed: 100 * MB, heapTotal: 120 * MB, external: 5 * MB };
    const memory = sampleMemoryPhases('index build', { intervalMs: 100, read: () => usage });
    usage = { rss: 900 * MB, heapUsed: 500 * MB, heapTotal: 550 * MB, external: 6 * MB };
    jest.advanceTimersByTime(100);
    usage = { rss: 800 * MB, heapUsed: 420 * MB, heapTotal: 550 * MB, external: 6 * MB };
    memory.phase('search under load');
    usage = { rss: 1200 * MB, heapUsed: 450 * MB, heapTotal: 700 * MB, external: 40 * MB };
    jest.advanceTimersByTime(100);
    // The heap shrinks after a collection; the RSS need not follow.
    usage = { rss: 1250 * MB, heapUsed: 430 * MB, heapTotal: 520 * MB, external: 8 * MB };
    memory.phase('breakdown');
    usage = { rss: 1000 * MB, heapUsed: 440 * MB, heapTotal: 520 * MB, external: 8 * MB };
    expect(memory.stop()).toEqual({
      peakRssMb: 1250,
      phases: [
        { phase: 'index build', rssMb: 900, heapUsedMb: 500, heapTotalMb: 550, externalMb: 6 },
        { phase: 'search under load', rssMb: 1250, heapUsedMb: 450, heapTotalMb: 700, externalMb: 40 },
        { phase: 'breakdown', rssMb: 1250, heapUsedMb: 440, heapTotalMb: 520, externalMb: 8 },
      ],
    });
  });

  it('when sampling runs on its own, then the interval records the process as it is', async () => {
    const memory = sampleMemoryPhases('idle', { intervalMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const { peakRssMb, phases } = memory.stop();
    expect(peakRssMb).toBeGreaterThanOrEqual(Math.round(process.memoryUsage.rss() / MB) - 50);
    expect(phases[0]!.heapUsedMb).toBeGreaterThan(0);
  });
});
