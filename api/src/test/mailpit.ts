/**
 * Reads the mail the tests' Mailpit caught, through its HTTP API (`/api/v1/search`,
 * `/api/v1/message/{ID}`), so a test proves a mail really arrived over SMTP.
 */

interface Address {
  Name: string;
  Address: string;
}

export interface CaughtMail {
  ID: string;
  From: Address;
  To: Address[];
  Subject: string;
  Text: string;
  HTML: string;
  Attachments: Array<{ PartID: string; FileName: string; ContentType: string }>;
}

interface Summary {
  ID: string;
  Subject: string;
}

export function mailpitUrl(): string {
  const url = process.env.TEST_MAILPIT_URL;
  if (!url) {
    throw new Error(
      'Mailpit is not running for the tests (no mailpit binary and no Go to install it): see README, E-mail',
    );
  }
  return url;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${mailpitUrl()}${path}`);
  if (!response.ok) throw new Error(`Mailpit ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Every mail caught for an address, newest first (summaries). */
export async function mailsTo(address: string): Promise<Summary[]> {
  const query = encodeURIComponent(`to:"${address}"`);
  return (await getJson<{ messages: Summary[] }>(`/api/v1/search?query=${query}&limit=100`)).messages;
}

export function readMail(id: string): Promise<CaughtMail> {
  return getJson<CaughtMail>(`/api/v1/message/${id}`);
}

/** The text of an attachment (e.g. an .ics file). */
export async function readAttachment(mail: CaughtMail, fileName: string): Promise<string> {
  const part = mail.Attachments.find((a) => a.FileName === fileName);
  if (!part) throw new Error(`no attachment ${fileName}`);
  const response = await fetch(`${mailpitUrl()}/api/v1/message/${mail.ID}/part/${part.PartID}`);
  return response.text();
}

/** The newest mail to an address whose subject matches, once it has arrived (or an error after the timeout). */
export async function waitForMail(
  address: string,
  subject?: RegExp,
  timeoutMs = 10_000,
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailsTo(address)).find((m) => !subject || subject.test(m.Subject));
    if (found) return readMail(found.ID);
    if (Date.now() > deadline)
      throw new Error(`no mail to ${address}${subject ? ` matching ${subject}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The links of a mail's HTML part, in order. */
export function linksIn(mail: CaughtMail): string[] {
  return [...mail.HTML.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
