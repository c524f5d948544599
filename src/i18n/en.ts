/** Every visible English string, one module per area so each area owns its own strings. */
import { common } from './en/common';
import { network } from './en/network';
import { graph } from './en/graph';
import { curves } from './en/curves';
import { practice } from './en/practice';
import { train } from './en/train';

export const en = { ...common, ...network, ...graph, ...curves, ...practice, ...train } as const;

export type DictKey = keyof typeof en;
export type Dict = Record<DictKey, string>;
