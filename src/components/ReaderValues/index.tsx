/**
 * The "Your app" panel of the quick-start pages: the reader enters the Logto
 * endpoint, app ID, app secret, base URL and optionally a cookie secret (or
 * generates one with crypto.getRandomValues); every code block of every page
 * then shows them (./apply.ts). Values stay in this browser's localStorage.
 */
import React, { useEffect, useId, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { fields, generateCookieSecret, localIdpValues, type FieldKey, type ReaderValues } from './fields.ts';
import { clearValues, readValues, secretsRevealed, setSecretsRevealed, subscribe, writeValues } from './store.ts';
import styles from './styles.module.css';

function label(key: FieldKey): string {
  switch (key) {
    case 'endpoint':
      return translate({ id: 'readerValues.field.endpoint', message: 'Logto endpoint' });
    case 'appId':
      return translate({ id: 'readerValues.field.appId', message: 'App ID' });
    case 'appSecret':
      return translate({ id: 'readerValues.field.appSecret', message: 'App secret' });
    case 'baseUrl':
      return translate({ id: 'readerValues.field.baseUrl', message: 'Base URL of your app' });
    case 'cookieSecret':
      return translate({ id: 'readerValues.field.cookieSecret', message: 'Cookie secret (optional)' });
  }
}

export default function ReaderValuesPanel({ router }: { router?: string }): React.JSX.Element {
  const id = useId();
  const [values, setValues] = useState<ReaderValues>({});
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    const sync = () => {
      setValues(readValues());
      setRevealed(secretsRevealed());
    };
    sync();
    return subscribe(sync);
    // The deps' comment has to lead the array (here it would trail the last statement, which Stryker ignores).
  }, /* Stryker disable next-line ArrayDeclaration: deps that never change, like none, run the effect once */ []);

  const update = (key: FieldKey, value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    writeValues(next);
  };

  return (
    <details className={styles.panel} data-reader-values>
      <summary className={styles.summary}>
        <Translate id="readerValues.title">Your app: put your own values into the code</Translate>
      </summary>
      <p className={styles.note}>
        <Translate id="readerValues.note">
          Stored only in this browser (localStorage) and shared by every page. Code blocks show your values; the copy button copies them.
        </Translate>
      </p>
      <div className={styles.fields}>
        {fields.map((field) => (
          <div key={field.key} className={styles.field}>
            <label htmlFor={`${id}-${field.key}`}>{label(field.key)}</label>
            <div className={styles.inputRow}>
              <input
                id={`${id}-${field.key}`}
                name={field.key}
                type={field.secret && !revealed ? 'password' : 'text'}
                autoComplete="off"
                spellCheck={false}
                placeholder={field.placeholder}
                value={values[field.key] ?? ''}
                onChange={(event) => update(field.key, event.target.value)}
              />
              {field.key === 'cookieSecret' && (
                <button type="button" className="button button--sm button--secondary" onClick={() => update('cookieSecret', generateCookieSecret())}>
                  <Translate id="readerValues.generate">Generate</Translate>
                </button>
              )}
            </div>
          </div>
        ))}
      </div>
      <div className={styles.actions}>
        <label className={styles.reveal}>
          <input type="checkbox" checked={revealed} onChange={(event) => setSecretsRevealed(event.target.checked)} />{' '}
          <Translate id="readerValues.reveal">Show secrets</Translate>
        </label>
        {router && (
          <button type="button" className="button button--sm button--secondary" data-local-idp onClick={() => {
            const next = { ...values, ...localIdpValues(router) };
            if (!next.cookieSecret) next.cookieSecret = generateCookieSecret();
            setValues(next);
            writeValues(next);
          }}>
            <Translate id="readerValues.localIdp">Use the local identity provider</Translate>
          </button>
        )}
        <button type="button" className="button button--sm button--outline button--danger" data-clear-values onClick={() => clearValues()}>
          <Translate id="readerValues.clear">Clear my values</Translate>
        </button>
      </div>
    </details>
  );
}
