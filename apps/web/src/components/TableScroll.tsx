import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Every table sits in one of these (docs/ui.md, "Tables"). A table that fits its column is left alone, so its
 * header row stays on screen while a long list scrolls. A table wider than its column scrolls sideways inside
 * this box instead of pushing the page wide: the box becomes a named region that the keyboard can reach and
 * scroll, says so above the table, shades the edge with more to see, and keeps the first column in view.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolling, setScrolling] = useState<{ label: string } | null>(null);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const wide = box.scrollWidth > box.clientWidth + 1;
      const caption = box.querySelector('caption')?.textContent?.trim() || t('table.untitled');
      setScrolling((was) => (wide ? (was?.label === caption ? was : { label: caption }) : null));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    const table = box.querySelector('table');
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, [t]);

  return (
    <>
      {scrolling ? (
        <p className="table-scroll-hint form-hint" aria-hidden="true">
          {t('table.scrollHint')}
        </p>
      ) : null}
      <div
        ref={ref}
        className={scrolling ? 'table-scroll is-scrolling' : 'table-scroll'}
        {...(scrolling ? { role: 'region', 'aria-label': t('table.scrollRegion', { name: scrolling.label }), tabIndex: 0 } : {})}
      >
        {children}
      </div>
    </>
  );
}
