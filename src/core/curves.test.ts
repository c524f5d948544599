import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CURVE_FUNCTIONS, curveValues, lnOneMinusSigmoid } from './curves';
import { CURVE_IDS } from './ids';

/** The textbook formulas, written the direct way (fine for |z| ≤ 30, where nothing overflows). */
const direct = (z: number) => ({
  z,
  exp_z: Math.exp(z),
  exp_neg_z: Math.exp(-z),
  one_plus_exp_neg_z: 1 + Math.exp(-z),
  sigmoid: 1 / (1 + Math.exp(-z)),
  sigmoid_prime: Math.exp(-z) / (1 + Math.exp(-z)) ** 2,
  // log1p keeps −log s(z) accurate where it is tiny (z = 30): log(1 + 1e-13) would not.
  neg_log_sigmoid: Math.log1p(Math.exp(-z)),
  neg_log_one_minus_sigmoid: Math.log1p(Math.exp(z)),
});

const relErr = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.abs(b));

describe('curve values', () => {
  test.prop([fc.double({ min: -30, max: 30, noNaN: true })])('match the direct formulas to 1e-12 relative for |z| ≤ 30', (z) => {
    const got = curveValues(z);
    const want = direct(z);
    for (const id of CURVE_IDS) expect(relErr(got[id].value, want[id]), id).toBeLessThanOrEqual(1e-12);
  });

  test.prop([fc.double({ min: -1000, max: 1000, noNaN: true })])('stay finite and sensible out to |z| = 1000', (z) => {
    const got = curveValues(z);
    for (const id of CURVE_IDS) {
      const { value, ln } = got[id];
      expect(Number.isNaN(value), id).toBe(false);
      // Only a value that carries its log may overflow; its log is always finite.
      if (!Number.isFinite(value)) expect(Number.isFinite(ln), id).toBe(true);
      if (ln !== undefined) expect(Number.isFinite(ln), id).toBe(true);
      if (id !== 'z') expect(Object.is(value, -0), id).toBe(false);
      if (id !== 'z') expect(value, id).toBeGreaterThanOrEqual(0);
    }
    expect(got.sigmoid.value).toBeLessThanOrEqual(1);
    expect(got.sigmoid_prime.value).toBeLessThanOrEqual(0.25);
  });

  test.prop([fc.double({ min: -700, max: 700, noNaN: true })])(
    'carry logs that agree with the values where both fit a double',
    (z) => {
      const got = curveValues(z);
      for (const id of CURVE_IDS) {
        const { value, ln } = got[id];
        if (ln !== undefined && value > 1e-300)
          expect(Math.abs(Math.log(value) - ln), id).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ln)));
      }
      expect(Math.abs(Math.exp(lnOneMinusSigmoid(z)) - CURVE_FUNCTIONS.sigmoid(-z))).toBeLessThanOrEqual(1e-15);
    },
  );

  it('write e^1000 from its log and keep the far ends exact', () => {
    expect(curveValues(1000).exp_z).toEqual({ value: Infinity, ln: 1000 });
    expect(curveValues(-1000).one_plus_exp_neg_z.ln).toBe(1000);
    expect(curveValues(-1000).sigmoid).toEqual({ value: 0, ln: -1000 });
    expect(curveValues(1000).neg_log_one_minus_sigmoid.value).toBe(1000);
    expect(curveValues(-1000).neg_log_sigmoid.value).toBe(1000);
    expect(curveValues(1000).neg_log_sigmoid.value).toBe(0);
    expect(curveValues(0).sigmoid_prime.value).toBe(0.25);
  });

  test.prop([fc.double({ min: -50, max: 50, noNaN: true })])('are the same functions the plots draw', (z) => {
    const got = curveValues(z);
    for (const [id, f] of Object.entries(CURVE_FUNCTIONS)) expect(f(z), id).toBe(got[id as keyof typeof got].value);
  });
});
