// How a load benchmark reports: the rows as a Markdown table, each scenario's share of the framework
// floor (the minimal server action measured in the same run), and the figures kept as JSON under
// bench/results/ (ignored by git).
import { mkdirSync, writeFileSync } from 'node:fs';

const ms = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
/** A floor row (machine or framework), not a scenario of the portal. */
export const isFloor = (r) => r.scenario.includes('floor)');

/** Rows of { scenario, connections, rps, p50, p99, errors, stored? } as a Markdown table. */
export function printTable(results) {
  console.log('\n| scenario | connections | req/s | p50 | p99 | errors | stored |');
  console.log('| --- | --: | --: | --: | --: | --: | --: |');
  for (const r of results)
    console.log(
      `| ${r.scenario} | ${r.connections} | ${r.rps.toFixed(0)} | ${ms(r.p50)} ms | ${ms(r.p99)} ms | ${r.errors} | ${r.stored ?? ''} |`,
    );
}

/** For each connection count, every scenario's req/s over the framework floor's. */
export function printFloorRatios(results, connectionCounts) {
  for (const c of connectionCounts) {
    const at = results.filter((r) => r.connections === c);
    const floor = at.find((r) => r.scenario.startsWith('minimal server action')).rps;
    console.log(
      `${c} connections, to the framework floor: ` +
        at
          .filter((r) => !isFloor(r))
          .map((r) => `${r.scenario} ${(r.rps / floor).toFixed(2)}`)
          .join(', '),
    );
  }
}

/** Writes the run's figures to bench/results/<name>-<time>.json and says where. */
export function writeResults(name, data) {
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${name}-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`;
  writeFileSync(file, JSON.stringify(data, null, 2));
  console.log(`written ${file}`);
}
