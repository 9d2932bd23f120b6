import { describe, expect, it } from 'vitest';
import { mapInWorkers } from './workerPool';

const TASK = new URL('./workerPool.fixture.ts', import.meta.url);

describe('mapInWorkers', () => {
  it('gives the results in list order, whichever worker finishes first', async () => {
    // Early items take longest, so they finish last.
    const items = Array.from({ length: 12 }, (_, i) => ({ value: i, delay: (12 - i) * 15 }));
    expect(await mapInWorkers(TASK, items, { size: 3 })).toEqual(items.map((t) => t.value * 2));
  });

  it('rejects with the error of the first failed item in list order', async () => {
    const items = [
      { value: 0, delay: 1 },
      { value: 1, delay: 120, fail: true },
      { value: 2, delay: 1, fail: true },
      { value: 3, delay: 1 },
    ];
    await expect(mapInWorkers(TASK, items, { size: 2, ahead: 2 })).rejects.toThrow('task 1 failed');
  });

  it('hands each result to onResult as it arrives; what onResult throws fails that item', async () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ value: i, delay: (6 - i) * 10 }));
    const seen: [number, number][] = [];
    await mapInWorkers(TASK, items, { size: 2, onResult: (result: number, index) => seen.push([index, result]) });
    expect(seen.sort((a, b) => a[0] - b[0])).toEqual(items.map((t, i) => [i, t.value * 2]));
    const failing = (result: number) => {
      if (result === 6) throw new Error('could not write 6');
    };
    await expect(mapInWorkers(TASK, items, { size: 2, onResult: failing })).rejects.toThrow('could not write 6');
  });

  it('starts no worker for an empty list', async () => {
    expect(await mapInWorkers(TASK, [], { size: 4 })).toEqual([]);
  });
});
