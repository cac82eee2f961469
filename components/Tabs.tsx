import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

interface Tab {
  id: string;
  title: string;
  render: () => ComponentChildren;
}

/** WAI-ARIA tabs: arrow keys move between tabs, only the selected tab is in the tab order. */
export function Tabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  const [selected, setSelected] = useState(tabs[0]?.id ?? '');
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    setSelected(tab.id);
    buttons.current[tab.id]?.focus();
  };
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  return (
    <>
      <div role="tablist" aria-label={label} class="tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[tab.id] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            onClick={() => setSelected(tab.id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight') select(index + 1);
              else if (event.key === 'ArrowLeft') select(index - 1);
              else if (event.key === 'Home') select(0);
              else if (event.key === 'End') select(tabs.length - 1);
            }}
          >
            {tab.title}
          </button>
        ))}
      </div>
      {current ? (
        <section role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
          {current.render()}
        </section>
      ) : null}
    </>
  );
}
