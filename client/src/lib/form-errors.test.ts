import { ZAcceptInvite, ZInviteUser, ZLogin, ZUpdateMe } from '@kansplek/api/contract';
import { i18n } from '@/i18n';
import { fieldErrorKeys, fieldErrorsFromApi, fieldErrorsFromZod, type FieldErrorKind } from './form-errors';

function errorsFor(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: never[] } } },
  values: Record<string, string>,
) {
  const result = schema.safeParse(values);
  if (result.success || !result.error) throw new Error('expected the values to be invalid');
  return fieldErrorsFromZod(result.error.issues, values);
}

describe('fieldErrorsFromZod, with the API contract schemas', () => {
  it.each([
    [
      'blank fields are missing',
      ZLogin,
      { email: '', password: '' },
      { email: { kind: 'required' }, password: { kind: 'required' } },
    ],
    ['whitespace counts as blank', ZLogin, { email: '   ', password: 'x' }, { email: { kind: 'required' } }],
    ['a malformed e-mail address', ZLogin, { email: 'jan@', password: 'x' }, { email: { kind: 'email' } }],
    [
      'a short new password, with the limit',
      ZAcceptInvite,
      { token: 'a'.repeat(43), password: 'kort' },
      { password: { kind: 'tooShort', params: { min: 12 } } },
    ],
    [
      'a too long name, with the limit',
      ZUpdateMe,
      { name: 'x'.repeat(121), locale: 'nl' },
      { name: { kind: 'tooLong', params: { max: 120 } } },
    ],
    ['an unknown choice', ZUpdateMe, { name: 'Jan', locale: 'de' }, { locale: { kind: 'choose' } }],
    [
      'the invite form left empty',
      ZInviteUser,
      { email: '', name: '', role: '', organisationId: '', locale: 'nl' },
      {
        email: { kind: 'required' },
        name: { kind: 'required' },
        role: { kind: 'required' },
        organisationId: { kind: 'required' },
      },
    ],
    [
      'a malformed id',
      ZInviteUser,
      { email: 'a@b.nl', name: 'A', role: 'admin', organisationId: 'xyz', locale: 'nl' },
      { organisationId: { kind: 'format' } },
    ],
  ])('%s', (_name, schema, values, expected) => {
    expect(errorsFor(schema as never, values)).toEqual(expected);
  });

  it('keeps the first problem of a field', () => {
    const errors = fieldErrorsFromZod([
      {
        code: 'too_small',
        origin: 'string',
        minimum: 12,
        inclusive: true,
        path: ['password'],
        message: 'a',
        input: '',
      },
      { code: 'custom', path: ['password'], message: 'b', input: '' },
    ]);
    expect(errors).toEqual({ password: { kind: 'tooShort', params: { min: 12 } } });
  });
});

describe('fieldErrorsFromApi', () => {
  it('maps body paths to fields and ignores query and root issues', () => {
    expect(
      fieldErrorsFromApi([
        { path: 'body.email', code: 'invalid_format', message: 'Enter a valid e-mail address' },
        { path: 'body.role', code: 'invalid_value', message: 'Invalid option' },
        { path: 'body.name', code: 'too_small', message: 'Too small' },
        { path: 'body.name', code: 'custom', message: 'second issue on name' },
        { path: 'query.limit', code: 'too_big', message: 'Too big' },
        { path: 'body.organisationId', code: 'role_organisation_mismatch', message: 'Needs a contractor' },
        { path: 'body.locale', code: 'conflict', message: 'Taken' },
        { path: 'body', code: 'unrecognized_keys', message: 'Unrecognized key' },
      ]),
    ).toEqual({
      email: { kind: 'email' },
      role: { kind: 'choose' },
      name: { kind: 'invalid' },
      organisationId: { kind: 'mismatch' },
      locale: { kind: 'taken' },
    });
  });
});

describe('translated field errors', () => {
  const kinds: FieldErrorKind[] = [
    'required',
    'tooShort',
    'tooLong',
    'email',
    'format',
    'choose',
    'taken',
    'mismatch',
    'invalid',
    'passwordBlank',
    'passwordIsEmail',
    'passwordCommon',
    'passwordWeak',
    'codeInvalid',
  ];

  it.each(['nl', 'en'])('every kind has a generic message in %s', async (locale) => {
    await i18n.changeLanguage(locale);
    for (const kind of kinds) {
      expect(i18n.exists(`validation.generic.${kind}`)).toBe(true);
    }
  });

  it('prefers the field-specific message and fills in the limits (never the English zod text)', () => {
    const t = i18n.getFixedT('nl');
    expect(
      t(fieldErrorKeys('password', { kind: 'tooShort', params: { min: 12 } }), {
        field: 'Wachtwoord',
        min: 12,
      }),
    ).toBe('Kies een wachtwoord van minstens 12 tekens.');
    expect(t(fieldErrorKeys('email', { kind: 'required' }), { field: 'E-mailadres' })).toBe(
      'E-mailadres is verplicht.',
    );
    expect(
      t(fieldErrorKeys('name', { kind: 'tooLong', params: { max: 120 } }), { field: 'Naam', max: 120 }),
    ).toBe('Naam mag hoogstens 120 tekens hebben.');
  });
});
