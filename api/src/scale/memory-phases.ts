/** The highest memory figures seen during one phase of the bench, in MB. */
export interface PhasePeak {
  phase: string;
  rssMb: number;
  /** V8's heap in use, and what V8 holds for it (used plus free pages not yet given back). */
  heapUsedMb: number;
  heapTotalMb: number;
  /** Memory outside V8's heap that V8 knows of: buffers of sockets, array buffers. */
  externalMb: number;
}

export interface MemoryPhases {
  /** Phases after this one count towards it until the next call. */
  phase(name: string): void;
  /** Stops sampling: the peak RSS over every phase and each phase's peaks, in the order they ran. */
  stop(): { peakRssMb: number; phases: PhasePeak[] };
}

type Usage = Pick<NodeJS.MemoryUsage, 'rss' | 'heapUsed' | 'heapTotal' | 'external'>;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * The API's memory, sampled every `intervalMs` and kept per phase (index build, proposals, search,
 * each load run…), so a peak can be traced to the work that made it and to where it lies (V8's heap,
 * or memory outside it). The RSS and the heap peak each on their own: they need not peak together.
 */
export function sampleMemoryPhases(
  firstPhase: string,
  { intervalMs = 100, read = (): Usage => process.memoryUsage() } = {},
): MemoryPhases {
  const phases: PhasePeak[] = [];
  let current: PhasePeak;
  const take = () => {
    const u = read();
    current.rssMb = Math.max(current.rssMb, mb(u.rss));
    current.heapUsedMb = Math.max(current.heapUsedMb, mb(u.heapUsed));
    current.heapTotalMb = Math.max(current.heapTotalMb, mb(u.heapTotal));
    current.externalMb = Math.max(current.externalMb, mb(u.external));
  };
  const start = (phase: string) => {
    current = { phase, rssMb: 0, heapUsedMb: 0, heapTotalMb: 0, externalMb: 0 };
    phases.push(current);
    take();
  };
  start(firstPhase);
  const timer = setInterval(take, intervalMs);
  timer.unref();
  return {
    phase: (name) => {
      take();
      start(name);
    },
    stop: () => {
      take();
      clearInterval(timer);
      return { peakRssMb: Math.max(...phases.map((p) => p.rssMb)), phases };
    },
  };
}
