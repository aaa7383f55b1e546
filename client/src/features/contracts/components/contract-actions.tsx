import type { TContract, TContractAction } from '@kansplek/api/contract';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useTransitionContract } from '../api/transition-contract';

const actionButtonId = (action: TContractAction) => `contract-action-${action}`;

/**
 * The status moves a consultant may make now (the server says which), each confirmed before it is sent:
 * activating starts the obligation, closing makes the contract read-only for good.
 */
export function ContractActions({ contract }: { contract: TContract }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const transition = useTransitionContract();
  const [confirming, setConfirming] = useState<TContractAction | null>(null);
  const [done, setDone] = useState<TContractAction | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  // The question appears below the buttons; take the user to it.
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const cancel = () => {
    const action = confirming;
    setConfirming(null);
    // Back to the button that asked, so keyboard users continue where they were.
    if (action) requestAnimationFrame(() => document.getElementById(actionButtonId(action))?.focus());
  };

  const confirm = (action: TContractAction) => {
    setDone(null);
    transition.mutate(
      { id: contract.id, action, version: contract.version },
      {
        onSuccess: () => setDone(action),
        onSettled: () => setConfirming(null),
      },
    );
  };

  return (
    <section aria-labelledby="contract-actions-heading">
      <h2 className="utrecht-heading-2" id="contract-actions-heading">
        {t('contracts.actions.title')}
      </h2>
      <div aria-live="polite">
        {done && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t(`contracts.actions.${done}.done`)}</p>
          </Alert>
        )}
        {transition.isError && (
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(transition.error)}</p>
          </Alert>
        )}
      </div>
      {contract.allowedActions.length === 0 ? (
        <p className="utrecht-paragraph">{t(`contracts.actions.none.${contract.status}`)}</p>
      ) : (
        <div className="utrecht-button-group">
          {contract.allowedActions.map((action) => (
            <Button
              key={action}
              id={actionButtonId(action)}
              appearance={action === 'activate' ? 'primary-action' : 'secondary-action'}
              aria-expanded={confirming === action}
              onClick={() => setConfirming(action)}
            >
              {t(`contracts.actions.${action}.button`)}
            </Button>
          ))}
        </div>
      )}
      {confirming && (
        <Alert type="warning">
          <h3 className="utrecht-heading-3" ref={confirmHeading} tabIndex={-1}>
            {t(`contracts.actions.${confirming}.confirmTitle`)}
          </h3>
          <p className="utrecht-paragraph">
            {t(`contracts.actions.${confirming}.confirmBody`, { title: contract.title })}
          </p>
          <div className="utrecht-button-group">
            <Button
              appearance="primary-action"
              busy={transition.isPending}
              onClick={() => confirm(confirming)}
            >
              {t(`contracts.actions.${confirming}.confirm`)}
            </Button>
            <Button appearance="subtle" onClick={cancel}>
              {t('contracts.actions.cancel')}
            </Button>
          </div>
        </Alert>
      )}
    </section>
  );
}
