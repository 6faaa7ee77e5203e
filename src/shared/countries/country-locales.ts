import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import spanish from 'i18n-iso-countries/langs/es.json';
import french from 'i18n-iso-countries/langs/fr.json';

// The browser build registers no locale by itself; the letter languages are registered once here.
countries.registerLocale(english);
countries.registerLocale(french);
countries.registerLocale(spanish);

/** i18n-iso-countries with the letter languages (en, fr, es) registered. */
export const countryData = countries;
