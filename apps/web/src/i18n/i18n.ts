import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json';
import { declaredLabels } from './declaredLabels.ts';

export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];
const STORAGE_KEY = 'overblik.locale';

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'da';
  } catch {
    return 'da';
  }
}

/** Danish is part of the first download; English is fetched when it is first chosen (about 20 kB). */
const translations: Record<Language, () => Promise<Record<string, unknown>>> = {
  da: async () => da,
  en: async () => (await import('./en.json')).default,
};

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da } },
  partialBundledLanguages: true,
  lng: 'da',
  fallbackLng: 'da',
  supportedLngs: ['da', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

// The declared fields' labels fill what the file leaves out (deep merge; the file's own keys stay).
i18n.addResourceBundle('da', 'translation', declaredLabels('da'), true, false);

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'da';
}

async function showLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await translations[language]());
    i18n.addResourceBundle(language, 'translation', declaredLabels(language), true, false);
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** The language this browser used last, loaded; before the first render, so the page does not start in Danish. */
export function startInStoredLanguage(): Promise<void> {
  return showLanguage(storedLanguage());
}

/** Switches the UI language and remembers it in this browser. */
export async function applyLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the switch still applies to this page.
  }
  await showLanguage(language);
}

export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}
