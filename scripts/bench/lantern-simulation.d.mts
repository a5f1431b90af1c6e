export interface SimulatedBlocking {
  /** [pessimistic FCP, optimistic TTI] and [optimistic FCP, pessimistic TTI], ms. */
  windows: { start: number; end: number }[];
  /** Every main-thread task of the simulated load, ms, with the scripts it evaluates. */
  tasks: { start: number; end: number; scripts: string[] }[];
}
export function simulateBlocking(run: { url: string; trace: unknown; devtoolsLog: unknown }): Promise<SimulatedBlocking>;
