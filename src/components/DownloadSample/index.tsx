/**
 * "Download sample": zips the guide's sample in the browser with the reader's
 * values in `.env.local`. fflate and the zip code load on the click only.
 */
import React, { useState } from 'react';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { readValues } from '../ReaderValues/store.ts';

export default function DownloadSample({ files, className }: { files: string; className?: string }): React.JSX.Element {
  const url = useBaseUrl(files);
  // Stryker disable next-line StringLiteral: only 'busy' and 'failed' are read, any other state shows as idle
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <button
      type="button"
      className={className}
      data-download-sample
      aria-busy={state === 'busy'}
      onClick={async () => {
        setState('busy');
        try {
          const { downloadSample } = await import('./build-zip.ts');
          await downloadSample(url, readValues());
          // Stryker disable next-line StringLiteral: as above
          setState('idle');
        } catch (error) {
          console.error(error);
          setState('failed');
        }
      }}
    >
      {state === 'failed' ? (
        <Translate id="pageActions.downloadFailed">Download failed, retry</Translate>
      ) : (
        <Translate id="pageActions.download">Download sample</Translate>
      )}
    </button>
  );
}
