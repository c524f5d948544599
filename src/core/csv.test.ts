import { describe, expect, it } from 'vitest';
import { timelineCsv, toCsv, valueCells, type CsvWords } from './csv';
import { buildNetworkTimeline } from './networkTimeline';
import { buildCurveTimeline } from './curveTimeline';
import { curveValues } from './curves';
import { DEFAULTS } from './url';
import type { CurveId } from './ids';

/** Symbols as the app writes them, enough for these tests (the app passes quantityLabel). */
const SYMBOL: Record<string, string> = { x0: 'x₀', x1: 'x₁', x2: 'x₂', theta1_10: 'θ¹₁₀', theta1_11: 'θ¹₁₁', theta1_12: 'θ¹₁₂', z2_1: 'z²₁' };
const symbol = (id: string) => SYMBOL[id] ?? id;

const EN: CsvWords = {
  header: { step: 'Step', phase: 'Phase', quantity: 'Quantity', rounded: 'Value (4 significant digits)', full: 'Value (full precision)', reads: 'Reads' },
  given: 'Given',
  phase: (p) => ({ forward: 'Forward pass', loss: 'Loss', backward: 'Backward pass', update: 'Update' })[p as string] ?? p,
  label: symbol,
  separator: ', ',
};
const ZH: CsvWords = {
  header: { step: '步骤', phase: '阶段', quantity: '量', rounded: '值（4 位有效数字）', full: '值（完整精度）', reads: '读取' },
  given: '已知',
  phase: (p) => ({ forward: '前向传播', loss: '损失', backward: '反向传播', update: '更新' })[p as string] ?? p,
  label: symbol,
  separator: '、',
};

const lines = (csv: string) => csv.slice(0, -2).split('\r\n');

describe('the CSV worksheet', () => {
  it('heads its columns in English, with the symbols of the app and no float noise', () => {
    const t = buildNetworkTimeline(DEFAULTS);
    // 0.1·1 + 0.4·0.5 + (−0.3)(−1) is 0.6000000000000001 in binary arithmetic.
    expect(t.steps[0].values.z2_1).toBe(0.6000000000000001);
    const rows = lines(timelineCsv(t, EN));
    expect(rows[0]).toBe('"Step","Phase","Quantity","Value (4 significant digits)","Value (full precision)","Reads"');
    expect(rows[1]).toBe('0,"Given","x₀",1,1,""');
    expect(rows).toContain('0,"Given","θ¹₁₂",-0.3,-0.3,""');
    expect(rows).toContain('1,"Forward pass","z²₁",0.6,0.6,"x₀, x₁, x₂, θ¹₁₀, θ¹₁₁, θ¹₁₂"');
  });

  it('heads its columns in Chinese and lists the reads with 、', () => {
    const rows = lines(timelineCsv(buildNetworkTimeline(DEFAULTS), ZH));
    expect(rows[0]).toBe('"步骤","阶段","量","值（4 位有效数字）","值（完整精度）","读取"');
    expect(rows[1]).toBe('0,"已知","x₀",1,1,""');
    expect(rows).toContain('1,"前向传播","z²₁",0.6,0.6,"x₀、x₁、x₂、θ¹₁₀、θ¹₁₁、θ¹₁₂"');
  });

  it('lists every step of the timeline: the given values, then each write, in order', () => {
    const t = buildNetworkTimeline(DEFAULTS);
    const rows = lines(timelineCsv(t, EN)).slice(1);
    const given = Object.keys(t.given).length;
    expect(rows).toHaveLength(given + t.steps.reduce((n, s) => n + s.writes.length, 0));
    const steps = rows.map((r) => Number(r.split(',')[0]));
    expect(new Set(steps)).toEqual(new Set([0, ...t.steps.map((s) => s.index + 1)]));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('rounds to 4 significant digits beside the 15 digits a double holds', () => {
    expect(valueCells(0.18469798281063)).toEqual([0.1847, 0.18469798281063]);
    expect(valueCells(1 / 3)).toEqual([0.3333, 0.333333333333333]);
    expect(valueCells(12345.678)).toEqual([12350, 12345.678]);
    expect(valueCells(-2.5e-7)).toEqual([-2.5e-7, -2.5e-7]);
    expect(valueCells(-0)).toEqual([0, 0]);
    expect(valueCells(undefined)).toEqual(['', '']);
    expect(toCsv([[-0, -1.5, 1e21]])).toBe('0,-1.5,1e+21\r\n');
  });

  it('writes values past a double from their logarithm, never Infinity or 0', () => {
    const z = 1000;
    const t = buildCurveTimeline('sigmoid', z);
    const ln = (id: string) => curveValues(z)[id as CurveId]?.ln;
    const csv = timelineCsv(t, EN, ln);
    expect(csv).toMatch(/,"exp_z","1\.97×10\^434","1\.97007111401705e434",/);
    expect(csv).toMatch(/,"exp_neg_z","5\.076×10\^-435","5\.07595889754946e-435",/);
    expect(csv).not.toMatch(/Infinity|NaN/);
    expect(valueCells(0, -1000)).toEqual(['5.076×10^-435', '5.07595889754946e-435']);
  });

  it('quotes text, doubles its quotes and guards formulas, but leaves numbers as numbers', () => {
    expect(toCsv([['=1+1', '+x', '-x', '@SUM(A1)', 'a "b", c', '−log s(z)', -3, 0.5]])).toBe(
      `"'=1+1","'+x","'-x","'@SUM(A1)","a ""b"", c","−log s(z)",-3,0.5\r\n`,
    );
    expect(toCsv([['line\nbreak', '\tx']])).toBe(`"line\nbreak","'\tx"\r\n`);
  });
});
