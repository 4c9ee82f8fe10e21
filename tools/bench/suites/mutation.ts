/**
 * `npm run bench -- mutation`: the mutation score of the tools' and the site's
 * tests, per folder and overall, against the targets (every folder ≥ 80 %,
 * overall ≥ 85 %), read from the last `npm run test:mutation` reports. It runs
 * no mutant itself: a full Stryker run takes far longer than a bench; run
 * `npm run test:mutation -- --incremental` first to bring the reports up to date.
 */
import type { BenchSuite } from '../run.ts';
import { printScores } from '../../mutation/run.ts';

const suite: BenchSuite = {
  name: 'mutation',
  run: async () => {
    printScores();
  },
};

export default suite;
