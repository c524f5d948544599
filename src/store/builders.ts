/** Registers the timeline builders with the store's selectors (see timelines.ts for why they load apart). */
import { buildNetworkTimeline } from '../core/networkTimeline';
import { buildGraphTimeline } from '../core/graphTimeline';
import { buildCurveTimeline } from '../core/curveTimeline';
import { registerBuilders } from './timelines';

registerBuilders({ network: buildNetworkTimeline, graph: buildGraphTimeline, curve: buildCurveTimeline });
