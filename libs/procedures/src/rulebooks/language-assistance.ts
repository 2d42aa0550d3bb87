import type { LanguageAssistanceRules } from './complaint-rules';
import type { Rulebook } from './rulebook';

/**
 * Language assistance under a rulebook: its own section (VS-11.1), or the documents part's language rule (BBB-8.9:
 * translation or interpretation for either Party); undefined when the procedure provides none.
 */
export function languageAssistanceOf(rulebook: Rulebook): LanguageAssistanceRules | undefined {
  if (rulebook.languageAssistance) return rulebook.languageAssistance;
  const documents = rulebook.documents;
  if (!documents) return undefined;
  return { rule: documents.languageRule, language: documents.language, parties: ['complainant', 'respondent'], kinds: ['translation', 'interpretation'] };
}
