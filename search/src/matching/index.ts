export * from './types';
export * from './weights';
export * from './constraints';
export * from './score';
export * from './bundles';
