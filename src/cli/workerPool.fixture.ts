/** A task for workerPool.test.ts: waits `delay` ms, then doubles `value` or, when asked, fails. */
export default async function slowDouble({ value, delay, fail }: { value: number; delay: number; fail?: boolean }): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, delay));
  if (fail) throw new Error(`task ${value} failed`);
  return value * 2;
}
