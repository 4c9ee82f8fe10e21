/**
 * Loaded into every Node.js process of a Stryker run through NODE_OPTIONS
 * (tools/mutation/run.ts). Many tests run a tool's CLI as a user would, in a
 * child process; the tap runner only sees the mutants the test file's own
 * process reached, so a mutant reached only through the CLI would count as
 * "no coverage" and never run. During the dry run, each child writes the
 * mutants it reached to a folder, and the test file's process adds them to its
 * own coverage when it exits (before or after the tap runner's hook saves it).
 * Outside the dry run it does nothing: children already read the active mutant
 * from the environment.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const namespace = process.env.STRYKER_NAMESPACE || '__stryker__';
const folderVariable = 'STRYKER_CHILD_COVERAGE_DIR';

/** Adds the counts of `from` (mutant id → hits) to `into`. */
function add(into, from) {
  for (const [id, hits] of Object.entries(from || {})) into[id] = (into[id] || 0) + hits;
}

function childCoverage(folder) {
  const reached = {};
  for (const name of fs.readdirSync(folder)) {
    try {
      const coverage = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'));
      add(reached, coverage.static);
      for (const perTest of Object.values(coverage.perTest || {})) add(reached, perTest);
    } catch {
      // a child that died while writing: its mutants stay uncovered
    }
  }
  return reached;
}

if (process.env.STRYKER_DRY_RUN === 'true') {
  const folder = process.env[folderVariable];
  if (folder === undefined) {
    // The test file's process: children inherit the folder through the environment.
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'stryker-child-coverage-'));
    process.env[folderVariable] = own;
    process.on('exit', () => {
      const reached = childCoverage(own);
      fs.rmSync(own, { recursive: true, force: true });
      const ns = globalThis[namespace] || (globalThis[namespace] = {});
      const coverage = ns.mutantCoverage || (ns.mutantCoverage = { static: {}, perTest: {} });
      add(coverage.static, reached);
      // If the tap runner's hook already wrote its file, add them there too.
      const saved = path.join(process.cwd(), `stryker-output-${process.pid}.json`);
      if (fs.existsSync(saved)) {
        const output = JSON.parse(fs.readFileSync(saved, 'utf8'));
        output.mutantCoverage = output.mutantCoverage || { static: {}, perTest: {} };
        add(output.mutantCoverage.static, reached);
        fs.writeFileSync(saved, JSON.stringify(output));
      }
    });
  } else {
    process.on('exit', () => {
      const coverage = globalThis[namespace] && globalThis[namespace].mutantCoverage;
      if (coverage) fs.writeFileSync(path.join(folder, `${process.pid}.json`), JSON.stringify(coverage));
    });
  }
}
