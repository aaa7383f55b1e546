import { RULE_SET_PRESETS, type TRuleSetPreset } from '@kansplek/api/contract';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { Forbidden } from '@/features/misc/routes/forbidden';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useRuleSet, useRuleSetPresets } from '../api/rule-sets';
import { draftFrom } from '../components/rule-set-draft';
import { RuleSetForm } from '../components/rule-set-form';

/** A new version, started from an existing one (`?van=<id>`) or from a published preset. */
export function NewRuleSetRoute() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const presetId = useId();
  const [searchParams] = useSearchParams();
  const from = searchParams.get('van') ?? undefined;
  const [preset, setPreset] = useState<TRuleSetPreset>('oost_nederland');
  const presets = useRuleSetPresets(me.role === 'admin' && !from);
  const base = useRuleSet(from);
  if (me.role !== 'admin') return <Forbidden />;

  const chosenPreset = presets.data?.find((p) => p.preset === preset);
  const start = from
    ? base.data &&
      draftFrom(
        { regionId: base.data.region.id, name: base.data.name, values: base.data.values },
        i18n.language,
      )
    : chosenPreset && draftFrom({ name: chosenPreset.name, values: chosenPreset.values }, i18n.language);
  const error = base.error ?? presets.error;

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.ruleSets}>
          {t('ruleSets.detail.back')}
        </Link>
      </p>
      <PageTitle documentTitle={t('ruleSets.form.title')}>{t('ruleSets.form.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('ruleSets.form.intro')}</p>
      {!from && (
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={presetId}>
              {t('ruleSets.form.preset')}
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <select
              id={presetId}
              className="utrecht-select utrecht-select--html-select"
              value={preset}
              onChange={(event) => setPreset(event.target.value as TRuleSetPreset)}
            >
              {RULE_SET_PRESETS.map((value) => (
                <option key={value} value={value}>
                  {t(`ruleSets.presets.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {error && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(error)}</p>
        </Alert>
      )}
      {!start && !error && <Loading />}
      {start && (
        <RuleSetForm
          // A new start (another preset) is a new form.
          key={from ?? preset}
          initial={start}
          onSaved={(created) => navigate(generatePath(paths.ruleSet, { id: created.id }))}
        />
      )}
    </>
  );
}
