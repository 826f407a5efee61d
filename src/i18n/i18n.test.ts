import { describe, expect, it } from 'vitest';
import { en } from './en';
import { placeholders, translate } from './index';
import { ko } from './ko';

describe('the en and ko catalogs', () => {
  it('every English key has a non-empty Korean text', () => {
    const missing = Object.keys(en).filter((k) => !(ko as Record<string, string>)[k]?.trim());
    expect(missing).toEqual([]);
  });

  it('Korean has no keys that English lacks', () => {
    expect(Object.keys(ko).filter((k) => !(k in en))).toEqual([]);
  });

  it('each Korean text uses the same placeholders as its English text', () => {
    const bad = Object.keys(en).filter(
      (k) => placeholders(en[k as keyof typeof en]).join() !== placeholders(ko[k as keyof typeof en]).join(),
    );
    expect(bad).toEqual([]);
  });

  it('translate fills placeholders in either language', () => {
    expect(translate('en', 'output.loss', { t: 2, target: 'l', loss: '0.693' })).toBe(
      'Loss at t = 2: −ln p[l] = 0.693',
    );
    expect(translate('ko', 'readout.pass', { n: 3 })).toBe('3번째 반복');
  });
});
