/** Every tag Ruta writes starts with this, so views, triggers and reports can use them and nothing else collides. */
export const TAG_PREFIX = "ruta_";

const slug = (id: string) => id.replace(/[.-]/g, "_");

/** The tag that keeps the chosen flow on the ticket. */
export const flowTag = (flowId: string) => `${TAG_PREFIX}flow_${slug(flowId)}`;

/** The tag that records the last step whose writes were applied. */
export const stepTag = (stepId: string) => `${TAG_PREFIX}step_${slug(stepId)}`;

/** The tag that records work saved on a step not done yet (a partial checklist), so the next agent opens there. */
export const workTag = (stepId: string) => `${TAG_PREFIX}wip_${slug(stepId)}`;

const checkPrefix = (stepId: string) => `${TAG_PREFIX}ck_${slug(stepId)}__`;

/** The tag that records a checklist item as done; kept only while its step is the one in progress (its note records it after). */
export const checkTag = (stepId: string, itemId: string) => `${checkPrefix(stepId)}${slug(itemId)}`;

export const isStepTag = (tag: string) => tag.startsWith(`${TAG_PREFIX}step_`);
export const isFlowTag = (tag: string) => tag.startsWith(`${TAG_PREFIX}flow_`);
export const isWorkTag = (tag: string) => tag.startsWith(`${TAG_PREFIX}wip_`);
export const isCheckTag = (tag: string) => tag.startsWith(`${TAG_PREFIX}ck_`);
/** A checklist tag of a step other than `stepId`: a step no longer in progress, whose ticks its note records. */
export const isOtherStepCheckTag = (tag: string, stepId: string) => isCheckTag(tag) && !tag.startsWith(checkPrefix(stepId));
