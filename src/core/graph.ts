/** The source's smallest example (SPEC §1.4): e = (a+b)(b+1) with c = a+b, d = b+1, e = c·d. */
export interface GraphValues {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  dc_da: number;
  dc_db: number;
  dd_db: number;
  de_dc: number;
  de_dd: number;
  de_da: number;
  de_db: number;
}

export function graphValues(a: number, b: number): GraphValues {
  const c = a + b;
  const d = b + 1;
  // ∂e/∂c = d and ∂e/∂d = c: the product rule on e = c·d.
  return { a, b, c, d, e: c * d, dc_da: 1, dc_db: 1, dd_db: 1, de_dc: d, de_dd: c, de_da: d, de_db: d + c };
}
