/**
 * The registry of samples (their clients, ports and callback paths) as the
 * provider reads it: every source of src/ imports it from here, never from
 * outside the folder. In the repository it is samples/registry.ts; the
 * download (local-identity-provider.zip) carries a copy of that file beside
 * its package.json and its own version of this module, pointing there.
 */
export * from '../../registry.js';
