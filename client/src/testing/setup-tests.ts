import { i18n } from '@/i18n';

// Every test starts in Dutch, the app's default, whatever an earlier test switched to.
beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('nl');
});
