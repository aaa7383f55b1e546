import { useTranslation } from 'react-i18next';

/** A plain download link to the table as CSV, with the filters the table on screen uses. */
export function CsvLink({ href, table }: { href: string; table: string }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph kp-no-print">
      <a className="utrecht-link utrecht-link--html-a" href={href} download>
        {t('reports.csv.download')}
        <span className="kp-visually-hidden"> {t('reports.csv.of', { table })}</span>
      </a>
    </p>
  );
}
