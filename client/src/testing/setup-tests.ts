import { configure } from '@testing-library/react';
import { i18n } from '@/i18n';

// findBy…/waitFor wait up to 1 s by default; on a busy CI machine a page's first fetch and render can
// take longer, and a test should fail on a wrong page, not a slow one.
configure({ asyncUtilTimeout: 10_000 });

// Every test starts in Dutch, the app's default, whatever an earlier test switched to.
beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('nl');
});
