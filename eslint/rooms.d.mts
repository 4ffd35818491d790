import type { ESLint, Rule } from 'eslint';

export type Room = 'core' | 'gas' | 'app' | 'entry' | 'offline' | 'ui' | 'src';
export declare const ROOMS: Record<'core' | 'gas' | 'app' | 'entry' | 'offline', { may: Room[]; packages: boolean; node: boolean }>;
export declare function roomOf(rel: string): Room | null;
export declare const importsRule: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
