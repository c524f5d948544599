/** Renders a component inside a store opened from a query string, as the app does. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { StoreProvider } from '../store/context';
import { createStoreFromUrl } from '../store/store';
import { decode } from '../core/url';

export function renderWithStore(ui: ReactElement, query = '') {
  const store = createStoreFromUrl(decode(query, 'en'));
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
