import { describe, expect, it } from 'vitest';
import { retranslate } from './retranslate';
import { translate } from './translate';

describe('messages already on screen follow a language change', () => {
  it('says a field message again in the new language, keeping its values', () => {
    expect(retranslate(translate('en', 'validation.required'), 'en', 'fr')).toBe(translate('fr', 'validation.required'));
    const short = translate('en', 'validation.tooShort', { min: 12 });
    expect(retranslate(short, 'en', 'rw')).toBe(translate('rw', 'validation.tooShort', { min: 12 }));
    expect(retranslate(translate('rw', 'validation.tooShort', { min: 12 }), 'rw', 'en')).toBe(short);
  });

  it('leaves text that is not from the catalogue as it is', () => {
    expect(retranslate('Something a person typed', 'en', 'fr')).toBe('Something a person typed');
    expect(retranslate('Obligatoire.', 'fr', 'fr')).toBe('Obligatoire.');
  });
});
