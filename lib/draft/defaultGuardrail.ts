import { checkText } from '../compliance';
import { auditTitle } from '../title/audit';
import type { Guardrail } from './guardrail';

/** The audit a draft goes through unless a caller injects another one. */
export const defaultGuardrail: Guardrail = {
  checkText: (text, options) => checkText(text, options),
  auditTitle: (title, options) => auditTitle(title, options),
};
