import { describe, expect, it } from 'vitest';
import { briefGist, extractBenefits, extractProductName, fitText, limitWords } from './brief-text';

describe('extractProductName', () => {
  it.each([
    ['Aurora ceramic mug that keeps coffee hot for hours.', undefined, 'Aurora ceramic mug'],
    ['Make your mornings better with our new "Sunrise Lamp".', undefined, 'Sunrise Lamp'],
    ['Introducing the Nimbus Pro headphones with adaptive noise cancelling.', undefined, 'Nimbus Pro headphones'],
    ['We made a bag for cyclists. The Trailhead Pack keeps laptops dry.', undefined, 'Trailhead Pack'],
    ['A sneaker for people who run at night.', undefined, 'sneaker'],
    ['Make every morning count, show it off.', undefined, null],
    ['anything at all', '  Lumo  ', 'Lumo'],
  ])('%s → %s', (brief, given, expected) => {
    expect(extractProductName(brief, given)).toBe(expected);
  });
});

describe('extractBenefits', () => {
  it('reuses the brief’s own phrases without the name or connecting words', () => {
    expect(extractBenefits('Aurora ceramic mug that keeps coffee hot for hours, with a hand-glazed finish. Perfect for slow mornings.', 'Aurora ceramic mug')).toEqual([
      'Keeps coffee hot for hours',
      'Hand-glazed finish',
      'Perfect for slow mornings',
    ]);
  });

  it('drops clauses about prices and discounts', () => {
    expect(extractBenefits('Warm light without glare. Now only $29. 20% off this week. Big summer sale today.', null)).toEqual(['Warm light without glare']);
  });

  it('keeps at most five and no duplicates', () => {
    const brief = 'soft touch. soft touch. long battery. bright screen. quick charge. water resistant body. light frame.';
    expect(extractBenefits(brief, null)).toEqual(['Soft touch', 'Long battery', 'Bright screen', 'Quick charge', 'Water resistant body']);
  });
});

describe('fitText', () => {
  it('cuts at a word boundary and never ends on a connecting word', () => {
    expect(fitText('Stop scrolling: meet Aurora ceramic mug', 32)).toBe('Stop scrolling: meet Aurora');
    expect(fitText('Keeps coffee hot for hours', 20)).toBe('Keeps coffee hot');
    expect(fitText('short', 32)).toBe('short');
    expect(fitText('Supercalifragilistic', 5)).toBe('Super');
  });
});

describe('limitWords', () => {
  it('keeps whole words and ends the sentence', () => {
    expect(limitWords('Keeps coffee hot for hours.', 4)).toBe('Keeps coffee hot.');
    expect(limitWords('Clean lines from every angle.', 4)).toBe('Clean lines.');
    expect(limitWords('Shop now.', 4)).toBe('Shop now.');
  });
});

describe('briefGist', () => {
  it('takes the first sentence, at most 20 words', () => {
    expect(briefGist('A mug. It keeps coffee hot.')).toBe('A mug');
    expect(briefGist(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toBe(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '));
  });
});
