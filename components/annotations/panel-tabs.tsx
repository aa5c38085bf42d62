'use client';
// The side panel's tabs, Notes and Key terms, as the WAI-ARIA tabs pattern has them: one tab stop
// (the chosen tab), arrows, Home and End move between tabs and open them at once, each panel
// labelled by its tab. The chosen tab is kept in the address (lib/annotations/client/panel-tab.ts)
// without a navigation, as the panel's filters are.
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { panelTabOf, panelTabs, tabAfterKey, withPanelTab, type PanelTab } from '@/lib/annotations/client/panel-tab';

/** The chosen tab, from the address at first (the server rendered the same), and a setter that writes it there. */
export function usePanelTab(): [PanelTab, (tab: PanelTab) => void] {
  const searchParams = useSearchParams();
  const [tab, setLocal] = useState(() => panelTabOf(new URLSearchParams(searchParams.toString())));
  useEffect(() => {
    const onPopState = () => setLocal(panelTabOf(new URLSearchParams(window.location.search)));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const setTab = useCallback((next: PanelTab) => {
    setLocal(next);
    const params = withPanelTab(new URLSearchParams(window.location.search), next).toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${params ? `?${params}` : ''}${window.location.hash}`);
  }, []);
  return [tab, setTab];
}

type Props = { tab: PanelTab; onChange: (tab: PanelTab) => void; labels: Record<PanelTab, ReactNode>; label: string; panels: Record<PanelTab, ReactNode> };

export function PanelTabs({ tab, onChange, labels, label, panels }: Props) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  // A tab's panel is made when first opened, and then kept (hidden) so that it keeps its state.
  const [opened, setOpened] = useState<ReadonlySet<PanelTab>>(() => new Set([tab]));
  if (!opened.has(tab)) setOpened(new Set([...opened, tab]));
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const next = tabAfterKey(tab, event.key);
    if (!next) return;
    event.preventDefault();
    onChange(next);
    list.current?.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  }
  return (
    <>
      <div className="panel-tabs" role="tablist" aria-label={label} ref={list}>
        {panelTabs.map((each) => (
          <button
            key={each}
            type="button"
            role="tab"
            id={`${id}-${each}-tab`}
            className="panel-tab"
            data-tab={each}
            aria-selected={each === tab}
            aria-controls={`${id}-${each}-panel`}
            tabIndex={each === tab ? 0 : -1}
            onClick={() => onChange(each)}
            onKeyDown={onKeyDown}
          >
            {labels[each]}
          </button>
        ))}
      </div>
      {panelTabs.map((each) => (
        <div key={each} role="tabpanel" id={`${id}-${each}-panel`} aria-labelledby={`${id}-${each}-tab`} hidden={each !== tab} className="panel-tab-panel">
          {opened.has(each) ? panels[each] : null}
        </div>
      ))}
    </>
  );
}
