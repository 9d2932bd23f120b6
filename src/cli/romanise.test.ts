import { describe, expect, it } from 'vitest';
import { romaniseUkrainian } from './romanise';

describe('romaniseUkrainian', () => {
  it.each([
    ['Izyum', 'Izium'],
    ['Syevyerodonets’k', 'Sievierodonetsk'],
    ['Mykolayiv', 'Mykolaiv'],
    ['Balakliya', 'Balakliia'],
    ['Hulyaypole', 'Huliaipole'],
    ['Pervomays’kyy', 'Pervomaiskyi'],
    ['Novyy Buh', 'Novyi Buh'],
    ['Yenakiyeve', 'Yenakiieve'],
    ['Kupjansk', 'Kupiansk'],
    ['Stanytsya Luhans’ka', 'Stanytsia Luhanska'],
  ])('rewrites the 1965 spelling %s as %s', (old, national) => {
    expect(romaniseUkrainian(old)).toBe(national);
  });
  it.each(['Kyiv', 'Kryvyi Rih', 'Khmelnytskyi', 'Kamianets-Podilskyi', 'Yahotyn', 'Zhovti Vody'])(
    'leaves the national spelling %s alone',
    (name) => expect(romaniseUkrainian(name)).toBe(name),
  );
  it('transliterates Cyrillic and keeps Russian-form Crimean names', () => {
    expect(romaniseUkrainian('Бережани')).toBe('Berezhany');
    expect(romaniseUkrainian('Згурівка')).toBe('Zghurivka');
    expect(romaniseUkrainian('Chernomorskoye')).toBe('Chernomorskoye');
  });
});
