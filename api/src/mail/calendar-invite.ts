import { createEvent } from 'ics';
import type { TLocale } from '../contract';
import { absoluteUrl } from './mail-layout';
import type { MailAttachment } from './mail-outbox.model';

/** An appointment a mail carries as an .ics file, in the recipient's language. */
export interface CalendarEvent {
  /** Stable per appointment, so a changed appointment replaces the first in the calendar. */
  uid: string;
  /** Goes up with every change (RFC 5545 SEQUENCE). */
  sequence: number;
  /** ISO instants. */
  start: string;
  end: string;
  title: Record<TLocale, string>;
  location: string;
  /** Where the appointment is shown in the app (an app path). */
  path: string;
}

const DESCRIPTION: Record<TLocale, string> = {
  nl: 'De details staan in Kansplek:',
  en: 'The details are in Kansplek:',
};

/**
 * The .ics attachment (the `ics` package writes RFC 5545): UTC times, METHOD:PUBLISH (an appointment
 * to add, not a meeting request that expects an answer by mail).
 */
export function calendarAttachment(event: CalendarEvent, locale: TLocale, publicUrl: string): MailAttachment {
  const url = absoluteUrl(event.path, publicUrl);
  const { error, value } = createEvent({
    uid: event.uid,
    sequence: event.sequence,
    start: Date.parse(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title[locale],
    location: event.location,
    // The link goes in the description only: the package's URL check refuses hosts such as localhost:0.
    description: `${DESCRIPTION[locale]} ${url}`,
    method: 'PUBLISH',
    productId: 'kansplek',
    status: 'CONFIRMED',
  });
  if (error || !value) throw error ?? new Error('calendar event not written');
  return {
    filename: locale === 'en' ? 'appointment.ics' : 'afspraak.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: value,
  };
}
