/**
 * The reader's values in localStorage (one key for the whole origin, so every
 * page and locale shares them) and whether secrets are revealed (this tab
 * only). Components and the code-block replacement subscribe to changes,
 * including changes made in another tab.
 */
import { fields, type ReaderValues } from './fields.ts';

const storageKey = 'logto-docs:your-app';
const changed = 'logto-docs:your-app-changed';
let revealed = false;

function storage(): Storage | undefined {
  try {
    // Stryker disable next-line ConditionalExpression,StringLiteral: without the check, window.localStorage throws a ReferenceError on the server, which the catch below turns into undefined too
    return typeof window === 'undefined' ? undefined : window.localStorage;
  }
  // Stryker disable next-line BlockStatement: an emptied catch returns undefined as well (the comment has to lead the catch clause: inside the try block it would trail its last statement)
  catch {
    return undefined; // blocked storage (some private modes)
  }
}

export function readValues(): ReaderValues {
  const raw = storage()?.getItem(storageKey);
  // Stryker disable next-line ConditionalExpression: JSON.parse of null or '' fails (or gives null) inside the try below, which returns {} as well
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const values: ReaderValues = {};
    for (const field of fields) {
      const value = parsed[field.key];
      if (typeof value === 'string' && value.trim() !== '') values[field.key] = value.trim();
    }
    return values;
  } catch {
    return {};
  }
}

export function writeValues(values: ReaderValues): void {
  const kept = Object.fromEntries(Object.entries(values).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
  if (Object.keys(kept).length === 0) storage()?.removeItem(storageKey);
  else storage()?.setItem(storageKey, JSON.stringify(kept));
  window.dispatchEvent(new Event(changed));
}

export function clearValues(): void {
  writeValues({});
}

export function secretsRevealed(): boolean {
  return revealed;
}

export function setSecretsRevealed(value: boolean): void {
  revealed = value;
  window.dispatchEvent(new Event(changed));
}

/** Calls `listener` whenever the values or the reveal switch change; returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey || event.key === null) listener();
  };
  window.addEventListener(changed, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(changed, listener);
    window.removeEventListener('storage', onStorage);
  };
}
