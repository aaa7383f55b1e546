/** A multiple choice held in a form as one comma-separated string (see CheckboxListField), as a list. */
export const splitList = (value: string) => value.split(',').filter(Boolean);
