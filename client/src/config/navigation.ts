import type { TRole } from '@kansplek/api/contract';
import { paths } from './paths';

export interface NavItem {
  path: string;
  /** Translation key of the link text. */
  labelKey: string;
  /** Only the exact path marks the item as current (for the home page, which prefixes everything). */
  end?: boolean;
}

/** Every page that can appear in a role's navigation. Later issues add places, candidates, contracts, matches. */
export const NAV_ITEMS = {
  home: { path: paths.home, labelKey: 'nav.home', end: true },
  users: { path: paths.users, labelKey: 'nav.users' },
  notifications: { path: paths.notifications, labelKey: 'nav.notifications' },
  account: { path: paths.account, labelKey: 'nav.account' },
  contracts: { path: paths.contracts, labelKey: 'contracts.nav' },
  organisations: { path: paths.organisations, labelKey: 'organisations.nav' },
  regions: { path: paths.regions, labelKey: 'regions.nav' },
  ownPlaces: { path: paths.places, labelKey: 'places.nav.own' },
  regionPlaces: { path: paths.places, labelKey: 'places.nav.region' },
  openPlaces: { path: paths.openPlaces, labelKey: 'places.nav.open' },
  candidates: { path: paths.candidates, labelKey: 'candidates.nav' },
  profile: { path: paths.profile, labelKey: 'profile.nav' },
  myMatches: { path: paths.myMatches, labelKey: 'portal.nav' },
  bundles: { path: paths.bundles, labelKey: 'matching.nav.bundles' },
  matches: { path: paths.matches, labelKey: 'pipeline.nav' },
  reports: { path: paths.reports, labelKey: 'reports.nav', end: true },
  fairness: { path: paths.fairnessReport, labelKey: 'reports.fairness.nav' },
  efforts: { path: paths.efforts, labelKey: 'efforts.nav' },
  ruleSets: { path: paths.ruleSets, labelKey: 'ruleSets.nav' },
} as const satisfies Record<string, NavItem>;

export type NavItemId = keyof typeof NAV_ITEMS;

/** The navigation of each role, in order. Giving a role a page is one entry in its list. */
export const NAV_BY_ROLE: Record<TRole, readonly NavItemId[]> = {
  admin: ['home', 'users', 'organisations', 'regions', 'ruleSets', 'fairness', 'notifications', 'account'],
  consultant: [
    'home',
    'candidates',
    'regionPlaces',
    'matches',
    'openPlaces',
    'bundles',
    'contracts',
    'efforts',
    'reports',
    'fairness',
    'ruleSets',
    'organisations',
    'notifications',
    'account',
  ],
  contractor: ['home', 'ownPlaces', 'matches', 'contracts', 'efforts', 'reports', 'notifications', 'account'],
  candidate: ['home', 'myMatches', 'profile', 'openPlaces', 'notifications', 'account'],
  municipality: ['home', 'contracts', 'efforts', 'reports', 'fairness', 'notifications', 'account'],
};

export function navItemsFor(role: TRole): Array<NavItem & { id: NavItemId }> {
  return NAV_BY_ROLE[role].map((id) => ({ id, ...NAV_ITEMS[id] }));
}

/** Route guards ask the same list, so a page is reachable exactly when it is in the role's navigation. */
export function roleCanOpen(role: TRole, item: NavItemId): boolean {
  return NAV_BY_ROLE[role].includes(item);
}
