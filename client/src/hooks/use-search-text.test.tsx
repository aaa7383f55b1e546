import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '@/testing/render';
import { useSearchText } from './use-search-text';

function SearchBox() {
  const [text, setText] = useSearchText('zoek');
  return <input aria-label="Zoeken" value={text} onChange={(event) => setText(event.target.value)} />;
}

const pause = () => act(() => new Promise((resolve) => setTimeout(resolve, 300)));

describe('search words in the address', () => {
  it('writes the words once typing pauses, replacing the history entry', async () => {
    const { router } = renderPage(<SearchBox />, { path: '/lijst?soort=job&pagina=3' });
    await userEvent.type(screen.getByLabelText('Zoeken'), ' bouw ');
    await waitFor(() => expect(router.state.location.search).toBe('?soort=job&zoek=bouw'));
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('copies a change from elsewhere (back, clear) into the box and does not write the old words back', async () => {
    const { router } = renderPage(<SearchBox />, { path: '/lijst?zoek=bouw' });
    const box = screen.getByLabelText<HTMLInputElement>('Zoeken');
    const addresses: string[] = [];
    router.subscribe((state) => addresses.push(state.location.search));

    await act(() => router.navigate('/lijst?soort=job'));
    await pause();
    expect(box.value).toBe('');
    expect(addresses).toEqual(['?soort=job']);

    await act(() => router.navigate('/lijst?zoek=groen'));
    await pause();
    expect(box.value).toBe('groen');
    expect(router.state.location.search).toBe('?zoek=groen');
  });
});
