import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { AccountRoute } from '@/features/account/routes/account';
import { CandidateRoute } from '@/features/candidates/routes/candidate';
import { CandidatesRoute } from '@/features/candidates/routes/candidates';
import { EditCandidateRoute } from '@/features/candidates/routes/edit-candidate';
import { NewCandidateRoute } from '@/features/candidates/routes/new-candidate';
import { ContractRoute } from '@/features/contracts/routes/contract';
import { ContractsRoute } from '@/features/contracts/routes/contracts';
import { EditContractRoute } from '@/features/contracts/routes/edit-contract';
import { NewContractRoute } from '@/features/contracts/routes/new-contract';
import { EditOrganisationRoute } from '@/features/organisations/routes/edit-organisation';
import { NewOrganisationRoute } from '@/features/organisations/routes/new-organisation';
import { OrganisationRoute } from '@/features/organisations/routes/organisation';
import { OrganisationsRoute } from '@/features/organisations/routes/organisations';
import { EditRegionRoute } from '@/features/regions/routes/edit-region';
import { NewRegionRoute } from '@/features/regions/routes/new-region';
import { RegionsRoute } from '@/features/regions/routes/regions';
import { LoginRoute } from '@/features/auth/routes/login';
import { SecondFactorEnrolmentRoute } from '@/features/auth/routes/second-factor-enrolment';
import { SetPasswordRoute } from '@/features/auth/routes/set-password';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { RequireNavAccess } from '@/features/auth/components/require-nav-access';
import { DashboardRoute } from '@/features/dashboard/routes/dashboard';
import { AlgorithmRegisterRoute } from '@/features/matching/routes/algorithm-register';
import { BundlesRoute } from '@/features/matching/routes/bundles';
import { NotFound } from '@/features/misc/routes/not-found';
import { RouteError } from '@/features/misc/routes/route-error';
import { NotificationsRoute } from '@/features/notifications/routes/notifications';
import { RequirePlaceManagement } from '@/features/places/components/require-place-management';
import { EditPlaceRoute } from '@/features/places/routes/edit-place';
import { NewPlaceRoute } from '@/features/places/routes/new-place';
import { OpenPlaceRoute } from '@/features/places/routes/open-place';
import { OpenPlacesRoute } from '@/features/places/routes/open-places';
import { PlaceRoute } from '@/features/places/routes/place';
import { PlacesRoute } from '@/features/places/routes/places';
import { RequireMatchParty } from '@/features/pipeline/components/require-match-party';
import { MatchRoute } from '@/features/pipeline/routes/match';
import { MatchesRoute } from '@/features/pipeline/routes/matches';
import { MyMatchesRoute } from '@/features/portal/routes/my-matches';
import { ProfileRoute } from '@/features/profile/routes/profile';
import { FairnessRoute } from '@/features/reports/routes/fairness';
import { ReportsRoute } from '@/features/reports/routes/reports';
import { EditEffortRoute } from '@/features/efforts/routes/edit-effort';
import { EffortRoute } from '@/features/efforts/routes/effort';
import { EffortsRoute } from '@/features/efforts/routes/efforts';
import { NewEffortRoute } from '@/features/efforts/routes/new-effort';
import { NewRuleSetRoute } from '@/features/rule-sets/routes/new-rule-set';
import { RuleSetRoute } from '@/features/rule-sets/routes/rule-set';
import { RuleSetsRoute } from '@/features/rule-sets/routes/rule-sets';
import { StatementRoute } from '@/features/sroi/routes/statement';
import { InviteUserRoute } from '@/features/users/routes/invite-user';
import { UsersRoute } from '@/features/users/routes/users';
import { AppShell } from './layout/app-shell';

