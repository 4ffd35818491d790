export declare const TARGETS: string[];
export declare function projectFile(target: string, root?: string): string;
export declare function scriptIdFrom(value: unknown): string | null;
export declare function checkProjectFile(target: string, root?: string): string | null;
export declare function writeProjectFile(target: string, value: string, root?: string): string;
export declare function deploySteps(target: string): string[][];
export declare function main(argv: string[]): number;
