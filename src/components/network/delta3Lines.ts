/**
 * The source's derivation of δ³ = ∂J/∂z³ = a³ − y, five lines, each symbolic and with the numbers
 * of the current example. Pure: the view decides when to show it (when a step writes delta3).
 */
import { texNumber as n } from '../../core/format';
import { sigmoidTex } from './sigmoidTex';

export interface DerivationLine {
  /** i18n key naming the line's algebraic move. */
  move: string;
  symbolic: string;
  numeric: string;
}

const dJ = (of: string) => `\\frac{\\partial J}{\\partial ${of}}`;
const A = 'a^{3}';

/** z3 and y of the example; delta3 as the timeline computed it (accurately, from the logit). */
export function delta3Lines(z3: number, y: 0 | 1, delta3: number): DerivationLine[] {
  const { a, rest, aTex, restTex } = sigmoidTex(z3);
  const yT = n(y);
  const notY = n(1 - y);
  // ∂J/∂a³ = −[y/a³ − (1−y)/(1−a³)]: one of the two terms is 0 since y is 0 or 1.
  const dJ_da3 = y === 1 ? -1 / a : 1 / rest;
  const result = `= ${n(delta3, false)}`;
  const lhs = dJ('z^{3}');
  return [
    {
      move: 'derive3.move.chain',
      symbolic: `${lhs} = ${dJ(A)}\\cdot\\frac{\\partial ${A}}{\\partial z^{3}}`,
      numeric: `${lhs} = ${n(dJ_da3)}\\cdot ${n(a * rest)} ${result}`,
    },
    {
      move: 'derive3.move.factors',
      symbolic: `= -\\left[\\frac{y}{${A}} - \\frac{1-y}{1-${A}}\\right]\\cdot ${A}(1-${A})`,
      numeric: resultBelow(`= -\\left[\\frac{${yT}}{${aT(aTex)}} - \\frac{${notY}}{${restTex}}\\right] \\\\ &\\qquad\\cdot ${aTex}\\cdot ${restTex}`, result),
    },
    {
      move: 'derive3.move.cancel',
      // Two rows (one per term of the bracket), so the line fits a phone's width.
      symbolic: twoRows(
        `\\frac{y}{\\cancel{${A}}}\\,\\cancel{${A}}(1-${A})`,
        `\\frac{1-y}{\\cancel{1-${A}}}\\,${A}\\cancel{(1-${A})}`,
        '',
      ),
      numeric: twoRows(
        `\\frac{${yT}}{\\cancel{${aT(aTex)}}}\\cdot\\cancel{${aTex}}\\cdot ${restTex}`,
        `\\frac{${notY}}{\\cancel{${restTex}}}\\cdot ${aTex}\\cdot\\cancel{${restTex}}`,
        ` \\\\ &${result}`,
      ),
    },
    {
      move: 'derive3.move.left',
      symbolic: `= -\\left[y(1-${A}) - (1-y)\\,${A}\\right]`,
      numeric: resultBelow(`= -\\left[${yT}\\cdot ${restTex} - ${notY}\\cdot ${aTex}\\right]`, result),
    },
    {
      move: 'derive3.move.expand',
      symbolic: `= -y + \\cancel{y\\,${A}} + ${A} - \\cancel{y\\,${A}} = ${A} - y`,
      numeric: `= ${aTex} - ${yT} ${result}`,
    },
  ];
}

/** Inside \frac the parentheses of (1 − ε) are not needed. */
const aT = (aTex: string) => aTex.replace(/^\((.*)\)$/, '$1');

/** −[first − second] on two rows: \Big brackets, since \left…\right cannot span rows. */
const twoRows = (first: string, second: string, tail: string) =>
  `\\begin{aligned}= -\\Big[&${first} \\\\ &- ${second}\\Big]${tail}\\end{aligned}`;

/** The result on a row of its own, for lines too wide for a phone with it. */
const resultBelow = (line: string, result: string) => `\\begin{aligned}&${line} \\\\ &${result}\\end{aligned}`;
