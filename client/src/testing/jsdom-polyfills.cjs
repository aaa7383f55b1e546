// jsdom lacks TextEncoder/TextDecoder, which react-router uses; Node's own are the real thing.
const util = require('node:util');

Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
