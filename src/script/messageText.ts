import type { Translate } from '../i18n';
import type { ScriptError } from './format';

/** A script message in words; a lesson error inside it (`cause`) fills its {detail}. */
export function messageText(t: Translate, m: ScriptError): string {
  const detail = m.cause ? t(m.cause.key, m.cause.params) : undefined;
  return t(m.key, detail === undefined ? m.params : { ...m.params, detail });
}
