import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithStore } from '../../test/render';
import { CacheLedger } from './CacheLedger';
import { ValuesTable } from '../quantities/ValuesTable';

/** a4 is the output of a 2-3-2-1 network here, not the graph chain's fourth diamond (a₄). */
describe('the output of a four-layer network in the tables', () => {
  it('is a⁴ in the cache ledger and the values table', () => {
    renderWithStore(
      <>
        <CacheLedger />
        <ValuesTable />
      </>,
      'chapter=network&lang=en&layers=2,3,2,1&step=20',
    );
    expect(screen.getAllByRole('rowheader', { name: 'a⁴' }).length).toBeGreaterThanOrEqual(1);
    expect(screen.queryAllByRole('rowheader', { name: 'a₄' })).toEqual([]);
  });
});
