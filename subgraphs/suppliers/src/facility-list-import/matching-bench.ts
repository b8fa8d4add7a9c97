/**
 * Times facility matching in memory: a list of n rows (half of them respellings of registered
 * facilities) against a registry of n facilities, by default 20,000 × 20,000. Blocking keeps
 * it near-linear; a matcher comparing every pair would need minutes.
 *
 *   npx tsx subgraphs/suppliers/src/facility-list-import/matching-bench.ts [n]
 */
import { createMatchIndex } from '../domain/matching';
import { sampleMatchingWorkload } from './sample-list';

const size = Number(process.argv[2] ?? 20_000);
const { facilities, rows } = sampleMatchingWorkload(size);

const started = performance.now();
const cpuBefore = process.cpuUsage();
const index = createMatchIndex(facilities);
let correct = 0;
rows.forEach((row, i) => {
  const result = index.match(row);
  if (i % 2 === 0 && result.outcome === 'MATCHED' && result.facilityId === `F${i}`) correct++;
});
const cpu = process.cpuUsage(cpuBefore);
const seconds = (performance.now() - started) / 1000;
const format = (value: number) => value.toLocaleString('en-GB');

// CPU time as well as wall time: on a busy machine the wall clock also measures the other processes.
console.log(
  `${format(size)} × ${format(size)} facility matching: ${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU; ` +
    `${format(index.comparisons)} pairs scored (${((100 * index.comparisons) / (size * size)).toFixed(3)} % of all pairs); ` +
    `${format(correct)} of ${format(Math.ceil(size / 2))} respelled rows matched to their facility; node ${process.version}`,
);
