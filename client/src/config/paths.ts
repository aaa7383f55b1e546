/** Every route of the app, in Dutch as the users read them in the address bar. */
export const paths = {
  home: '/',
  login: '/inloggen',
  setPassword: '/wachtwoord-instellen',
  secondFactorEnrolment: '/tweede-factor-instellen',
  notifications: '/meldingen',
  account: '/mijn-account',
  users: '/beheer/gebruikers',
  inviteUser: '/beheer/gebruikers/uitnodigen',
  contracts: '/opdrachten',
  newContract: '/opdrachten/nieuw',
  contract: '/opdrachten/:id',
  editContract: '/opdrachten/:id/wijzigen',
  contractStatement: '/opdrachten/:id/verantwoording',
  organisations: '/organisaties',
  newOrganisation: '/organisaties/nieuw',
  organisation: '/organisaties/:id',
  editOrganisation: '/organisaties/:id/wijzigen',
  regions: '/beheer/regios',
  newRegion: '/beheer/regios/nieuw',
  editRegion: '/beheer/regios/:id/wijzigen',
  places: '/plekken',
  newPlace: '/plekken/nieuw',
  place: '/plekken/:id',
  editPlace: '/plekken/:id/wijzigen',
  openPlaces: '/plekken-zoeken',
  openPlace: '/plekken-zoeken/:id',
  candidates: '/kandidaten',
  newCandidate: '/kandidaten/nieuw',
  candidate: '/kandidaten/:id',
  editCandidate: '/kandidaten/:id/wijzigen',
  profile: '/mijn-profiel',
  myMatches: '/mijn-matches',
  bundles: '/bundels',
  reports: '/rapportages',
  fairnessReport: '/rapportages/eerlijkheid',
  algorithmRegister: '/algoritmeregister',
  ruleSets: '/waarderingsregels',
  newRuleSet: '/waarderingsregels/nieuw',
  ruleSet: '/waarderingsregels/:id',
  efforts: '/inspanningen',
  newEffort: '/inspanningen/nieuw',
  effort: '/inspanningen/:id',
  editEffort: '/inspanningen/:id/wijzigen',
  // The API's notifications link to these addresses, so they stay as the API writes them.
  matches: '/matches',
  match: '/matches/:id',
} as const;

/** The notifications page filtered to unread ones: `/meldingen?filter=ongelezen`. */
export const NOTIFICATION_FILTER_PARAM = 'filter';
export const UNREAD_FILTER_VALUE = 'ongelezen';
export const unreadNotificationsPath = `${paths.notifications}?${NOTIFICATION_FILTER_PARAM}=${UNREAD_FILTER_VALUE}`;

/** The place search measuring distances from one candidate's home (consultants): `/plekken-zoeken?kandidaat=…`. */
export const PLACE_SEARCH_CANDIDATE_PARAM = 'kandidaat';
export const placeSearchFromCandidatePath = (candidateId: string) =>
  `${paths.openPlaces}?${new URLSearchParams({ [PLACE_SEARCH_CANDIDATE_PARAM]: candidateId }).toString()}`;

/** Query parameter on the login page with the page to return to after signing in. */
export const RETURN_TO_PARAM = 'terug';

/** Only same-app paths are followed after login, so a crafted link cannot send a user elsewhere. */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return paths.home;
  if (value.startsWith(paths.login)) return paths.home;
  return value;
}

export function loginPathReturningTo(returnTo: string): string {
  if (returnTo === paths.home) return paths.login;
  return `${paths.login}?${new URLSearchParams({ [RETURN_TO_PARAM]: returnTo }).toString()}`;
}

/** The enrolment page for staff signing in without a second factor, returning to where they were going. */
export function secondFactorEnrolmentPath(returnTo: string): string {
  if (returnTo === paths.home) return paths.secondFactorEnrolment;
  return `${paths.secondFactorEnrolment}?${new URLSearchParams({ [RETURN_TO_PARAM]: returnTo }).toString()}`;
}
