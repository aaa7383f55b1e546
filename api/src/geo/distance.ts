// One implementation of distance for the whole platform: the search workspace's.
export { distanceKm } from '@kansplek/search';
