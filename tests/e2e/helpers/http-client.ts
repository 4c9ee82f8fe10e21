/**
 * A browser-less HTTP client with its own cookie jar that follows redirects and
 * submits the sign-in forms, so a test can run many sign-ins at once.
 */

interface StoredCookie {
  value: string;
  path: string;
}

export class HttpClient {
  /** Cookies by name. All servers in the tests are on 127.0.0.1, and cookies ignore the port. */
  private readonly cookies = new Map<string, StoredCookie>();

  cookie(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }

  /**
   * Sends a request and follows redirects; returns the final response and its URL.
   * A redirect to a URL starting with `stopAt` is not followed (its response is returned).
   */
  async request(url: string, init: RequestInit = {}, stopAt?: string): Promise<{ response: Response; url: string; body: string }> {
    let current = new URL(url);
    let options: RequestInit = init;
    for (let hop = 0; hop < 20; hop += 1) {
      const response = await fetch(current, {
        ...options,
        redirect: 'manual',
        headers: { ...(options.headers as Record<string, string> | undefined), cookie: this.cookieHeader(current) },
      });
      this.store(response);
      const location = response.headers.get('location');
      const stop = location !== null && stopAt !== undefined && new URL(location, current).href.startsWith(stopAt);
      if (response.status >= 300 && response.status < 400 && location && !stop) {
        await response.arrayBuffer();
        current = new URL(location, current);
        // 303 (and 302 after a POST) turn into a GET; 307 and 308 would keep the method.
        options = response.status === 307 || response.status === 308 ? options : {};
        continue;
      }
      return { response, url: current.href, body: await response.text() };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** Submits the first HTML form in `html` (hidden fields included) plus `fields`. */
  async submitForm(pageUrl: string, html: string, fields: Record<string, string> = {}, stopAt?: string): Promise<{ response: Response; url: string; body: string }> {
    const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
    if (!form) throw new Error(`no form on ${pageUrl}:\n${html.slice(0, 500)}`);
    const attributes = form[1]!;
    const action = new URL(decodeEntities(/\saction="([^"]*)"/i.exec(attributes)?.[1] ?? ''), pageUrl);
    const multipart = /enctype="multipart\/form-data"/i.test(attributes);

    const values: Array<[string, string]> = [];
    for (const input of form[2]!.matchAll(/<input\b([^>]*)>/gi)) {
      const name = /\sname="([^"]*)"/i.exec(input[1]!)?.[1];
      if (name && /type="hidden"/i.test(input[1]!)) {
        values.push([decodeEntities(name), decodeEntities(/\svalue="([^"]*)"/i.exec(input[1]!)?.[1] ?? '')]);
      }
    }
    values.push(...Object.entries(fields));

    if (multipart) {
      const body = new FormData();
      for (const [name, value] of values) body.append(name, value);
      return this.request(action.href, { method: 'POST', body }, stopAt);
    }
    return this.request(action.href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(values).toString(),
    }, stopAt);
  }

  private cookieHeader(url: URL): string {
    return [...this.cookies.entries()]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
  }

  private store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const separator = pair!.indexOf('=');
      const name = pair!.slice(0, separator).trim();
      const value = pair!.slice(separator + 1).trim();
      const attribute = (key: string) =>
        attributes.map((item) => item.trim()).find((item) => item.toLowerCase().startsWith(`${key}=`))?.split('=')[1];
      const expires = attribute('expires');
      const removed = value === '' || attribute('max-age') === '0' || (expires !== undefined && Date.parse(expires) < Date.now());
      if (removed) this.cookies.delete(name);
      else this.cookies.set(name, { value, path: attribute('path') ?? '/' });
    }
  }
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

export interface Credentials {
  username: string;
  password: string;
}

/** The full sign-in a browser would do: sample's sign-in form, provider's sign-in and consent forms, callback. */
export async function signInWithHttp(client: HttpClient, sampleBaseUrl: string, user: Credentials): Promise<string> {
  const home = await client.request(`${sampleBaseUrl}/`);
  const signInPage = await client.submitForm(home.url, home.body);
  if (!signInPage.body.includes('name="password"')) throw new Error(`expected the provider sign-in page, got ${signInPage.url}`);
  const consentPage = await client.submitForm(signInPage.url, signInPage.body, { identifier: user.username, password: user.password });
  if (!consentPage.body.includes('value="allow"')) throw new Error(`expected the consent page, got ${consentPage.url}: ${consentPage.body.slice(0, 300)}`);
  const back = await client.submitForm(consentPage.url, consentPage.body, { decision: 'allow' });
  if (back.url !== `${sampleBaseUrl}/`) throw new Error(`expected to land on the sample home page, got ${back.url}`);
  return back.body;
}
