import type { TPlace } from '@kansplek/api/contract';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useTransitionPlace } from '../api/transition-place';
import { placeActions, type PlaceActionOption } from './place-actions';

interface PlaceLifecycleProps {
  place: TPlace;
  editPath: string;
  onMoved?: () => void;
}

/** The moves a place can make now (publish, pause, resume, fill, close); final ones are confirmed first. */
export function PlaceLifecycle({ place, editPath, onMoved }: PlaceLifecycleProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const transition = useTransitionPlace();
  const [confirming, setConfirming] = useState<PlaceActionOption | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const { actions, missingToPublish, canEdit } = placeActions(place);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const actionId = (option: PlaceActionOption) => `place-action-${option.action}`;

  // Back to the button that asked, so keyboard users do not start again at the top of the page.
  const cancel = (option: PlaceActionOption) => {
    setConfirming(null);
    requestAnimationFrame(() => document.getElementById(actionId(option))?.focus());
  };

  const run = (option: PlaceActionOption) => {
    setDone(null);
    transition.mutate(
      { id: place.id, to: option.to, version: place.version },
      {
        onSuccess: () => {
          setDone(t(`places.lifecycle.done.${option.action}`));
          onMoved?.();
        },
        onSettled: () => setConfirming(null),
      },
    );
  };

  return (
    <section className="kp-place-actions" aria-labelledby="place-actions-title">
      <h2 className="utrecht-heading-2" id="place-actions-title">
        {t('places.lifecycle.title')}
      </h2>
      <div aria-live="polite">
        {done && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{done}</p>
          </Alert>
        )}
        {transition.isError && (
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(transition.error)}</p>
          </Alert>
        )}
      </div>
      {missingToPublish.length > 0 && (
        <Alert type="info">
          <p className="utrecht-paragraph">
            {t('places.lifecycle.missing', {
              fields: missingToPublish.map((field) => t(`places.missingFields.${field}`)).join(', '),
            })}
          </p>
        </Alert>
      )}
      {confirming ? (
        <Alert type="warning">
          <h3 className="utrecht-heading-3" ref={confirmRef} tabIndex={-1}>
            {t(`places.lifecycle.confirm.${confirming.action}`)}
          </h3>
          <p className="utrecht-paragraph">{t('places.lifecycle.cannotUndo')}</p>
          <div className="utrecht-button-group">
            <Button appearance="primary-action" busy={transition.isPending} onClick={() => run(confirming)}>
              {t(`places.lifecycle.actions.${confirming.action}`)}
            </Button>
            <Button appearance="subtle" onClick={() => cancel(confirming)}>
              {t('places.lifecycle.keep')}
            </Button>
          </div>
        </Alert>
      ) : (
        <div className="utrecht-button-group">
          {canEdit && <ButtonLink to={editPath}>{t('places.detail.edit')}</ButtonLink>}
          {actions.map((option) => (
            <Button
              key={option.action}
              id={actionId(option)}
              appearance={
                option.action === 'publish' || option.action === 'resume'
                  ? 'primary-action'
                  : 'secondary-action'
              }
              busy={transition.isPending && transition.variables?.to === option.to}
              onClick={() => (option.final ? setConfirming(option) : run(option))}
            >
              {t(`places.lifecycle.actions.${option.action}`)}
            </Button>
          ))}
        </div>
      )}
      {actions.length === 0 && !canEdit && <p className="utrecht-paragraph">{t('places.lifecycle.final')}</p>}
    </section>
  );
}
