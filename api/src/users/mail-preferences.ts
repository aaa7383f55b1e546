import {
  mailDeliveryFor,
  mailTopicsFor,
  DEFAULT_MAIL_PREFERENCES,
  type TMailPreferences,
  type TUpdateMailPreferences,
} from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, notFound } from '../http/app-error';
import { DIGEST_TIME } from '../mail/digest-schedule';
import { UserModel, type UserDoc } from './users.model';

function present(user: Pick<UserDoc, 'role' | 'mailPreferences'>): TMailPreferences {
  const chosen = user.mailPreferences as Parameters<typeof mailDeliveryFor>[2];
  return {
    topics: mailTopicsFor(user.role).map((topic) => ({
      topic,
      delivery: mailDeliveryFor(user.role, topic, chosen),
      defaultDelivery: DEFAULT_MAIL_PREFERENCES[user.role][topic]!,
    })),
    digestTime: DIGEST_TIME,
  };
}

export async function getMailPreferences(userId: string): Promise<TMailPreferences> {
  const user = await UserModel.findById(userId).select({ role: 1, mailPreferences: 1 }).lean<UserDoc>();
  if (!user) throw notFound('User');
  return present(user);
}

/**
 * Sets the named topics and leaves the others as they are. Each topic is its own field, so two pages
 * saving different topics both keep their choice (no version needed: only the user edits these).
 */
export async function updateMailPreferences(
  userId: string,
  role: UserDoc['role'],
  input: TUpdateMailPreferences,
): Promise<TMailPreferences> {
  const allowed = new Set(mailTopicsFor(role));
  const foreign = Object.keys(input.topics).filter((topic) => !allowed.has(topic as never));
  if (foreign.length) {
    throw new AppError(422, 'unprocessable', 'Your role gets no mail on this topic', {
      issues: foreign.map((topic) => ({
        path: `body.topics.${topic}`,
        code: 'topic_not_for_role',
        message: 'Your role gets no mail on this topic',
      })),
    });
  }
  const $set = Object.fromEntries(
    Object.entries(input.topics).map(([topic, delivery]) => [`mailPreferences.${topic}`, delivery]),
  );
  const updated = await updateDocument(UserModel, { _id: userId }, { $set });
  if (!updated) throw notFound('User');
  return present(updated);
}
