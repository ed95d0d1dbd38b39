import { Worker } from 'node:worker_threads';
const t = Date.now();
const url = new URL('./worker.ts', import.meta.url);
const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
const w = new Worker(code, { eval: true });
w.on('message', (m) => { console.log('msg', m, Date.now() - t); w.terminate(); });
w.on('error', (e) => console.log('err', e));
w.postMessage('hi');
