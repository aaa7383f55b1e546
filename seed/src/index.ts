export * from './demo/accounts';
export * from './factories/organisations';
export * from './factories/users';
export { nextSequence } from './factories/sequence';
export * from './demo/postcode-areas';
