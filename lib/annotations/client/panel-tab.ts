// Which tab of the side panel is open, kept in the address (`?panel=terms`) so that a shared link
// or a reload opens the same one; the notes tab, the usual one, writes nothing.
export const panelTabs = ['notes', 'terms'] as const;
export type PanelTab = (typeof panelTabs)[number];

export const panelTabParam = 'panel';

/** The tab an address asks for; anything unknown is the notes tab, never an error. */
export function panelTabOf(params: URLSearchParams): PanelTab {
  const value = params.get(panelTabParam);
  return panelTabs.find((tab) => tab === value) ?? 'notes';
}

/** The address's parameters with `tab` in them (the others kept as they are). */
export function withPanelTab(params: URLSearchParams, tab: PanelTab): URLSearchParams {
  const next = new URLSearchParams(params);
  if (tab === 'notes') next.delete(panelTabParam);
  else next.set(panelTabParam, tab);
  return next;
}

/** The tab an arrow, Home or End key moves to from `current` (WAI-ARIA tabs: the ends wrap round); undefined for any other key. */
export function tabAfterKey(current: PanelTab, key: string): PanelTab | undefined {
  const index = panelTabs.indexOf(current);
  const last = panelTabs.length - 1;
  const to =
    key === 'ArrowRight'
      ? index === last
        ? 0
        : index + 1
      : key === 'ArrowLeft'
        ? index === 0
          ? last
          : index - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : -1;
  return to < 0 ? undefined : panelTabs[to];
}
