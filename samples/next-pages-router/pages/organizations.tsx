import { useEffect, useState } from 'react';

type OrganizationToken = { organizationId: string; audience: string; expiresAt: number };

export default function Organizations() {
  const [token, setToken] = useState<OrganizationToken>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    fetch('/api/organization-token')
      .then(async (response) => {
        const body = (await response.json()) as OrganizationToken & { error?: string };
        if (response.ok) setToken(body);
        else setError(body.error ?? `The API route answered ${response.status}.`);
      })
      .catch((reason: unknown) => setError(String(reason)));
  }, []);

  return (
    <main>
      <h1>Organizations</h1>
      {error && <p role="alert">{error}</p>}
      {token && (
        <p>
          Organization token for <code>{token.organizationId}</code> has audience <code>{token.audience}</code>.
        </p>
      )}
    </main>
  );
}
