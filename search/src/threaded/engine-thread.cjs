// The worker thread's entry. Under `node --import tsx` (the API's start) the thread inherits the
// TypeScript loader; under jest it does not, so tsx's CommonJS hook is registered here first.
require('tsx/cjs');
require('./engine-thread-main.ts');
