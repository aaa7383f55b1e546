import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { PageTitle } from '@/components/ui/page-title';
import { SearchLayout, SearchPanel, SearchTextField } from '@/components/ui/search-panel';
import { SearchResults } from '@/components/ui/search-results';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { usePageParam } from '@/hooks/use-page-param';
import { useSearchText } from '@/hooks/use-search-text';
import { withFilterParams } from '@/lib/search-params';
import { useMunicipalityNames } from '../api/get-filter-options';
import { useCandidateSearch } from '../api/search-candidates';
import { CandidateHitList } from '../components/candidate-hit-list';
import { CandidateSearchFilters } from '../components/candidate-search-filters';
import {
  CANDIDATE_SEARCH_PARAMS,
  candidateFilterChange,
  candidateSearchFromParams,
  chosenCandidateFilters,
  chosenFilterCount,
} from '../components/candidate-search-params';
import '../candidates.css';

const PAGE_SIZE = 20;

/** The consultant's one place to find candidates: search as you type, narrowed by facets. */
export function CandidatesRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const { state } = useLocation() as { state: { erased?: string } | null };
  const page = usePageParam();
  const [text, setText, searchNow] = useSearchText(CANDIDATE_SEARCH_PARAMS.q);
  const query = candidateSearchFromParams(searchParams, page, PAGE_SIZE, me.id);
  const result = useCandidateSearch(query);
  const chosen = chosenCandidateFilters(query);
  const municipalityNames = useMunicipalityNames();

  return (
    <>
      <PageTitle documentTitle={t('candidates.list.title')}>{t('candidates.list.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('candidates.list.intro')}</p>
      <p className="utrecht-paragraph">
        <ButtonLink to={paths.newCandidate} appearance="primary-action">
          {t('candidates.list.new')}
        </ButtonLink>
      </p>
      <div role="status">
        {state?.erased && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t('candidates.erase.done', { name: state.erased })}</p>
          </Alert>
        )}
      </div>

      <SearchLayout>
        <SearchPanel
          searchBox={
            <SearchTextField
              id="candidate-search-q"
              label={t('candidates.search.label')}
              description={t('candidates.search.hint')}
              value={text}
              onChange={setText}
            />
          }
          label={t('candidates.list.filtersLabel')}
          chosenCount={chosenFilterCount(chosen)}
          onClear={() => setSearchParams(new URLSearchParams())}
        >
          <CandidateSearchFilters
            chosen={chosen}
            q={query.q}
            facets={result.data?.facets}
            onChange={(filter, value) =>
              setSearchParams((current) => withFilterParams(current, candidateFilterChange(filter, value)))
            }
          />
        </SearchPanel>
        <SearchResults
          result={result}
          countText={(count) =>
            query.q
              ? t('candidates.search.countFor', { count, q: query.q })
              : t('candidates.list.caption', { count })
          }
          emptyText={t('candidates.list.empty')}
          onSuggestion={(q) => {
            searchNow(q);
            // The suggestion's button goes with the results it replaced: typing goes on in the box.
            document.getElementById('candidate-search-q')?.focus();
          }}
        >
          {(hits) => <CandidateHitList hits={hits} municipalityNames={municipalityNames} />}
        </SearchResults>
      </SearchLayout>
    </>
  );
}
