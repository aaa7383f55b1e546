import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import type { TNotificationKind } from '../contract';

/** The notification kinds a reminder may send; each has its texts in notification-messages.ts. */
export const REMINDER_KINDS = [
  'trial_ending',
  'checkin_overdue',
  'aftercare_due',
] as const satisfies readonly TNotificationKind[];
export type TReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_STATUSES = ['pending', 'sent', 'cancelled'] as const;
export type TReminderStatus = (typeof REMINDER_STATUSES)[number];

/** A notification due at a later time, kept in MongoDB so it survives restarts and is sent once. */
const reminderSchema = new Schema(
  {
    // The idempotency key, e.g. `trial-ending:<matchId>:<plannedEnd>`: one reminder per key, ever.
    key: { type: String, required: true },
    kind: { type: String, enum: REMINDER_KINDS, required: true },
    dueAt: { type: Date, required: true },
    userIds: { type: [Schema.Types.ObjectId], ref: 'User', default: [] },
    // The message's parameters; rendered in each recipient's language when it is sent.
    params: { type: Schema.Types.Mixed, default: () => ({}) },
    link: { type: String, default: null },
    // So all reminders of a match can be cancelled together (trial stopped, match ended).
    matchId: { type: Schema.Types.ObjectId, ref: 'Match', default: null },
    // The candidate the message names, so its mail can be withheld when they withdraw consent.
    candidateId: { type: Schema.Types.ObjectId, ref: 'Candidate', default: null },
    status: { type: String, enum: REMINDER_STATUSES, required: true, default: 'pending' },
    sentAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
  },
  // Keeps an empty `params: {}` stored as such instead of dropping the field.
  { timestamps: true, minimize: false },
);
reminderSchema.index({ key: 1 }, { unique: true });
// The worker's query: pending reminders whose time has come.
reminderSchema.index({ status: 1, dueAt: 1 });
reminderSchema.index({ matchId: 1 });

export type ReminderDoc = Omit<InferSchemaType<typeof reminderSchema>, 'params'> & {
  _id: Types.ObjectId;
  params: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
};
export const ReminderModel = model('Reminder', reminderSchema);
