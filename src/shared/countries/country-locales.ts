import countries from 'i18n-iso-countries';
import german from 'i18n-iso-countries/langs/de.json';
import english from 'i18n-iso-countries/langs/en.json';
import spanish from 'i18n-iso-countries/langs/es.json';
import french from 'i18n-iso-countries/langs/fr.json';
import italian from 'i18n-iso-countries/langs/it.json';
import portuguese from 'i18n-iso-countries/langs/pt.json';

// The browser build registers no locale by itself; the letter languages are registered once here.
countries.registerLocale(english);
countries.registerLocale(french);
countries.registerLocale(spanish);
// Sign-on sheets also come in German, Portuguese and Italian: their country names are read, never written.
countries.registerLocale(german);
countries.registerLocale(portuguese);
countries.registerLocale(italian);

/** i18n-iso-countries with the letter languages (en, fr, es) and the languages read on import (de, pt, it) registered. */
export const countryData = countries;
