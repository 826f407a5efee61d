// Vitest setup: the Korean catalog is a lazy chunk in the page; unit tests translate in both languages.
import { loadCatalog } from './index';

await loadCatalog('ko');
