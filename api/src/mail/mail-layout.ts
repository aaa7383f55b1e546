import escapeHtml from 'escape-html';
import type { TLocale } from '../contract';
import type { MailContent } from './mail-outbox.model';

/** One entry of a digest as it is shown: a notification's title, text and link. */
export interface MailListItem {
  title: string;
  body: string;
  link?: string | null;
}

/** A line of small print, optionally ending in a link. */
export interface FooterLine {
  text: string;
  link?: { label: string; href: string };
}

export interface RenderableMail extends MailContent {
  items?: MailListItem[];
  /** Small print under the message, e.g. why the recipient gets it and where to change that. */
  footer?: FooterLine[];
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** An app path becomes a link on PUBLIC_URL; an absolute http(s) URL stays as it is. */
export function absoluteUrl(href: string, publicUrl: string): string {
  if (/^https?:\/\//i.test(href)) return href;
  return `${publicUrl.replace(/\/$/, '')}/${href.replace(/^\//, '')}`;
}

// Colours with at least 4.5:1 contrast (white on #154273, #1a1a1a and #555 on white), as on the site.
const STYLE = {
  body: 'margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5',
  h1: 'font-size:22px;line-height:1.3;margin:0 0 16px',
  h2: 'font-size:17px;margin:0 0 4px',
  p: 'margin:0 0 16px',
  button:
    'display:inline-block;padding:12px 20px;background:#154273;color:#ffffff;text-decoration:underline;border-radius:4px;font-weight:bold',
  item: 'margin:0 0 20px;padding:0 0 16px;border-bottom:1px solid #cccccc',
  small: 'margin:24px 0 0;font-size:14px;color:#555555',
};

function htmlItem(item: MailListItem, publicUrl: string): string {
  // The title is the link, so each link says where it goes (WCAG 2.4.4) without a repeated "view".
  const title = item.link
    ? `<a href="${escapeHtml(absoluteUrl(item.link, publicUrl))}">${escapeHtml(item.title)}</a>`
    : escapeHtml(item.title);
  return `<div style="${STYLE.item}"><h2 style="${STYLE.h2}">${title}</h2><p style="${STYLE.p}">${escapeHtml(item.body)}</p></div>`;
}

function textItem(item: MailListItem, publicUrl: string): string {
  return [`* ${item.title}`, `  ${item.body}`, item.link ? `  ${absoluteUrl(item.link, publicUrl)}` : '']
    .filter(Boolean)
    .join('\n');
}

function htmlFooterLine({ text, link }: FooterLine, publicUrl: string): string {
  if (!link) return escapeHtml(text);
  const href = escapeHtml(absoluteUrl(link.href, publicUrl));
  return `${escapeHtml(text)} <a href="${href}" style="color:#555555">${escapeHtml(link.label)}</a>`;
}

function textFooterLine({ text, link }: FooterLine, publicUrl: string): string {
  return link ? `${text} ${link.label}: ${absoluteUrl(link.href, publicUrl)}` : text;
}

/**
 * The one layout of every mail, as HTML and as plain text. Every text that comes from data is escaped
 * (escape-html) and every link is absolute, so the mail works outside the app.
 */
export function renderMail(mail: RenderableMail, locale: TLocale, publicUrl: string): RenderedMail {
  const action = mail.action ? { ...mail.action, href: absoluteUrl(mail.action.href, publicUrl) } : null;
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${escapeHtml(mail.subject)}</title></head>`,
    `<body style="${STYLE.body}"><main>`,
    `<h1 style="${STYLE.h1}">${escapeHtml(mail.heading)}</h1>`,
    ...mail.paragraphs.map((p) => `<p style="${STYLE.p}">${escapeHtml(p)}</p>`),
    ...(mail.items ?? []).map((item) => htmlItem(item, publicUrl)),
    action
      ? `<p style="${STYLE.p}"><a href="${escapeHtml(action.href)}" style="${STYLE.button}">${escapeHtml(action.label)}</a></p>`
      : '',
    ...(mail.footer ?? []).map((line) => `<p style="${STYLE.small}">${htmlFooterLine(line, publicUrl)}</p>`),
    '</main></body></html>',
  ].join('\n');
  const text = [
    mail.heading,
    '',
    ...mail.paragraphs.flatMap((p) => [p, '']),
    ...(mail.items ?? []).flatMap((item) => [textItem(item, publicUrl), '']),
    ...(action ? [`${action.label}: ${action.href}`, ''] : []),
    ...(mail.footer?.length ? ['--', ...mail.footer.map((line) => textFooterLine(line, publicUrl))] : []),
  ]
    .join('\n')
    .trimEnd();
  return { subject: mail.subject, html, text: `${text}\n` };
}
