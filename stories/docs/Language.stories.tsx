import type { Meta, StoryObj } from '@storybook/react-vite';
import { STATUS_MESSAGES, StatusBadge } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { expect } from 'storybook/test';

declare global {
  /** The language the browser-test project runs the stories in (.storybook/vitest.setup.ts). */
  var __OKR_STORY_LOCALE__: 'en' | 'de' | undefined;
}

// A check of the test setup, not a page: the browser tests run every story in English
// (`storybook`) and in German (`storybook (de)`), and the German run is worth something only if
// the widgets really speak German there. Hidden from the sidebar and the docs.
const meta = {
  title: 'Guide/Toolbar language',
  tags: ['!dev', '!autodocs'],
  render: () => <StatusBadge status="on-track" stale />,
} satisfies Meta;

export default meta;

/** The toolbar's locale, and the test project's, reach the widgets' texts. */
export const WidgetsSpeakTheToolbarsLanguage: StoryObj<typeof meta> = {
  play: async ({ canvas, globals }) => {
    const expected = globalThis.__OKR_STORY_LOCALE__ ?? globals.locale;
    await expect(globals.locale).toBe(expected);
    // Straight from the catalogues, so a run that stayed English cannot pass as German.
    const texts = expected === 'de' ? MESSAGES_DE : STATUS_MESSAGES;
    await expect(canvas.getByText(texts['status.on-track'])).toBeVisible();
    await expect(canvas.getByText(texts['status.stale'])).toBeVisible();
  },
};
