import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { loadSample, groupSamples, SnippetChecker } from './type-check.ts';
import config from './samples.config.ts';
import { checkSnippets } from './check.ts';
const root = process.cwd();
const r = checkSnippets({ root, config });
console.log(r.stats.services, r.stats.totalMs.toFixed(0), r.stats.firstCheckMs.toFixed(0));
for (let i = 0; i < 2; i++) {
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, (n - t).toFixed(0)); t = n; };
const samples = ['samples/next-app-router', 'samples/next-pages-router'].map((s) => loadSample(path.join(root, s)));
lap('load');
const groups = groupSamples(samples); console.log(groups.length, samples.map(s => s.isolatedBecause));
const c = new SnippetChecker(groups[0]!);
lap('new');
const svc = (c as any).service as ts.LanguageService;
(c as any).warmFiles = [];
const p = svc.getProgram()!;
lap('program ' + p.getSourceFiles().length);
const tc = p.getTypeChecker();
lap('checker');
const files = r.checks.map((ch) => ({ sampleDir: path.join(root, ch.sample), path: ch.path, text: ch.text }));
const res = c.checkMany(files);
lap('checkMany');
console.log(c.timings);
}
