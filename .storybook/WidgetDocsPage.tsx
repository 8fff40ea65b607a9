import {
  ArgTypes,
  Controls,
  Description,
  Heading,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import {
  CauseChecklist,
  OkrBalanceBoard,
  OkrBalanceProvider,
  OkrRadar,
  ProgressSpreadGauge,
  StatusBadge,
} from 'okr-balance';
import type { ComponentType } from 'react';

/** The widgets by the last part of their stories' title (`Widgets/OkrRadar`). */
const WIDGETS: Record<string, ComponentType<never>> = {
  CauseChecklist,
  OkrBalanceBoard,
  OkrBalanceProvider,
  OkrRadar,
  ProgressSpreadGauge,
  StatusBadge,
};

/**
 * A widget's Docs page: the stories' own controls (a scenario, a width…) are not the widget's
 * API, so the page lists the component's real props too — read by react-docgen-typescript from
 * its props interface, with types, descriptions and defaults.
 */
export function WidgetDocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const name = preparedMeta.title.split('/').at(-1) ?? '';
  const component = WIDGETS[name];
  return (
    <>
      <Title />
      <Subtitle />
      {/* The component's own JSDoc where the stories do not name it as their component. */}
      {preparedMeta.component === undefined && component !== undefined ? (
        <Description of={component} />
      ) : (
        <Description of="meta" />
      )}
      <Primary />
      {preparedMeta.component !== undefined ? (
        // The stories' args are the component's props: one table, with controls.
        <>
          <Heading>Props</Heading>
          <Controls />
        </>
      ) : (
        <>
          {component !== undefined && (
            <>
              <Heading>Props of {name}</Heading>
              <ArgTypes of={component} />
            </>
          )}
          <Heading>Story controls</Heading>
          <Controls />
        </>
      )}
      <Stories />
    </>
  );
}
