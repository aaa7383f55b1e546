// The worker thread's entry when the engine runs from its TypeScript source (tsx, jest): a worker
// started under jest inherits no TypeScript loader, so tsx's CommonJS hook is registered here first.
// A build (`npm run build`) starts the compiled engine-thread-main.js instead (see worker-engine.ts).
require('tsx/cjs');
require('./engine-thread-main.ts');
