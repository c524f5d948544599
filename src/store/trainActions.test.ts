import { describe, expect, it } from 'vitest';
import { createStoreFromUrl } from './store';
import { selectStepCount } from './timelines';
import { decode } from '../core/url';
import { fallbackWeights } from '../core/netState';

const open = (q: string) => createStoreFromUrl(decode(q));

describe('the training slice (SPEC §8, §10)', () => {
  it('steps epochs, and PageUp at epoch 0 opens the network at its last step', () => {
    const store = open('chapter=train&epoch=2');
    const s = () => store.getState();
    s().epochBy(1);
    expect(s().epoch).toBe(3);
    s().epochBy(-1);
    s().epochBy(-1);
    s().epochBy(-1);
    expect(s().epoch).toBe(0);
    s().epochBy(-1);
    expect(s().chapter).toBe('network');
    expect(s().step).toBe(selectStepCount(s()));
  });

  it('pauses at, and steps one epoch on or back from, the epoch the trainer reached ahead of the store', () => {
    const store = open('chapter=train&epoch=10');
    const s = () => store.getState();
    let trainer = 10;
    store.setState({ liveEpoch: () => trainer });
    s().toggleTraining();
    trainer = 25;
    s().toggleTraining();
    expect(s()).toMatchObject({ training: false, epoch: 25 });
    // Paused, the store's epoch is the truth (the trainer may be on its way to it).
    trainer = 3;
    s().epochBy(1);
    expect(s().epoch).toBe(26);
    s().toggleTraining();
    trainer = 40;
    s().epochBy(-1);
    expect(s()).toMatchObject({ training: false, epoch: 39 });
  });

  it('hands one sample of a 2-…-1 network to the stepper as x1, x2, y, and a larger batch as data', () => {
    const store = open('chapter=train&epoch=4');
    store.getState().openInStepper({ weights: [[1, 2, 3, 4, 5, 6], [7, 8, 9]], rows: [[0, 1, 1]] });
    expect(store.getState()).toMatchObject({ chapter: 'network', step: 0, x1: 0, x2: 1, y: 1, data: null, t1: [1, 2, 3, 4, 5, 6], t2: [7, 8, 9], epoch: 4 });
    const other = open('chapter=train');
    other.getState().openInStepper({ weights: [[1, 2, 3, 4, 5, 6], [7, 8, 9]], rows: [[0, 1, 1], [1, 1, 0]] });
    expect(other.getState().data).toEqual([[0, 1, 1], [1, 1, 0]]);
  });

  it('Back restores the training keys the bridge changed', () => {
    const store = open('chapter=train&epoch=7&seed=3&batch=1');
    const before = decode('?chapter=train&epoch=7&seed=3&batch=1').state;
    store.getState().openInStepper({ weights: [[1, 2, 3, 4, 5, 6], [7, 8, 9]], rows: [[0, 1, 1]] });
    store.getState().restore({ ...before, chapter: 'train', mode: before.mode, step: 0, t1: before.t1, t2: before.t2, x1: before.x1 });
    expect(store.getState()).toMatchObject({ chapter: 'train', epoch: 7, t1: before.t1, t2: before.t2, training: false });
  });

  it('a new shape or seed takes the seeded weights of that shape and starts again', () => {
    const store = open('chapter=train&epoch=9&seed=5');
    store.getState().setTrainLayers([2, 4, 4, 1]);
    const w = fallbackWeights([2, 4, 4, 1], 5);
    expect(store.getState()).toMatchObject({ layers: [2, 4, 4, 1], t1: w[0], t2: w[1], t3: w[2], epoch: 0 });
    store.getState().setTrainSeed(6);
    expect(store.getState().t3).toEqual(fallbackWeights([2, 4, 4, 1], 6)[2]);
  });

  it('keeps training on the stepper’s own samples when no data set fits its shape', () => {
    const store = open('chapter=network&layers=3,2,1&data=1,2,3,1;0,0,0,0');
    store.getState().keepTraining([{ x: [1, 2, 3], y: [1] }, { x: [0, 0, 0], y: [0] }]);
    expect(store.getState()).toMatchObject({ chapter: 'train', epoch: 0, dataset: 'custom', points: [[1, 2, 3, 1], [0, 0, 0, 0]] });
    const plain = open('chapter=network&step=23');
    plain.getState().keepTraining([{ x: [0.5, -1], y: [1] }]);
    expect(plain.getState()).toMatchObject({ chapter: 'train', dataset: 'xor', points: null });
  });

  it('clamps what a control sets and adds custom points up to 500', () => {
    const store = open('chapter=train');
    store.getState().setTrainParam('n', 12.6);
    store.getState().setTrainParam('alpha', 50);
    store.getState().setTrainParam('noise', NaN);
    expect(store.getState()).toMatchObject({ n: 13, alpha: 10, noise: 0.1 });
    store.getState().setPoints(Array.from({ length: 600 }, () => [0, 0, 1]));
    expect(store.getState().points).toHaveLength(500);
    expect(store.getState().dataset).toBe('custom');
  });
});
