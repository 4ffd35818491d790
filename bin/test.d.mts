export interface Check {
  name: string;
  command: string;
  args: string[];
  /** Niceness added to the check's process (0: the normal priority). */
  nice: number;
}
export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
  seconds: number;
}
export declare function npmTestChecks(vitestArgs?: string[]): Check[];
export declare function runChecks(
  checks: Check[],
  options?: { cwd?: string; env?: NodeJS.ProcessEnv; out?: (text: string) => void; err?: (text: string) => void },
): Promise<CheckResult[]>;
export declare function main(argv: string[]): Promise<number>;
