import { describe, expect, it } from 'vitest';
import { decode } from '../../core/url';
import { FILE_FORMAT, lossCsv, readTrainingFile, trainingJson } from './trainFile';

describe('training files', () => {
  it('round-trips every training key of a link through JSON', () => {
    const { state } = decode('?chapter=train&layers=2,3,1&dataset=custom&points=0.5,1,1;-1,0,0&seed=7&alpha=1.5&lambda=0.01&batch=1&epoch=12&t1=1,2,3,4,5,6,7,8,9&t2=0.1,0.2,0.3,0.4');
    const text = trainingJson(state, [[9], [8]], [[0.5, 1, 1]]);
    const read = readTrainingFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.patch).toMatchObject({ layers: [2, 3, 1], dataset: 'custom', points: [[0.5, 1, 1], [-1, 0, 0]], seed: 7, alpha: 1.5, lambda: 0.01, batch: 1, epoch: 12 });
    expect(read.patch.t1).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(read.patch.t2).toEqual([0.1, 0.2, 0.3, 0.4]);
    // The current weights and the data are there to read, not to load.
    expect(JSON.parse(text)).toMatchObject({ current: { t1: [9], t2: [8] }, data: [[0.5, 1, 1]] });
  });

  it('names every key the URL would reject, never its value, and takes nothing', () => {
    const bad = JSON.stringify({ format: FILE_FORMAT, alpha: 99, layers: [2, 2, 1], t1: [1, 2], dataset: '<img src=x>', epoch: { a: 1 }, n: 50 });
    const read = readTrainingFile(bad);
    expect(read).toEqual({ ok: false, keys: expect.arrayContaining(['alpha', 't1', 'dataset', 'epoch']) });
    expect(JSON.stringify(read)).not.toContain('img');
  });

  it('refuses what is not a training file', () => {
    expect(readTrainingFile('not json')).toEqual({ ok: false, notJson: true });
    expect(readTrainingFile('[1, 2]')).toEqual({ ok: false, keys: ['format'] });
    expect(readTrainingFile('{"alpha": 1}')).toEqual({ ok: false, keys: ['format'] });
    expect(readTrainingFile('null')).toEqual({ ok: false, keys: ['format'] });
  });

  it('writes the loss curve as CSV, one row per epoch with every layer’s norm', () => {
    const words = { epoch: 'epoch', J: 'J', accuracy: '=acc', norm: (l: number) => `grad_norm${l}` };
    const csv = lossCsv(words, 2, [0.7, 0.6], [0.5, 0.75], [[0.1, 0.2], [0.3, Infinity]]);
    expect(csv).toBe('\uFEFF"epoch","J","\'=acc","grad_norm1","grad_norm2"\r\n0,0.7,0.5,0.1,0.3\r\n1,0.6,0.75,0.2,\r\n');
  });
});
