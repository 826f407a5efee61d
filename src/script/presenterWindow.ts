/** Opens the presenter view: the same app, same state, with presenter=1 in its link. */
import { useLesson } from '../store';
import { hashOf } from '../store/url';
import { useScript } from './store';

export const PRESENTER_KEY = 'presenter';

export function isPresenterHash(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).get(PRESENTER_KEY) === '1';
}

export function openPresenter(): void {
  const params = new URLSearchParams(hashOf(useLesson.getState()).slice(1));
  params.set(PRESENTER_KEY, '1');
  const url = `${window.location.pathname}${window.location.search}#${params.toString()}`;
  const w = window.open(url, 'unrolled-presenter', 'popup,width=960,height=720');
  if (!w) useScript.getState().setMessage({ kind: 'error', message: { key: 'script.presenter.blocked' } });
}
