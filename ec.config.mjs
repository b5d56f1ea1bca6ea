// @ts-check
/**
 * Expressive Code (Starlight's code blocks), with one change: our own keyboard policy for code.
 *
 * Expressive Code ships a script that adds `tabindex` to a code block only while it measures the
 * block as scrollable, and removes it otherwise. It measures after a resize, once the browser is
 * idle, so a reader who rotates a phone (or a test that resizes the window) can meet a sideways
 * scroller that the keyboard cannot reach yet, and on a busy machine for seconds. Instead, every
 * code block is a named, focusable scroll region in the HTML itself (src/middleware.ts,
 * `focusableCode`), at every width and without JavaScript, and that script is left out.
 */
import { createRenderer } from 'astro-expressive-code';

/** Marks the script this file leaves out; a test checks the built bundle for its absence. */
const TABINDEX_MODULE = 'tabindex-js-module';

/** @type {import('astro-expressive-code').AstroExpressiveCodeOptions} */
export default {
  customCreateRenderer: async (options) => {
    const renderer = await createRenderer(options);
    renderer.jsModules = renderer.jsModules.filter((code) => !code.includes(TABINDEX_MODULE));
    return renderer;
  },
};
