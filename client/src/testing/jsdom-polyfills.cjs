// jsdom lacks TextEncoder/TextDecoder, which react-router uses; Node's own are the real thing.
const util = require('node:util');

Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });

// jsdom has no fetch API; react-router builds a Request for every navigation (only url, method and
// signal are read when no loader runs), so a page that changes its own address needs this much.
if (typeof globalThis.Request === 'undefined') {
  globalThis.Request = class Request {
    constructor(input, init = {}) {
      this.url = String(input);
      this.method = (init.method ?? 'GET').toUpperCase();
      this.signal = init.signal;
    }
  };
}
