// The toolbar's globals (theme, locale) where no story context carries them: the docs
// container and widgets written straight into the Guide's MDX listen to the preview's channel.
import { useEffect, useState } from 'react';
import { addons } from 'storybook/preview-api';

export type Globals = Record<string, unknown>;

/** The last globals the preview announced (the toolbar's theme and locale). */
export function currentGlobals(): Globals {
  try {
    const channel = addons.getChannel();
    const updated = channel.last('globalsUpdated')?.[0]?.globals;
    const initial = channel.last('setGlobals')?.[0]?.globals;
    return (updated ?? initial ?? {}) as Globals;
  } catch {
    return {};
  }
}

/** The toolbar's globals, updated when the toolbar changes them. */
export function useToolbarGlobals(): Globals {
  const [globals, setGlobals] = useState<Globals>(currentGlobals);
  useEffect(() => {
    let channel: ReturnType<typeof addons.getChannel>;
    try {
      channel = addons.getChannel();
    } catch {
      return;
    }
    const update = (event: { globals?: Globals }) => setGlobals(event.globals ?? {});
    channel.on('globalsUpdated', update);
    channel.on('setGlobals', update);
    // A change announced between the first render and this subscription is not lost.
    setGlobals(currentGlobals());
    return () => {
      channel.off('globalsUpdated', update);
      channel.off('setGlobals', update);
    };
  }, []);
  return globals;
}
