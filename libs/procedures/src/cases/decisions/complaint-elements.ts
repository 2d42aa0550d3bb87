import { RuleViolation } from '@pdr/event-sourcing';
import type { ComplaintElement, ComplaintField } from '../../rulebooks/complaint-rules';
import type { Rulebook } from '../../rulebooks/rulebook';
import { FIELD_REQUIRED } from '../../shared/required-fields';
import type { FileComplaint } from '../case.commands';

const present = (value: unknown): boolean => value !== undefined && value !== null;
const isText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
const isDate = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const isAge = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 150;

/** The value of a complaint field, and the field a refusal names (an age names the date of birth). */
function valueOf(command: FileComplaint, field: ComplaintField): { value: unknown; named: string } {
  switch (field) {
    case 'respondent.name':
      return { value: command.respondent?.name, named: field };
    case 'complainant.email':
      return { value: command.complainant?.email, named: field };
    case 'complainantAge':
    case 'dataSubjectAge':
      return { value: command[field] ?? {}, named: field };
    default:
      return { value: command[field], named: field };
  }
}

function satisfied(element: ComplaintElement, value: unknown): boolean {
  switch (element.check) {
    case 'text':
      return isText(value);
    case 'texts':
      return Array.isArray(value) && value.length > 0 && value.every(isText);
    case 'list':
      return Array.isArray(value) && value.every(isText);
    case 'affirmed':
      return value === true;
    case 'age': {
      const { dateOfBirth, age } = value as { dateOfBirth?: unknown; age?: unknown };
      return (present(dateOfBirth) || present(age)) && (!present(dateOfBirth) || isDate(dateOfBirth)) && (!present(age) || isAge(age));
    }
  }
}

/** The elements the rulebook requires of this complaint (some only of a parent or guardian). */
export function requiredElements(rulebook: Rulebook, command: FileComplaint): readonly ComplaintElement[] {
  return (rulebook.complaint?.elements ?? []).filter((element) => !element.whenFilingAs || element.whenFilingAs === command.complainant?.filingAs);
}

/** VS-3.1: a complaint lacking an element the rulebook requires is refused, naming the field and the rule (422). */
export function assertElements(rulebook: Rulebook, command: FileComplaint): void {
  for (const element of requiredElements(rulebook, command)) {
    const { value, named } = valueOf(command, element.field);
    if (!satisfied(element, value)) throw new RuleViolation('unprocessable', element.rule, `the complaint must include ${element.description}`, named);
  }
  const permitted = rulebook.complaint?.permittedOutcomes;
  if (permitted && command.outcomeKinds !== undefined && command.outcomeKinds.length !== command.outcomesSought.length) {
    throw new RuleViolation('unprocessable', permitted.rule, 'outcomeKinds classes each outcome sought, in order: one kind per outcome', 'outcomeKinds');
  }
  for (const [field, subject] of [['complainantAge.dateOfBirth', command.complainantAge?.dateOfBirth], ['dataSubjectAge.dateOfBirth', command.dataSubjectAge?.dateOfBirth]] as const) {
    if (present(subject) && !isDate(subject)) throw new RuleViolation('unprocessable', FIELD_REQUIRED, `${field} must be a date (YYYY-MM-DD)`, field);
    if (present(subject) && isDate(subject) && (subject as string) > command.receivedAt.slice(0, 10)) {
      throw new RuleViolation('unprocessable', FIELD_REQUIRED, `${field} is after the complaint was received`, field);
    }
  }
}
