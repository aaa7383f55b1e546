// The API contract: imports nothing but zod, so the client can use it without pulling in server code.
export * from './common';
export * from './errors';
export * from './organisations';
export * from './auth';
export * from './users';
export * from './notifications';
export * from './domain';
export * from './regions';
export * from './contracts';
export * from './audit';
export * from './candidates';
export * from './events';
export * from './places';
export * from './search';
export * from './pipeline';
export * from './matches';
