import { forgetSessionUsersOnWrite } from '../http/session-user-cache';
import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { LOCALES, ROLES, USER_STATUSES } from '../contract';

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
