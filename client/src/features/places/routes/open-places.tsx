import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { SearchLayout, SearchPanel, SearchTextField } from '@/components/ui/search-panel';
import { SearchResults } from '@/components/ui/search-results';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { InterestButton } from '@/features/portal/components/interest-button';
import { usePageParam } from '@/hooks/use-page-param';
import { useSearchText } from '@/hooks/use-search-text';
import { isApiError } from '@/lib/api-client';
import { withFilterParams } from '@/lib/search-params';
import { usePlaceSearch } from '../api/search-places';
import { CandidatePicker } from '../components/candidate-picker';
import { PlaceHitList } from '../components/place-hit-list';
import { PlaceSearchFilters } from '../components/place-search-filters';
import {
  PLACE_SEARCH_PARAMS,
  chosenPlaceFilters,
  placeFilterChange,
  placeSearchFromParams,
  type PlaceFilter,
} from '../components/place-search-params';
import '../components/places.css';

const PAGE_SIZE = 10;

/**
 * Open places by text, kind, sector, hours and distance. Candidates measure from their own home;
 * consultants may pick one of their candidates to measure from, and may look at paused places.
 */
export function OpenPlacesRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const forConsultant = me.role === 'consultant';
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageParam();
  const [text, setText, searchNow] = useSearchText(PLACE_SEARCH_PARAMS.q);
  const query = placeSearchFromParams(searchParams, forConsultant, page, PAGE_SIZE);
  const result = usePlaceSearch(query);
  const chosen = chosenPlaceFilters(query);
  const change = (filter: PlaceFilter, value: string) =>
    setSearchParams((current) => withFilterParams(current, placeFilterChange(filter, value)));
  // A candidate without a home address cannot filter on distance; say so instead of a general error.
  const searchErrorText = (error: unknown) =>
    isApiError(error) && error.fieldIssues.some((issue) => issue.code === 'needs_home')
      ? t('places.search.needsHome')
      : undefined;
  const title = t(forConsultant ? 'places.search.consultantTitle' : 'places.open.title');

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {t(forConsultant ? 'places.search.consultantIntro' : 'places.open.intro')}
      </p>
      <SearchLayout>
        <SearchPanel
          searchBox={
            <SearchTextField
              id="place-search-q"
              label={t('places.search.label')}
              description={t('places.search.hint')}
              value={text}
              onChange={setText}
            />
          }
          label={t('places.open.filterLabel')}
          chosenCount={Object.values(chosen).filter(Boolean).length}
          onClear={() => setSearchParams(new URLSearchParams())}
        >
          {forConsultant && (
            <CandidatePicker value={chosen.candidateId} onChange={(id) => change('candidateId', id)} />
          )}
          <PlaceSearchFilters
            chosen={chosen}
            facets={result.data?.facets}
            forConsultant={forConsultant}
            onChange={change}
          />
        </SearchPanel>
        <SearchResults
          result={result}
          errorText={searchErrorText}
          countText={(count) =>
            query.q
              ? t('places.search.countFor', { count, q: query.q })
              : t(forConsultant ? 'places.list.caption' : 'places.open.count', { count })
          }
          emptyText={t('places.search.empty')}
          onSuggestion={(q) => {
            searchNow(q);
            // The suggestion's button goes with the results it replaced: typing goes on in the box.
            document.getElementById('place-search-q')?.focus();
          }}
        >
          {(hits) => (
            <PlaceHitList
              hits={hits}
              forConsultant={forConsultant}
              action={(hit) => <InterestButton placeId={hit.id} placeTitle={hit.title} />}
            />
          )}
        </SearchResults>
      </SearchLayout>
    </>
  );
}
