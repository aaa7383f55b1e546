import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/lib/api-client';
import { polyfillDialog } from '@/testing/dialog';
import { renderPage } from '@/testing/render';
import { ReasonDialog } from './reason-dialog';

beforeAll(polyfillDialog);

const labels = {
  open: 'Stoppen',
  openContext: 'Jan de Vries',
  reason: 'Reden',
  chooseReason: 'Kies een reden',
  note: 'Toelichting',
  submit: 'Stoppen',
  submitContext: 'Jan de Vries',
  cancel: 'Annuleren',
};
const reasons = [
  { value: 'too_far', label: 'Te ver weg' },
  { value: 'other', label: 'Andere reden' },
] as const;

describe('the reason dialog', () => {
  it('is a named, described dialog that asks for a reason, and a note with the reason that needs one', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    const user = userEvent.setup();
    renderPage(
      <ReasonDialog
        title="Jan de Vries stoppen?"
        intro="Kies waarom."
        reasons={reasons}
        noteRequiredFor="other"
        labels={labels}
        onSubmit={onSubmit}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Stoppen Jan de Vries' }));
    const dialog = screen.getByRole('dialog', { name: 'Jan de Vries stoppen?' });
    expect(dialog.getAttribute('aria-describedby')).toBe(within(dialog).getByText('Kies waarom.').id);
    await user.click(within(dialog).getByRole('button', { name: 'Stoppen Jan de Vries' }));
    expect(await within(dialog).findByRole('link', { name: 'Reden is verplicht.' })).toBeTruthy();

    await user.selectOptions(within(dialog).getByLabelText('Reden'), 'other');
    await user.click(within(dialog).getByRole('button', { name: 'Stoppen Jan de Vries' }));
    expect(await within(dialog).findByRole('link', { name: 'Toelichting is verplicht.' })).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText('Toelichting'), 'Verhuist');
    await user.click(within(dialog).getByRole('button', { name: 'Stoppen Jan de Vries' }));
    expect(onSubmit).toHaveBeenCalledWith({ reason: 'other', note: 'Verhuist' });
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
  });

  it('without reasons asks only for the note, and keeps it when sending fails', async () => {
    const onSubmit = jest
      .fn<Promise<unknown>, [{ note: string }]>()
      .mockRejectedValueOnce(new ApiError(500, 'internal_error', 'boom'))
      .mockResolvedValueOnce(undefined);
    const user = userEvent.setup();
    renderPage(
      <ReasonDialog
        title="Nee zeggen?"
        labels={{ open: 'Nee', note: 'Bericht', submit: 'Nee, stuur', cancel: 'Terug' }}
        onSubmit={onSubmit}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Nee' }));
    const dialog = screen.getByRole('dialog', { name: 'Nee zeggen?' });
    expect(within(dialog).queryByRole('combobox')).toBeNull();
    await user.type(within(dialog).getByLabelText('Bericht'), 'Te vroeg');
    await user.click(within(dialog).getByRole('button', { name: 'Nee, stuur' }));

    expect(await within(dialog).findByRole('heading', { name: 'Er is een probleem' })).toBeTruthy();
    expect(dialog.hasAttribute('open')).toBe(true);
    expect((within(dialog).getByLabelText('Bericht') as HTMLTextAreaElement).value).toBe('Te vroeg');

    await user.click(within(dialog).getByRole('button', { name: 'Nee, stuur' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ note: 'Te vroeg' });
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
  });
});
