import type { Dict } from './en';
import { common } from './zh/common';
import { network } from './zh/network';
import { graph } from './zh/graph';
import { curves } from './zh/curves';
import { practice } from './zh/practice';
import { train } from './zh/train';

/** 所有可见的中文字符串，按区域分模块。 */
export const zh: Dict = { ...common, ...network, ...graph, ...curves, ...practice, ...train };
