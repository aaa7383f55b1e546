import { parentPort } from 'node:worker_threads';
import { EmbeddedEngine } from '../embedded/embedded-engine';
import type { EngineCall, EngineReply } from './engine-messages';

/** The embedded engine in a worker thread: each message is one call, answered with its id. */
const engine = new EmbeddedEngine();
const port = parentPort!;

port.on('message', async ({ id, method, args }: EngineCall) => {
  let reply: EngineReply;
  try {
    const call = engine[method] as (...a: unknown[]) => Promise<unknown>;
    const result = await call.apply(engine, args);
    reply = { id, json: result === undefined ? undefined : JSON.stringify(result) };
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    reply = { id, error: { message: error.message, stack: error.stack } };
  }
  port.postMessage(reply);
});
