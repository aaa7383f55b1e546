import type { TMatch, TMatchStage, TRole } from '@kansplek/api/contract';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useStageMatches } from '../api/get-matches';
import { cardLinkId, MatchCard } from './match-card';

interface StageColumnProps {
  stage: TMatchStage;
  role: TRole;
  onMoved: (match: TMatch) => void;
  onFailed: (error: unknown) => void;
  /** Only this place's matches (the board of one place). */
  placeId?: string;
}

/** One stage of the board: a heading with the number of matches, their cards, and "meer laden". */
export function StageColumn({ stage, role, onMoved, onFailed, placeId }: StageColumnProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const matches = useStageMatches(stage, placeId);
  const items = matches.data?.pages.flatMap((page) => page.data) ?? [];
  const total = matches.data?.pages[0]?.page.total;
  const stageName = t(`matching.stages.${stage}`);
  // The button may disappear with the last page; the first new card takes focus, where reading goes on.
  const [focusCard, setFocusCard] = useState<string | null>(null);

  useEffect(() => {
    const link = focusCard && document.getElementById(cardLinkId(focusCard));
    if (!link) return;
    link.focus();
    setFocusCard(null);
  }, [focusCard, items.length]);

  const loadMore = async () => {
    const shown = items.length;
    const result = await matches.fetchNextPage();
    const first = result.data?.pages.flatMap((page) => page.data)[shown];
    if (first) setFocusCard(first.id);
  };

  return (
    <section className="kp-board__column" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2 kp-board__heading" id={headingId}>
        {total === undefined ? stageName : t('pipeline.board.column', { stage: stageName, count: total })}
      </h2>
      {matches.isPending && <Loading />}
      {matches.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(matches.error)}</p>
        </Alert>
      )}
      {matches.isSuccess && items.length === 0 && (
        <p className="utrecht-paragraph kp-muted">{t('pipeline.board.empty')}</p>
      )}
      {items.length > 0 && (
        <ul className="kp-cards kp-board__cards" aria-labelledby={headingId}>
          {items.map((match) => (
            <MatchCard key={match.id} match={match} role={role} onMoved={onMoved} onFailed={onFailed} />
          ))}
        </ul>
      )}
      {matches.hasNextPage && (
        <Button busy={matches.isFetchingNextPage} onClick={() => void loadMore()}>
          {t('pipeline.board.more')}
          <span className="kp-visually-hidden"> {t('pipeline.board.moreOf', { stage: stageName })}</span>
        </Button>
      )}
    </section>
  );
}
