import { ZCreateBundle, type TBundleSuggestion } from '@kansplek/api/contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { useCreateBundle } from '../api/create-bundle';
import { placePagePath } from '../matching-paths';

const ZTitleForm = ZCreateBundle.pick({ title: true });

/** "Maak gecombineerde plek": a title, then the new place opens. */
export function CreateBundleForm({ suggestion, index }: { suggestion: TBundleSuggestion; index: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createBundle = useCreateBundle();
  const [open, setOpen] = useState(false);
  const form = useZodForm({
    id: `bundle-${index}`,
    schema: ZTitleForm,
    initialValues: { title: suggestion.places[0]?.title ?? '' },
    onSubmit: async ({ title }) => {
      const place = await createBundle.mutateAsync({ placeIds: suggestion.places.map((p) => p.id), title });
      await navigate(placePagePath(place.id));
    },
  });
  const labels = { title: t('matching.bundles.titleLabel') };

  const { fieldId } = form;
  const openId = `bundle-${index}-make`;

  // Into the form on opening it, and back to the button on cancelling, so keyboard users keep their place.
  useEffect(() => {
    if (open) document.getElementById(fieldId('title'))?.focus();
  }, [open, fieldId]);

  const cancel = () => {
    setOpen(false);
    requestAnimationFrame(() => document.getElementById(openId)?.focus());
  };

  if (!open) {
    return (
      <Button id={openId} appearance="primary-action" onClick={() => setOpen(true)}>
        {t('matching.bundles.make')}
      </Button>
    );
  }
  return (
    <form className="kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <TextField
        form={form}
        name="title"
        label={labels.title}
        description={t('matching.bundles.titleHint')}
      />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {t('matching.bundles.create')}
        </Button>
        <Button appearance="subtle" onClick={cancel}>
          {t('matching.bundles.cancel')}
        </Button>
      </div>
    </form>
  );
}
