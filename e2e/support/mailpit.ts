/** The platform's embedded Mailpit, read through its API: every mail the platform sends lands there. */
export function mailpitUrl(): string {
  const url = process.env.E2E_MAILPIT_URL;
  if (!url) throw new Error('E2E_MAILPIT_URL is not set: run the browser tests with e2e/jest.config.cjs');
  return url;
}

/** Where Mailpit shows the newest mail to `address` as its HTML, once it has arrived. */
export async function newestMailPage(address: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const query = encodeURIComponent(`to:"${address}"`);
  while (Date.now() < deadline) {
    const found = (await (await fetch(`${mailpitUrl()}/api/v1/search?query=${query}`)).json()) as {
      messages: Array<{ ID: string }>;
    };
    if (found.messages[0]) return `${mailpitUrl()}/view/${found.messages[0].ID}.html`;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no mail to ${address} arrived in Mailpit`);
}
