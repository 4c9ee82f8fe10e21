/** The HTML pages of the local identity provider: sign-in, consent, sign-out and errors. */

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const styles = `
  body { font-family: system-ui, sans-serif; background: #f4f4f8; color: #1c1c28; margin: 0; }
  main { max-width: 380px; margin: 64px auto; background: #fff; padding: 32px; border-radius: 12px;
         box-shadow: 0 2px 12px rgba(0, 0, 0, 0.08); }
  h1 { font-size: 1.4rem; margin: 0 0 4px; }
  .badge { display: inline-block; font-size: 0.75rem; color: #5d34f2; margin-bottom: 16px; }
  label { display: block; font-size: 0.9rem; margin: 16px 0 4px; }
  input { width: 100%; box-sizing: border-box; padding: 10px; border: 1px solid #c8c8d4; border-radius: 8px; font-size: 1rem; }
  button { width: 100%; margin-top: 20px; padding: 11px; border: 0; border-radius: 8px; font-size: 1rem;
           background: #5d34f2; color: #fff; cursor: pointer; }
  button.secondary { background: #e8e6f5; color: #1c1c28; margin-top: 8px; }
  .error { background: #fde8e8; color: #a61b1b; padding: 10px; border-radius: 8px; margin-top: 16px; }
  .hint { background: #eef6ee; padding: 10px; border-radius: 8px; margin-top: 20px; font-size: 0.85rem; }
  ul { padding-left: 20px; } li { margin: 4px 0; } code { font-size: 0.85rem; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} · Local identity provider</title>
  <style>${styles}</style>
</head>
<body>
<main>
  <span class="badge">Local identity provider (for development only)</span>
  ${body}
</main>
</body>
</html>`;
}

export interface SignInPage {
  action: string;
  clientId: string;
  identifier?: string;
  error?: string;
  /** Shown as a hint so a person trying the sample knows what to type. */
  testUser: { username: string; password: string };
}

export function signInPage(page: SignInPage): string {
  const error = page.error ? `<p class="error" role="alert">${escapeHtml(page.error)}</p>` : '';
  return layout(
    'Sign in',
    `<h1>Sign in</h1>
  <p>to continue to <strong>${escapeHtml(page.clientId)}</strong></p>
  ${error}
  <form method="post" action="${escapeHtml(page.action)}">
    <label for="identifier">Username or email</label>
    <input id="identifier" name="identifier" autocomplete="username" required autofocus value="${escapeHtml(page.identifier ?? '')}">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit">Sign in</button>
  </form>
  <p class="hint">Test user: <code>${escapeHtml(page.testUser.username)}</code> / <code>${escapeHtml(page.testUser.password)}</code></p>`,
  );
}

export interface ConsentPage {
  action: string;
  clientId: string;
  scopes: string[];
  /** Resource indicator → scopes asked for it. */
  resources: Record<string, string[]>;
}

export function consentPage(page: ConsentPage): string {
  const scopeItems = page.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('');
  const resourceItems = Object.entries(page.resources)
    .map(([resource, scopes]) => {
      const listed = scopes.length > 0 ? `: ${scopes.map((scope) => `<code>${escapeHtml(scope)}</code>`).join(', ')}` : '';
      return `<li><code>${escapeHtml(resource)}</code>${listed}</li>`;
    })
    .join('');
  return layout(
    'Authorize',
    `<h1>Authorize ${escapeHtml(page.clientId)}</h1>
  <p>The application asks for:</p>
  ${scopeItems ? `<ul>${scopeItems}</ul>` : ''}
  ${resourceItems ? `<p>Access to these resources:</p><ul>${resourceItems}</ul>` : ''}
  <form method="post" action="${escapeHtml(page.action)}">
    <button type="submit" name="decision" value="allow">Allow</button>
    <button type="submit" name="decision" value="deny" class="secondary">Deny</button>
  </form>`,
  );
}

/**
 * The end-session confirmation. oidc-provider hands over its own form (with an
 * anti-forgery token); it is submitted at once, as Logto signs out without asking.
 */
export function signOutPage(form: string): string {
  return layout(
    'Signing out',
    `<h1>Signing out…</h1>
  ${form}
  <noscript><button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button></noscript>
  <script>
    const form = document.forms['op.logoutForm'];
    const yes = document.createElement('input');
    yes.type = 'hidden'; yes.name = 'logout'; yes.value = 'yes';
    form.appendChild(yes);
    form.submit();
  </script>`,
  );
}

export function signedOutPage(): string {
  return layout('Signed out', '<h1>Signed out</h1><p>You have signed out of the local identity provider.</p>');
}

export function errorPage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1><p class="error">${escapeHtml(message)}</p>`);
}
