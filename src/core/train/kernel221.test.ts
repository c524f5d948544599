import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { accumulate, createNet, packData, setTheta } from './kernel';
import { accumulate221, applyUpdate221 } from './kernel221';
import { applyUpdate } from './update';
import type { Label } from '../engine';

const value = fc.double({ min: -1000, max: 1000, noNaN: true });

test.prop([
  fc.array(value, { minLength: 9, maxLength: 9 }),
  fc.array(fc.tuple(value, value, fc.constantFrom<Label>(0, 1)), { minLength: 1, maxLength: 20 }),
  fc.boolean(),
])('the 2-2-1 kernel and update equal the general ones bit for bit', (theta, rows, shuffled) => {
  const data = packData(rows.map(([x1, x2, y]) => ({ x: [x1, x2], y: [y] })), 2, 1);
  const order = shuffled ? Int32Array.from(rows.map((_, i) => i).reverse()) : null;
  const general = createNet([2, 2, 1]);
  const fast = createNet([2, 2, 1]);
  setTheta(general, [theta.slice(0, 6), theta.slice(6)]);
  setTheta(fast, [theta.slice(0, 6), theta.slice(6)]);
  accumulate(general, data, order, 0, rows.length, true);
  accumulate221(fast, data, order, 0, rows.length);
  expect(fast.loss).toBe(general.loss);
  expect(fast.correct).toBe(general.correct);
  expect([...fast.Delta]).toEqual([...general.Delta]);
  const normsGeneral = new Float64Array(2);
  const normsFast = new Float64Array(2);
  expect(applyUpdate221(fast, rows.length, 0.7, 0.3, normsFast)).toBe(applyUpdate(general, rows.length, 0.7, 0.3, normsGeneral));
  expect([...fast.theta]).toEqual([...general.theta]);
  expect([...normsFast]).toEqual([...normsGeneral]);
  expect(fast.thetaSq).toBe(general.thetaSq);
  expect([...fast.Delta]).toEqual([...general.Delta]);
});
