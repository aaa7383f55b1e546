import {
  ZAftercareCheckIn,
  ZDataOf,
  ZEndEmployment,
  ZIdParams,
  ZMatch,
  ZStartTrial,
  ZTrialCheckIn,
  ZTrialOutcome,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { endEmployment, recordAftercare } from './employment';
import { decideTrialOutcome } from './trial-outcome';
import { recordTrialCheckIn, startTrial } from './trials';

const tags = ['pipeline'];
// The candidate follows their trial and employment (GET /api/matches/:id) but records nothing here.
const access = ['consultant', 'contractor'] as const;

/** The trial period (proefplaatsing) and the employment after it, with aftercare (nazorg). */
export function matchTrialRoutes() {
  return [
    defineRoute({
      method: 'post',
      path: '/api/matches/:id/trial',
      summary: 'Start the trial after the interview (two months unless a longer end is given with a reason)',
      tags,
      access,
      params: ZIdParams,
      body: ZStartTrial,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await startTrial(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matches/:id/trial/check-ins',
      summary: 'Record a trial check-in with ratings (1–5) for attendance, attitude, skills and fit',
      tags,
      access,
      params: ZIdParams,
      body: ZTrialCheckIn,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await recordTrialCheckIn(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matches/:id/trial/outcome',
      summary: 'End the trial: hired (with the employment), extended (within 6 months) or stopped',
      tags,
      access,
      params: ZIdParams,
      body: ZTrialOutcome,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await decideTrialOutcome(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matches/:id/employment/aftercare',
      summary: 'Record the aftercare check-in at 1, 3, 6 or 12 months (durable once employed at 6)',
      tags,
      access,
      params: ZIdParams,
      body: ZAftercareCheckIn,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await recordAftercare(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matches/:id/employment/end',
      summary: 'End the employment; before 6 months the candidate returns to the pool with priority',
      tags,
      access,
      params: ZIdParams,
      body: ZEndEmployment,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await endEmployment(user, params.id, body) }),
    }),
  ];
}
