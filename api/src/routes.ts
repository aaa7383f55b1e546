import type { TConfig } from './config';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { createLoginLimiter } from './auth/login-limiter';
import { secondFactorRoutes } from './auth/second-factor.routes';
import { bundlesRoutes } from './bundles/bundles.routes';
import { candidatesRoutes } from './candidates/candidates.routes';
import { contractsRoutes } from './contracts/contracts.routes';
import { creditsRoutes } from './credits/credits.routes';
import { effortsRoutes } from './efforts/efforts.routes';
import type { AnyRoute } from './http/define-route';
import { matchTrialRoutes } from './matches/match-trial.routes';
import { matchesRoutes } from './matches/matches.routes';
import { decisionLogRoutes } from './matches/decision-log/decision-log.routes';
import { proposalsRoutes } from './matches/proposals/proposals.routes';
import { algorithmRegisterRoutes } from './matches/register/algorithm-register.routes';
import { notificationsRoutes } from './notifications/notifications.routes';
import { organisationsRoutes } from './organisations/organisations.routes';
import { placesRoutes } from './places/places.routes';
import { regionsRoutes } from './organisations/regions.routes';
import { reportsRoutes } from './reports/reports.routes';
import { mailPreferencesRoutes } from './users/mail-preferences.routes';
import { usersRoutes } from './users/users.routes';
import { ruleSetsRoutes } from './valuation/rule-sets.routes';

/** Every API route in one list: mounted by the app, documented by OpenAPI, checked by the role tests. */
export function allRoutes(config: TConfig): AnyRoute[] {
  return [
    ...authRoutes(createLoginLimiter(config)),
    ...secondFactorRoutes(config.LOGIN_ATTEMPTS_PER_15_MIN),
    ...usersRoutes(config.PUBLIC_URL, config.NODE_ENV !== 'production'),
    ...mailPreferencesRoutes(),
    ...organisationsRoutes(),
    ...regionsRoutes(),
    ...contractsRoutes(),
    ...creditsRoutes(),
    ...effortsRoutes(),
    ...reportsRoutes(),
    ...notificationsRoutes(),
    ...auditRoutes(),
    ...candidatesRoutes(config.PUBLIC_URL),
    ...placesRoutes(),
    ...proposalsRoutes(config.MATCH_WEIGHTS),
    ...decisionLogRoutes(),
    ...algorithmRegisterRoutes({
      weights: config.MATCH_WEIGHTS,
      publicUrl: config.PUBLIC_URL,
      contact: config.ALGORITHM_CONTACT,
      sourceCodeUrl: config.SOURCE_CODE_URL,
      decisionLogMonths: config.DECISION_LOG_MONTHS,
    }),
    ...matchesRoutes(config.MATCH_WEIGHTS),
    ...matchTrialRoutes(),
    ...bundlesRoutes(),
    ...ruleSetsRoutes(),
  ];
}
