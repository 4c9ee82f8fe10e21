// What `tslib` is in the client bundle (see index.ts): only the helpers that bundled modules call. If the
// build says one is missing, add it to this list; tslib.es6.mjs is tslib's own ES module build.
export { __importDefault } from 'tslib/tslib.es6.mjs';
