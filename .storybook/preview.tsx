import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import type { Decorator, Preview } from '@storybook/react-vite';
import { OkrBalanceProvider } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { type PropsWithChildren, useEffect } from 'react';
import { themes } from 'storybook/theming';
import { useToolbarGlobals } from './globals';
import { WidgetDocsPage } from './WidgetDocsPage';
import 'okr-balance/styles.css';
import './preview.css';

// The toolbar's theme and locale reach every widget: the theme through data-okr-theme, the
// locale through the provider.
const withThemeAndLocale: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const german = context.globals.locale === 'de';
  return (
    <div data-okr-theme={theme} className="sb-okr-canvas">
      <OkrBalanceProvider
        locale={german ? 'de-DE' : 'en'}
        messages={german ? MESSAGES_DE : undefined}
      >
        <Story />
      </OkrBalanceProvider>
    </div>
  );
};

// Docs pages (the components' autodocs and the Guide) follow the toolbar's theme too: the
// docs theme's colours for the page, and data-okr-theme on the page's root for the --okr-*
// tokens (preview.css paints the docs page from them).
function ThemedDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const dark = useToolbarGlobals().theme === 'dark';
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.okrTheme = dark ? 'dark' : 'light';
    return () => {
      delete root.dataset.okrTheme;
    };
  }, [dark]);
  return <DocsContainer {...props} theme={dark ? themes.dark : themes.light} />;
}

const preview: Preview = {
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of every text',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'padded',
    // Accessibility violations fail the story's test, not just warn.
    a11y: { test: 'error' },
    docs: { container: ThemedDocsContainer, page: WidgetDocsPage },
    // The guide comes first, so Storybook opens on its introduction.
    options: {
      storySort: {
        order: [
          'Guide',
          ['Introduction', 'Progress', 'Status', 'Balance', 'Suggestions'],
          'Widgets',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
