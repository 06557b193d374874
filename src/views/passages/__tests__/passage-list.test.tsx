import { describe, expect, it } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { FIRST_FRAME_PASSAGES, PassageList } from '../passage-list';
import { selectPassageListing } from '../../../store/select-passages';
import { loadStore } from '../../../test/render-with-store';
import { loadRealDataset } from '../../../test/fixtures';

const shown = () => document.querySelectorAll('[data-passage]').length;

describe('PassageList', () => {
  it('builds a folder’s answer a screenful first, the rest of its page a frame later', async () => {
    const store = loadStore(loadRealDataset());
    act(() => store.getState().selectActor('pezeshkian'));
    const listing = selectPassageListing(store.getState())!;
    expect(listing.total).toBe(26);
    // As the folder's coordinator answers: the page read, nothing left unread.
    render(<PassageList listing={{ ...listing, reading: false, unread: 0 }} />);
    expect(shown()).toBe(FIRST_FRAME_PASSAGES);
    await waitFor(() => expect(shown()).toBe(26));
  });

  it('lists a dataset held whole at once', () => {
    const store = loadStore(loadRealDataset());
    act(() => store.getState().selectActor('pezeshkian'));
    render(<PassageList listing={selectPassageListing(store.getState())!} />);
    expect(shown()).toBe(26);
  });
});
