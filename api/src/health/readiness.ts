let stopping = false;

/** Set when the process has been asked to stop: readiness fails so load balancers send no more. */
export function markStopping(value = true): void {
  stopping = value;
}

export function isStopping(): boolean {
  return stopping;
}

/** The search engine's answer within `ms`, else false: an unreachable engine must not hold a probe. */
export async function answersWithin(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([check().catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}
