import { type SpawnSyncReturns } from 'node:child_process';
export declare const ROOT: string;
/** Third-party test material, read at run time and never copied into the project. */
export declare const SHARED: string;
export declare const SEED: string;
/** Whether ../shared is present; when it is not, tests that need it skip and say why. */
export declare function sharedAvailable(what?: string): boolean;
export declare function tempDir(prefix?: string): string;
/** Runs the real CLI binary (bin/readout.js) and returns its output. */
export declare function runCli(args: string[], options?: {
    input?: string;
    cwd?: string;
}): SpawnSyncReturns<string>;
export declare function jsonLines<T = Record<string, unknown>>(out: string): T[];
