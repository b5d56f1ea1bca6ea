/**
 * The site's colour theme, as Starlight sets it: `data-theme` on <html> ('dark' or 'light').
 * The one watcher for every island that draws with theme colours on a canvas (uPlot), which
 * must redraw when the reader switches themes. 'dark' until `enabled` (hydrated).
 */
import { useEffect, useState } from 'preact/hooks';

export function useTheme(enabled: boolean): string {
  const [theme, setTheme] = useState('dark');
  useEffect(() => {
    if (!enabled) return;
    const root = document.documentElement;
    const read = () => setTheme(root.dataset.theme ?? 'dark');
    read();
    const observer = new MutationObserver(read);
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, [enabled]);
  return theme;
}
