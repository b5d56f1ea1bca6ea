/**
 * The chrome every demo shares: a titled figure with the demo's stable id, polite notices about
 * adjusted URL values, "Copy link" (the URL of the current state) and "Embed" (an iframe
 * snippet for course pages), and a line for readers without JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface DemoFrameProps {
  id: string;
  title: string;
  /** The demo's current state as a URL (built by demoLink); undefined before hydration. */
  link?: string;
  /** The embed page for the same state; undefined to offer no embed. */
  embedLink?: string;
  notices: string[];
  onDismissNotices: () => void;
  hydrated: boolean;
  children: ComponentChildren;
  /** Parameters listed in print, so a printed handout says what the picture shows. */
  printParams: string;
  embedded?: boolean;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function DemoFrame(props: DemoFrameProps) {
  const [shared, setShared] = useState<{ kind: 'link' | 'embed'; text: string; copied: boolean } | null>(null);
  const share = async (kind: 'link' | 'embed') => {
    const text =
      kind === 'link'
        ? (props.link ?? '')
        : `<iframe src="${props.embedLink}" title="${props.title} (Pixel Map Efficiency)" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
    const copied = await copyText(text);
    setShared({ kind, text, copied });
  };
  return (
    <figure class="demo" id={props.id} data-demo={props.id} data-hydrated={props.hydrated ? 'true' : 'false'}>
      <figcaption class="demo__title">
        <span>
          {/* Filled at build time with "Figure 5.1" (src/figure-numbers.ts); hydration leaves it alone.
              An embedded demo is not a figure of a chapter, so it has no number. */}
          {!props.embedded && (
            <a
              class="figure-number"
              data-figure-number
              href={`#${props.id}`}
              dangerouslySetInnerHTML={{ __html: '' }}
            />
          )}{' '}
          {props.title}
        </span>
        <span class="demo__share not-content">
          <button type="button" class="demo__button" disabled={!props.hydrated} onClick={() => share('link')}>
            Copy link
          </button>
          {props.embedLink && !props.embedded && (
            <button type="button" class="demo__button" disabled={!props.hydrated} onClick={() => share('embed')}>
              Embed
            </button>
          )}
        </span>
      </figcaption>
      {props.notices.length > 0 && (
        <div class="demo__notices" role="status">
          <p>Some settings in the link were adjusted:</p>
          <ul>
            {props.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" class="demo__button" onClick={props.onDismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {shared && (
        <div class="demo__shared">
          <label>
            {shared.kind === 'link' ? 'Link to this state' : 'Embed code'}
            {shared.copied ? ' (copied to the clipboard)' : ' (select and copy)'}
            <input
              class="demo__share-text"
              type="text"
              readOnly
              value={shared.text}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
        </div>
      )}
      {props.children}
      <p class="demo__print-params">Settings: {props.printParams}</p>
      {!props.hydrated && (
        <p class="demo__nojs">This is the demo's default state. It is interactive with JavaScript on.</p>
      )}
    </figure>
  );
}
