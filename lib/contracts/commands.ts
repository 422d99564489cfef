/** Background → content script: the `commands` shortcut asks the overlay to open its panel. */
export const OPEN_PANEL = 'listinglint:openPanel';
