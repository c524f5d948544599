import { useId } from 'react';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { CHAIN_MAX } from '../../core/graphChain';

/** How many of the seed's diamonds in a row (URL key chain): a slider, so the arrow keys move it. */
export function ChainField() {
  const t = useT();
  const chain = useApp((s) => s.chain);
  const { setParam } = useActions();
  const id = useId();
  return (
    <div className="graph-chain">
      <label htmlFor={id} className="graph-field-label">
        {t('graph.chain.label')}
      </label>
      <input
        id={id}
        type="range"
        min={1}
        max={CHAIN_MAX}
        step={1}
        value={chain}
        aria-describedby={`${id}-about`}
        onChange={(e) => setParam('chain', Math.round(Number(e.currentTarget.value)))}
      />
      <output htmlFor={id} className="graph-chain-k">
        {chain}
      </output>
      <p id={`${id}-about`} className="graph-chain-about">
        {t('graph.chain.about')}
      </p>
    </div>
  );
}
