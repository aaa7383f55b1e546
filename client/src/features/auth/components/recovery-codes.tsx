import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';

/** The recovery codes, shown this once: each signs in once when the phone is not at hand. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // They appear after an action elsewhere on the page; bring the user to them.
  useEffect(() => headingRef.current?.focus(), [codes]);

  return (
    <Alert type="ok">
      <h2 className="utrecht-heading-3" ref={headingRef} tabIndex={-1}>
        {t('secondFactor.recoveryTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('secondFactor.recoveryIntro', { count: codes.length })}</p>
      <ul className="utrecht-unordered-list kp-recovery-codes" aria-label={t('secondFactor.recoveryTitle')}>
        {codes.map((code) => (
          <li className="utrecht-unordered-list__item" key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
