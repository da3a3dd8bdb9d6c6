import { describe, expect, it } from 'vitest';
import { editLabel } from './item-edit';

describe('editLabel', () => {
  it('names an edit by its key, its group, or its field name', () => {
    expect(['text', 'style.color', 'style.outline.width', 'background.from', 'trim', 'duckUnderVoice', 'showLogo'].map(editLabel)).toEqual([
      'Edit text',
      'Change text colour',
      'Change text style',
      'Change background',
      'Trim',
      'Change duck under voice',
      'Change show logo',
    ]);
  });
});
