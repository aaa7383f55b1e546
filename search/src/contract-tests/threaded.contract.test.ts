import { ThreadedEngine } from '../threaded/threaded-engine';
import { engineContract } from './engine-contract';

describe('search engine contract: embedded with its search thread', () => {
  let engine: ThreadedEngine;
  afterAll(() => engine.close());
  engineContract(
    () => (engine = new ThreadedEngine()),
    () => 'contract',
  );
});
