import { it, expect } from 'vitest';
import { Worker } from 'node:worker_threads';
it('worker', async () => {
  const t = Date.now();
  const url = new URL('./worker.ts', import.meta.url); const w = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`, { eval: true });
  const m = await new Promise((res, rej) => { w.on('message', res); w.on('error', rej); w.postMessage('hi'); });
  console.log(m, Date.now() - t);
  await w.terminate();
});
