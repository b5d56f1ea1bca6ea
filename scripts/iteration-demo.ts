/** output/iteration_demo/: filled in when the diffusion engine lands (issue 3). */
export function writeIterationDemo(_dir: string, _seed: number): void {}
