import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The first page of a visit is announced by the browser itself; later route changes are not.
let isFirstPage = true;

interface PageTitleProps {
  children: ReactNode;
  /** Text for the browser tab when the heading is not plain text. */
  documentTitle: string;
}

/**
 * The page's one `h1`. Sets the document title and, after client-side navigation, moves focus here
 * so screen-reader and keyboard users start reading at the new page instead of the old link.
 */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.documentTitle', { page: documentTitle });
  }, [documentTitle, t]);

  useEffect(() => {
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);

  return (
    <h1 className="utrecht-heading-1 kp-page-title" ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
