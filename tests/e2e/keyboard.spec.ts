/**
 * Each demo walked with the keyboard alone: Tab reaches every control in order, each shows a
 * visible focus indicator and has an accessible name, a select and a slider can be operated
 * with the arrow keys, the change is announced in a polite live region, and the console stays
 * clean throughout.
 */
import { expect, test } from '@playwright/test';
import { DEMOS } from '../../src/components/demo/registry.ts';
import { waitHydrated, watchConsole } from './helpers.ts';

interface Stop {
  tag: string;
  type: string;
  id: string;
  name: string;
  outline: string;
  shadow: string;
  inside: boolean;
}

for (const demo of DEMOS) {
  test(`${demo.id}: the keyboard alone reaches, names, shows focus on and operates every control`, async ({ page }) => {
    const consoleWatch = watchConsole(page);
    await page.goto(`${demo.chapter ? `${demo.chapter}/` : ''}#${demo.id}`);
    await waitHydrated(page, demo.id);
    // Start from the element just before the demo, so the first Tab lands on its first control.
    await page.locator(`#${demo.id}`).evaluate((el) => {
      const marker = document.createElement('button');
      marker.id = 'kbd-start';
      marker.textContent = 'start';
      el.before(marker);
      marker.focus();
    });
    const stops: Stop[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate((id) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        const labels = (el as HTMLInputElement).labels;
        const name =
          el.getAttribute('aria-label') ||
          (labels && labels.length > 0 ? labels[0].textContent : '') ||
          (el.tagName === 'BUTTON' || el.tagName === 'A' || el.tagName === 'SUMMARY' ? el.textContent : '') ||
          el.getAttribute('title') ||
          '';
        return {
          tag: el.tagName,
          type: (el as HTMLInputElement).type ?? '',
          id: el.id,
          name: (name ?? '').trim(),
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
          shadow: style.boxShadow,
          inside: Boolean(document.getElementById(id)?.contains(el)),
        };
      }, demo.id);
      if (!stop?.inside) break;
      stops.push(stop);
    }
    expect(stops.length, 'focusable controls reached by Tab').toBeGreaterThanOrEqual(3);
    for (const s of stops) {
      expect(s.name, `${s.tag}#${s.id} has an accessible name`).not.toBe('');
      const visible = !s.outline.startsWith('none') && !s.outline.endsWith(' 0px');
      expect(visible || s.shadow !== 'none', `${s.tag}#${s.id} shows focus (${s.outline} / ${s.shadow})`).toBe(true);
    }

    const live = page.locator(`#${demo.id} [aria-live="polite"]`);
    expect(await live.count()).toBeGreaterThan(0);
    const before = (await live.allTextContents()).join('|');
    // Operate a select with the arrow keys, then a slider.
    const select = stops.find((s) => s.tag === 'SELECT' && s.id);
    if (select) {
      const control = page.locator(`#${select.id}`);
      const value = await control.inputValue();
      await control.focus();
      await page.keyboard.press(
        value === (await control.locator('option').last().getAttribute('value')) ? 'ArrowUp' : 'ArrowDown',
      );
      await expect(control).not.toHaveValue(value);
    }
    const slider = stops.find((s) => s.tag === 'INPUT' && s.type === 'range' && s.id);
    if (slider) {
      const control = page.locator(`#${slider.id}`);
      if (await control.isEnabled()) {
        const value = await control.inputValue();
        await control.focus();
        await page.keyboard.press(value === (await control.getAttribute('max')) ? 'ArrowLeft' : 'ArrowRight');
        await expect(control).not.toHaveValue(value);
      }
    }
    expect(select || slider, 'a select or a slider to operate').toBeTruthy();
    await expect.poll(async () => (await live.allTextContents()).join('|'), { timeout: 20_000 }).not.toBe(before);
    consoleWatch.expectClean();
  });
}
