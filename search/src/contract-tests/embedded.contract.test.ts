import { EmbeddedEngine } from '../embedded/embedded-engine';
import { engineContract } from './engine-contract';

describe('search engine contract: embedded (MiniSearch)', () => {
  engineContract(
    () => new EmbeddedEngine(),
    () => 'contract',
  );
});
