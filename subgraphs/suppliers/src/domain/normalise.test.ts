import { describe, expect, it } from 'vitest';
import {
  addressParts,
  addressTokens,
  exactMatchKey,
  foldText,
  nameTokens,
  normaliseAddress,
  normaliseName,
} from './normalise';
import { isAbbreviationOf, jaroWinkler, softTokenSimilarity, tokenSimilarity } from './similarity';

describe('foldText', () => {
  it('case-folds and strips diacritics, including letters NFKD leaves alone', () => {
    expect(foldText('Công ty TNHH May Mặc Đức Giang')).toBe('cong ty tnhh may mac duc giang');
    expect(foldText('IŞIK Örme Çorlu İSTANBUL Tekirdağ')).toBe('isik orme corlu istanbul tekirdag');
    expect(foldText('Straße Ærø Łódź Calzado León')).toBe('strasse aero lodz calzado leon');
  });

  it('turns punctuation into spaces, joins apostrophes, splits letters from digits', () => {
    expect(foldText("Men's Wear, Bao'an & Co.")).toBe('mens wear baoan and co');
    expect(foldText('Plot12, Lô A-5, 3rd Floor')).toBe('plot 12 lo a 5 3 floor');
  });

  it('merges initials written with dots into one word', () => {
    expect(foldText('S.A. de C.V.')).toBe('sa de cv');
    expect(foldText('P.T. Eratex')).toBe('pt eratex');
  });
});

describe('nameTokens', () => {
  it('drops legal forms and stop words in the languages of the registry', () => {
    expect(nameTokens('Sunrise Garments Co., Ltd.')).toEqual(['sunrise', 'garment']);
    expect(nameTokens('Sunrise Garments (Pvt.) Limited')).toEqual(['sunrise', 'garment']);
    expect(nameTokens('PT. Pan Brothers Tbk')).toEqual(['pan', 'brother']);
    expect(nameTokens('Aksa Tekstil San. ve Tic. A.Ş.')).toEqual(['aksa', 'tekstil']);
    expect(nameTokens('Textiles Kaltex S.A. de C.V.')).toEqual(['textile', 'kaltex']);
    expect(nameTokens('Công ty Cổ phần Dệt May Phong Phú')).toEqual(['det', 'may', 'phong', 'phu']);
  });

  it('removes legal phrases but keeps their words when they are part of a name', () => {
    // "cong ty" (company) goes, "Thành Công" (a name) stays.
    expect(nameTokens('Công ty TNHH Thành Công')).toEqual(['thanh', 'cong']);
  });

  it('expands abbreviations, folds plurals and transliteration variants', () => {
    expect(nameTokens('Sunrise Gmts. Intl.')).toEqual(['sunrise', 'garment', 'international']);
    expect(nameTokens('Shree Ganesh Industries')).toEqual(nameTokens('Sri Ganesh Industry'));
    expect(nameTokens('Mohammadi Fashion')).not.toEqual(nameTokens('Muhammadi Fashion')); // fuzzy matching's job
    expect(nameTokens('PT Tjahaja Baru')).toEqual(nameTokens('PT Cahaja Baru'));
  });

  it('keeps a name made only of legal words rather than returning nothing', () => {
    expect(nameTokens('Company Limited')).toEqual(['company', 'limited']);
  });
});

describe('addressTokens', () => {
  it('expands address abbreviations and drops number markers', () => {
    expect(addressTokens('Plot No. 12, Ind. Area Rd., Dist. Gazipur')).toEqual([
      'plot',
      '12',
      'industrial',
      'area',
      'road',
      'district',
      'gazipur',
    ]);
    expect(normaliseAddress('Jl. Raya Serang Km. 71, Kab. Serang')).toBe('jalan raya serang km 71 kabupaten serang');
  });

  it('maps local terms and abbreviations to one form', () => {
    expect(normaliseAddress('Lô A5, KCN Tân Thuận, Quận 7, TP. Hồ Chí Minh')).toBe(
      normaliseAddress('Lot A-5, Khu Công Nghiệp Tân Thuận, District 7, Thành phố Hồ Chí Minh'),
    );
    expect(normaliseAddress('Velimeşe OSB, Çorlu')).toBe(normaliseAddress('Velimese Organize Sanayi Bolgesi, Corlu'));
    expect(normaliseAddress('Plot 5, Dhaka EPZ')).toBe('plot 5 dhaka export processing zone');
    expect(normaliseAddress('No. 19, National Rd. 3')).toBe(normaliseAddress('No 19 National Road 3'));
  });

  it('splits an address into place words and unit marks', () => {
    expect(addressParts(addressTokens('Plot A-5, Sector 13-E, Dhaka EPZ 1230'))).toEqual({
      place: ['dhaka', 'export', 'processing', 'zone'],
      unitMarks: ['a', '5', '13', 'e', '1230'],
    });
  });
});

describe('exactMatchKey', () => {
  it('is equal for spellings that differ only in case, punctuation, legal form and abbreviations', () => {
    expect(exactMatchKey('bd', 'SUNRISE GARMENTS LTD.', 'Plot 12, Kashimpur Rd., Gazipur')).toBe(
      exactMatchKey('BD', 'Sunrise Garments Limited', 'plot 12 kashimpur road gazipur'),
    );
    expect(exactMatchKey('BD', 'Sunrise Garments', 'Gazipur')).not.toBe(
      exactMatchKey('IN', 'Sunrise Garments', 'Gazipur'),
    );
    expect(normaliseName('Sunrise Garments Unit 2')).toBe('sunrise garment unit 2');
  });
});

describe('similarity', () => {
  it('computes Jaro-Winkler as published', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('matches typos and abbreviations word by word, but never different numbers', () => {
    expect(tokenSimilarity('garmants', 'garments')).toBeGreaterThan(0.9);
    expect(isAbbreviationOf('lthr', 'leather')).toBe(true);
    expect(isAbbreviationOf('hong', 'hongda')).toBe(false);
    expect(tokenSimilarity('1230', '1231')).toBe(0);
    expect(tokenSimilarity('sun', 'sunny')).toBe(0);
    // Different names that merely look alike stay different words.
    expect(tokenSimilarity('sunrise', 'sunset')).toBe(0);
    // Words in other scripts survive normalisation and are still compared.
    expect(tokenSimilarity('株式会社東莞', '株式会社東筦')).toBeGreaterThan(0.9);
    expect(tokenSimilarity('garmants', 'garments')).toBe(jaroWinkler('garmants', 'garments'));
  });

  it('weighs rare words above common ones and ignores word order', () => {
    const weight = (word: string) => (word === 'garment' ? 0.2 : 2);
    expect(softTokenSimilarity(['viet', 'tien', 'garment'], ['garment', 'tien', 'viet'], weight)).toBe(1);
    expect(softTokenSimilarity(['sunrise', 'garment'], ['sunset', 'garment'], weight)).toBeLessThan(0.2);
  });
});
