/** Errors the CLI reports as plain messages (they already name file and line). */
export class MdxParseError extends Error {}
