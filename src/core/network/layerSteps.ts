import { unitSteps } from "./steps"; import type { Ctx, Spec } from "./context"; export const layerSteps = (ctx: Ctx): Spec[] => unitSteps(ctx);
