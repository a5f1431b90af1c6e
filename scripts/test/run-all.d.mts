export interface Stage {
  script: string;
  needs?: string;
}
export const STAGES: Stage[];
export function runStages(stages: Stage[], run: (script: string) => number): { lines: string[]; passed: boolean };
