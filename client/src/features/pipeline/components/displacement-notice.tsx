import type { TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';

/**
 * The contractor's displacement flag as it bears on this match: until a consultant confirms the place
 * is additional work, nobody is introduced, starts a trial or is hired there (the server refuses it).
 */
export function DisplacementNotice({ place }: { place: TMatch['place'] }) {
  const { t } = useTranslation();
  if (place.displacement === 'none') return null;
  if (place.displacement === 'confirmed')
    return <p className="utrecht-paragraph">{t('pipeline.displacement.confirmed')}</p>;
  return (
    <Alert type="warning">
      <p className="utrecht-paragraph">
        <strong>{t('pipeline.displacement.title')}</strong> {t('pipeline.displacement.unconfirmed')}
      </p>
    </Alert>
  );
}