/** All routes. Pages that a role may open are also listed in config/navigation.ts. */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { path: paths.login, element: <LoginRoute /> },
      { path: paths.setPassword, element: <SetPasswordRoute /> },
      { path: paths.secondFactorEnrolment, element: <SecondFactorEnrolmentRoute /> },
      // Public: anyone may read how the matching works.
      { path: paths.algorithmRegister, element: <AlgorithmRegisterRoute /> },
      {
        element: <RequireAuth />,
        children: [
          { path: paths.home, element: <DashboardRoute /> },
          { path: paths.notifications, element: <NotificationsRoute /> },
          { path: paths.account, element: <AccountRoute /> },
          {
            element: <RequirePlaceManagement />,
            children: [
              { path: paths.places, element: <PlacesRoute /> },
              { path: paths.newPlace, element: <NewPlaceRoute /> },
              { path: paths.place, element: <PlaceRoute /> },
              { path: paths.editPlace, element: <EditPlaceRoute /> },
            ],
          },
          {
            element: <RequireNavAccess item="openPlaces" />,
            children: [
              { path: paths.openPlaces, element: <OpenPlacesRoute /> },
              { path: paths.openPlace, element: <OpenPlaceRoute /> },
            ],
          },
          {
            element: <RequireNavAccess item="contracts" />,
            children: [
              { path: paths.contracts, element: <ContractsRoute /> },
              { path: paths.newContract, element: <NewContractRoute /> },
              { path: paths.contract, element: <ContractRoute /> },
              { path: paths.editContract, element: <EditContractRoute /> },
              { path: paths.contractStatement, element: <StatementRoute /> },
            ],
          },
          {
            element: <RequireNavAccess item="organisations" />,
            children: [
              { path: paths.organisations, element: <OrganisationsRoute /> },
              { path: paths.newOrganisation, element: <NewOrganisationRoute /> },
              { path: paths.organisation, element: <OrganisationRoute /> },
              { path: paths.editOrganisation, element: <EditOrganisationRoute /> },
            ],
          },
          {
            element: <RequireNavAccess item="regions" />,
            children: [
              { path: paths.regions, element: <RegionsRoute /> },
              { path: paths.newRegion, element: <NewRegionRoute /> },
              { path: paths.editRegion, element: <EditRegionRoute /> },
            ],
          },
          {
            element: <RequireNavAccess item="candidates" />,
            children: [
              { path: paths.candidates, element: <CandidatesRoute /> },
              { path: paths.newCandidate, element: <NewCandidateRoute /> },
              { path: paths.candidate, element: <CandidateRoute /> },
              { path: paths.editCandidate, element: <EditCandidateRoute /> },
            ],
          },
          {
            element: <RequireNavAccess item="bundles" />,
            children: [{ path: paths.bundles, element: <BundlesRoute /> }],
          },
          {
            element: <RequireNavAccess item="matches" />,
            children: [{ path: paths.matches, element: <MatchesRoute /> }],
          },
          {
            // Every party of a match opens its page (candidates from their own list); the API decides which.
            element: <RequireMatchParty />,
            children: [{ path: paths.match, element: <MatchRoute /> }],
          },
          {
            element: <RequireNavAccess item="reports" />,
            children: [{ path: paths.reports, element: <ReportsRoute /> }],
          },
          {
            element: <RequireNavAccess item="fairness" />,
            children: [{ path: paths.fairnessReport, element: <FairnessRoute /> }],
          },
          {
            element: <RequireNavAccess item="efforts" />,
            children: [
              { path: paths.efforts, element: <EffortsRoute /> },
              { path: paths.newEffort, element: <NewEffortRoute /> },
              { path: paths.effort, element: <EffortRoute /> },
              { path: paths.editEffort, element: <EditEffortRoute /> },
            ],
          },
          {
            element: <RequireNavAccess item="ruleSets" />,
            children: [
              { path: paths.ruleSets, element: <RuleSetsRoute /> },
              { path: paths.newRuleSet, element: <NewRuleSetRoute /> },
              { path: paths.ruleSet, element: <RuleSetRoute /> },
            ],
          },
          {
            element: <RequireNavAccess item="profile" />,
            children: [{ path: paths.profile, element: <ProfileRoute /> }],
          },
          {
            element: <RequireNavAccess item="myMatches" />,
            children: [{ path: paths.myMatches, element: <MyMatchesRoute /> }],
          },
          {
            element: <RequireNavAccess item="users" />,
            children: [
              { path: paths.users, element: <UsersRoute /> },
              { path: paths.inviteUser, element: <InviteUserRoute /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
