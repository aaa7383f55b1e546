import {
  LOCALES,
  ORGANISATION_KINDS,
  ROLES,
  ZInviteUser,
  ZRole,
  type TInvitation,
  type TOrganisationSummary,
} from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useZodForm } from '@/hooks/use-zod-form';
import { useOrganisationOptions } from '../api/get-organisations';
import { useInviteUser } from '../api/invite-user';
import { ORGANISATION_KINDS_FOR_ROLE } from '@kansplek/api/contract';

const EMPTY = { email: '', name: '', role: '', organisationId: '', locale: 'nl' };

/**
 * The organisations that fit the chosen role, grouped by kind. The one already chosen always stays,
 * so changing the role never silently changes what the user picked (the API reports a mismatch).
 */
export function organisationGroups(organisations: TOrganisationSummary[], role: string, chosenId: string) {
  const parsedRole = ZRole.safeParse(role);
  const fits = (organisation: TOrganisationSummary) =>
    !parsedRole.success ||
    ORGANISATION_KINDS_FOR_ROLE[parsedRole.data].includes(organisation.kind) ||
    organisation.id === chosenId;
  return ORGANISATION_KINDS.map((kind) => ({
    kind,
    organisations: organisations
      .filter((organisation) => organisation.kind === kind && fits(organisation))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  })).filter((group) => group.organisations.length > 0);
}

export function InviteUserForm({ onInvited }: { onInvited: (invitation: TInvitation) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const organisations = useOrganisationOptions();
  const inviteUser = useInviteUser();
  const form = useZodForm({
    id: 'invite',
    schema: ZInviteUser,
    initialValues: EMPTY,
    // Ready for the next invitation; the link of this one is shown above the form.
    resetAfterSuccess: true,
    onSubmit: async (input) => onInvited(await inviteUser.mutateAsync(input)),
  });
  const labels = {
    email: t('fields.email'),
    name: t('fields.name'),
    role: t('fields.role'),
    organisationId: t('fields.organisation'),
    locale: t('fields.locale'),
  };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <TextField form={form} name="name" label={labels.name} autoComplete="off" />
      <TextField
        form={form}
        name="email"
        label={labels.email}
        type="email"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
      />
      <SelectField form={form} name="role" label={labels.role}>
        <option value="">{t('invite.chooseRole')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      {organisations.isError ? (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(organisations.error)}</p>
        </Alert>
      ) : (
        <SelectField form={form} name="organisationId" label={labels.organisationId}>
          <option value="">
            {organisations.isPending ? t('common.loading') : t('invite.chooseOrganisation')}
          </option>
          {organisationGroups(
            organisations.data?.data ?? [],
            form.values.role,
            form.values.organisationId,
          ).map((group) => (
            <optgroup key={group.kind} label={t(`organisationKinds.${group.kind}`)}>
              {group.organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      )}
      <SelectField form={form} name="locale" label={labels.locale} description={t('invite.localeHint')}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.names.${locale}`)}
          </option>
        ))}
      </SelectField>
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {t('invite.submit')}
        </Button>
      </div>
    </form>
  );
}
