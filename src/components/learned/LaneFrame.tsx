/** One 32 × 32 picture of a learned-demo lane (LearnedDemo.tsx): the canvas the worker's frames are drawn into, and the prerendered picture shown until they come. */
import type { Ref } from 'preact';
import { SCENE_SIZE } from '../../lib/learned/scenes.ts';

export interface LaneFrameProps {
  hydrated: boolean;
  /**
   * Show the prerendered picture: before hydration, and after it until the run's first frame
   * arrives where the settings are the prerendered ones (so the page never blanks while the
   * weights load). The canvas is there (hidden) to be drawn into.
   */
  showPrerendered: boolean;
  canvasRef: Ref<HTMLCanvasElement>;
  /** The canvas's accessible name, kept up to date with the run. */
  label: string;
  testid: string;
  /** Progress of the run shown, as data attributes (the sample's frame only). */
  step?: string;
  steps?: string;
  /** The prerendered picture shown before the demo is interactive (and without JavaScript). */
  src: string;
  alt: string;
  caption: string;
}

/** One 32 × 32 picture of a lane: a canvas the worker's frames are drawn into, or before that the prerendered image. */
export function LaneFrame(props: LaneFrameProps) {
  return (
    <div class="learned__frame">
      {props.hydrated && (
        <canvas
          ref={props.canvasRef}
          class="demo__canvas"
          width={SCENE_SIZE}
          height={SCENE_SIZE}
          role="img"
          aria-label={props.label}
          hidden={props.showPrerendered}
          data-testid={props.testid}
          data-step={props.step}
          data-steps={props.steps}
        />
      )}
      {props.showPrerendered && (
        <img class="demo__canvas" src={props.src} alt={props.alt} width={SCENE_SIZE} height={SCENE_SIZE} />
      )}
      <p class="learned__caption">{props.caption}</p>
    </div>
  );
}
