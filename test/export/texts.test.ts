import { describe, expect, it } from 'vitest';
import { CAUSES, MESSAGES_EN, RED_FLAGS } from '../../src/core';
import { CAUSE_TITLES, SLIDE_MESSAGES } from '../../src/export/texts';
import { MESSAGES_DE } from '../../src/locales/de';

describe("the slide's copies of the core's texts", () => {
  it('are the English messages of the board and the agenda, word for word', () => {
    for (const [id, template] of Object.entries(SLIDE_MESSAGES)) {
      expect(MESSAGES_EN[id as keyof typeof MESSAGES_EN], id).toBe(template);
    }
  });

  it('hold the title of every cause and red flag, and no other', () => {
    const catalogue = Object.fromEntries(
      [...CAUSES, ...RED_FLAGS].map((entry) => [entry.id, entry.title]),
    );
    expect(CAUSE_TITLES).toEqual(catalogue);
  });

  it('each have a German translation in MESSAGES_DE', () => {
    for (const id of Object.keys(SLIDE_MESSAGES)) expect(MESSAGES_DE[id], id).toBeTruthy();
    for (const id of Object.keys(CAUSE_TITLES)) {
      expect(MESSAGES_DE[`cause.${id}.title`], id).toBeTruthy();
    }
  });
});
