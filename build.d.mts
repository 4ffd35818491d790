export declare const GLOBAL_NAME: string;
export declare function build(options?: { outdir?: string; quiet?: boolean }): Promise<{ outdir: string; exports: string[] }>;
export declare function withIncludes(uiDir: string, html: string): string;
