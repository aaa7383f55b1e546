import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useFieldErrorMessage } from '@/components/ui/use-field-error-message';
import type { ZodForm } from '@/hooks/use-zod-form';
import { joinSkills, splitSkills } from './place-form-values';

interface SkillsFieldProps<Field extends string> {
  form: ZodForm<Field>;
  /** The chosen skills, one per line. */
  name: Field;
  /** What is typed in the box but not added yet; it is kept in the form and sent along on saving. */
  typedName: Field;
  label: string;
  description?: string;
}

/**
 * Skills as tags: type one and press Enter (or a comma, or "Add"); each tag has its own remove button.
 * Adding on blur would move the fields below under the pointer, so typed text waits in the form instead.
 */
export function SkillsField<Field extends string>({
  form,
  name,
  typedName,
  label,
  description,
}: SkillsFieldProps<Field>) {
  const { t } = useTranslation();
  const errorMessage = useFieldErrorMessage();
  const [announcement, setAnnouncement] = useState('');
  const error = form.fieldErrors[name];
  const skills = splitSkills(form.values[name]);
  const typed = form.values[typedName];
  const inputId = form.fieldId(name);

  const add = () => {
    const skill = typed.trim().replace(/,+$/, '').trim();
    form.setValue(typedName, '');
    if (!skill) return;
    const exists = skills.some((s) => s.toLowerCase() === skill.toLowerCase());
    if (!exists) form.setValue(name, joinSkills([...skills, skill]));
    setAnnouncement(t(exists ? 'places.skills.alreadyThere' : 'places.skills.added', { skill }));
  };

  const remove = (skill: string) => {
    form.setValue(name, joinSkills(skills.filter((s) => s !== skill)));
    setAnnouncement(t('places.skills.removed', { skill }));
    document.getElementById(inputId)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter would submit the whole form; here it adds the tag.
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    }
  };

  return (
    <FormField
      id={inputId}
      label={label}
      kind="text"
      description={description}
      errorText={error && errorMessage(name, label, error)}
    >
      {(a11y) => (
        <>
          <div className="kp-copy-row">
            <input
              {...a11y}
              className={`utrecht-textbox utrecht-textbox--html-input kp-copy-row__input${error ? ' utrecht-textbox--invalid' : ''}`}
              value={typed}
              autoComplete="off"
              onChange={(event) => form.setValue(typedName, event.target.value)}
              onKeyDown={onKeyDown}
            />
            <Button onClick={add}>{t('places.skills.add')}</Button>
          </div>
          {skills.length > 0 && (
            <ul className="kp-skill-list" aria-label={t('places.skills.listLabel', { field: label })}>
              {skills.map((skill) => (
                <li key={skill} className="kp-skill">
                  <span className="kp-tag">{skill}</span>
                  <Button appearance="subtle" className="kp-skill__remove" onClick={() => remove(skill)}>
                    <span aria-hidden="true">×</span>
                    <span className="kp-visually-hidden">{t('places.skills.remove', { skill })}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <p className="kp-visually-hidden" role="status">
            {announcement}
          </p>
        </>
      )}
    </FormField>
  );
}
