import { z } from 'zod';
import { ZEmail, ZNewPassword } from '../contract';
import { hashPassword } from './password';
import { passwordProblem } from './password-policy';
import type { Logger } from '../logger';
import { OrganisationModel } from '../organisations/organisations.model';
import { UserModel } from './users.model';

export const ZNewAdmin = z.strictObject({
  email: ZEmail,
  name: z.string().trim().min(1, 'Enter a name').max(200),
  password: ZNewPassword,
  // An administrator belongs to a service point; found by name, or created.
  organisation: z.string().trim().min(1).max(200),
});
export type TNewAdmin = z.infer<typeof ZNewAdmin>;

/** Why an administrator was not created, worded for the operator who ran the command. */
export class CreateAdminError extends Error {}

/**
 * Creates an active administrator with a password, in the service point named (created if there is
 * none of that name): the way to the first account on a database without demo data. Refuses an
 * e-mail address that is taken. Logged without the person's name or address.
 */
export async function createAdmin(
  input: TNewAdmin,
  log: Logger,
): Promise<{ userId: string; organisationId: string }> {
  const parsed = ZNewAdmin.safeParse(input);
  if (!parsed.success) {
    throw new CreateAdminError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'),
    );
  }
  const { email, name, password, organisation } = parsed.data;
  // The same policy as activation: not blank, not the e-mail address, not common or easily guessed.
  const problem = passwordProblem(password, { email, name });
  if (problem) throw new CreateAdminError(`password: ${problem.message} (${problem.code})`);
  if (await UserModel.exists({ email: email.toLowerCase() })) {
    throw new CreateAdminError('A user with this e-mail address already exists');
  }
  const servicePoint = await OrganisationModel.findOneAndUpdate(
    { kind: 'service_point', name: organisation },
    { $setOnInsert: { kind: 'service_point', name: organisation } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  const user = await UserModel.create({
    email,
    name,
    role: 'admin',
    organisationId: servicePoint!._id,
    status: 'active',
    passwordHash: await hashPassword(password),
  });
  const result = { userId: String(user._id), organisationId: String(servicePoint!._id) };
  log.info({ ...result, action: 'create_admin' }, 'administrator created from the command line');
  return result;
}
