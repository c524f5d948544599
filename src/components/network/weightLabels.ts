/** θ^l_{ji} as text for any layer (the shared labels name layers 1–3 only). */
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUB = '₀₁₂₃₄₅₆₇₈₉';

export const thetaLabel = (l: number, j: number, i: number): string => `θ${SUP[l]}${SUB[j]}${SUB[i]}`;
