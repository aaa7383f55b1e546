export * from './demo/accounts';
export * from './factories/organisations';
export * from './factories/users';
export * from './factories/candidates';
export * from './factories/contracts';
export * from './factories/places';
export { nextSequence } from './factories/sequence';
export * from './demo/postcode-areas';
export * from './demo/region';
