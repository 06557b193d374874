import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { initialIngestState, useIngestStore } from '../../../ingest/ingest-store';
import { saveAddedArticles, saveOpenedDataset } from '../../../ingest/ingest-persistence';
import { loadRealDataset } from '../../../test/fixtures';
import { loadStore } from '../../../test/render-with-store';
import { IngestControls } from '../ingest-controls';

beforeEach(async () => {
  await saveAddedArticles([]);
  await saveOpenedDataset(null);
  useIngestStore.setState({ ...initialIngestState });
  loadStore(loadRealDataset());
});

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('the Add articles dialog', () => {
  it('takes picked files, says what became of each, and lists the added article with a remove button', async () => {
    const { container } = render(<IngestControls />);
    fireEvent.click(screen.getByRole('button', { name: 'Add articles' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add articles' });
    const picker = within(dialog).getByLabelText('Choose files…');
    const article = new File([`MOSCOW, March 18, 2026 – Sergei Shoigu spoke by phone with Ali Larijani. ${HOSTILE}`], `${HOSTILE}.txt`, { type: 'text/plain' });
    const binary = new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'archive.txt');
    fireEvent.change(picker, { target: { files: [article, binary] } });

    // The pipeline runs in place here (no workers in jsdom): its first import takes a while.
    await waitFor(() => expect(within(dialog).getAllByText(/^added: /)).toHaveLength(1), { timeout: 15000 });
    expect(within(dialog).getByText(/not added: the file is binary/)).toBeInTheDocument();
    const remove = within(dialog).getByRole('button', { name: /^Remove/ });
    expect(within(dialog).getAllByText(`${HOSTILE}.txt`, { exact: false }).length).toBeGreaterThan(0);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: /^Add articles ?1 added$/ })).toBeInTheDocument();
    // Progress and outcome went to toasts: in the header's flow there is the button alone.
    expect([...container.children].map((e) => e.className)).toEqual(['btn ingest-open']);

    fireEvent.click(remove);
    await waitFor(() => expect(within(dialog).getByText('No article added yet.')).toBeInTheDocument(), { timeout: 15000 });
  });
});
