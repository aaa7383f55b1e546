import { removeExpiredSessions } from './auth/session';
import { refreshContractStatuses } from './credits/refresh-contract-statuses';
import { alertContractsBehindPace } from './credits/behind-pace-alerts';
import type { Logger } from './logger';
import { removeExpiredDecisions } from './matches/decision-log/decision-log';

const EVERY_10_MINUTES = 10 * 60_000;

/** Periodic housekeeping of this process; each task is idempotent, so two API processes may both run it. */
export function startMaintenance(log: Logger, settings: { decisionLogMonths: number }): { stop(): void } {
  const tasks: Array<[name: string, run: () => Promise<unknown>]> = [
    ['remove expired sessions', removeExpiredSessions],
    // Contracts turn fulfilled or overdue by rule; the refresh is idempotent.
    ['refresh contract statuses', () => refreshContractStatuses()],
    // Once per contract: behind pace with three months or less to go.
    ['alert contracts behind pace', () => alertContractsBehindPace()],
    // What consultants were shown is kept for the configured period, then removed.
    ['remove expired decision log', () => removeExpiredDecisions(settings.decisionLogMonths)],
  ];
  const runAll = async () => {
    for (const [name, run] of tasks) {
      try {
        await run();
      } catch (error) {
        log.warn({ err: error, task: name }, 'maintenance task failed; it runs again later');
      }
    }
  };
  void runAll();
  const timer = setInterval(() => void runAll(), EVERY_10_MINUTES);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
