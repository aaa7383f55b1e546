import { forgetSessionUsersOnWrite } from '../http/session-user-cache';
import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { LOCALES, MAIL_DELIVERIES, MAIL_TOPICS, ROLES, USER_STATUSES } from '../contract';

/** A TOTP factor (RFC 6238): its secret, the last time step used (a code works once) and recovery codes. */
const secondFactorSchema = new Schema(
  {
    secret: { type: String, required: true },
    enrolledAt: { type: Date, required: true },
    lastUsedStep: { type: Number, required: true, default: 0 },
    // SHA-256 of each unused recovery code; a used one is pulled out.
    recoveryCodeHashes: { type: [String], default: [] },
  },
  { _id: false },
);

const userSchema = new Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true, unique: true },
    name: { type: String, required: true, trim: true },
    role: { type: String, enum: ROLES, required: true },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true, index: true },
    status: { type: String, enum: USER_STATUSES, required: true, default: 'invited' },
    locale: { type: String, enum: LOCALES, default: 'nl' },
    passwordHash: { type: String, default: null },
    // One-time invitation: only a hash of the token is stored, so a database leak reveals no usable link.
    inviteTokenHash: { type: String, default: null, index: true },
    inviteExpiresAt: { type: Date, default: null },
    invitedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    lastLoginAt: { type: Date, default: null },
    // The user's own delivery per mail topic; a topic not set follows the role's default (contract/mail.ts).
    mailPreferences: {
      type: new Schema(
        Object.fromEntries(MAIL_TOPICS.map((topic) => [topic, { type: String, enum: MAIL_DELIVERIES }])),
        { _id: false },
      ),
      default: () => ({}),
    },
    secondFactor: { type: secondFactorSchema, default: null },
    // Wrong codes at the second step, counted per account (across sessions and addresses).
    secondFactorFailures: {
      type: new Schema({ count: Number, since: Date }, { _id: false }),
      default: null,
    },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
userSchema.index({ role: 1, name: 1 });

export type UserDoc = InferSchemaType<typeof userSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
// Signed-in users carry their role, organisation and region: a change must not wait for the cache.
forgetSessionUsersOnWrite(userSchema, 'written');
export const UserModel = model('User', userSchema);
