/** Every tag Ruta writes starts with this, so views, triggers and reports can use them and nothing else collides. */
export const TAG_PREFIX = "ruta_";

const slug = (id: string) => id.replace(/[.-]/g, "_");

/** The tag that keeps the chosen flow on the ticket. */
export const flowTag = (flowId: string) => `${TAG_PREFIX}flow_${slug(flowId)}`;

/** The tag that records the last step whose writes were applied. */
export const stepTag = (stepId: string) => `${TAG_PREFIX}step_${slug(stepId)}`;

/** The tag that records work saved on a step not done yet (a partial checklist), so the next agent opens there. */
export const workTag = (stepId: string) => `${TAG_PREFIX}wip_${slug(stepId)}`;

/** The tag that records a checklist item as done. */
export const checkTag = (stepId: string, itemId: string) => `${TAG_PREFIX}ck_${slug(stepId)}__${slug(itemId)}`;

export const isStepTag = (tag: string) => tag.startsWith(`${TAG_PREFIX}step_`);
export const isFlowTag = (tag: string) => tag.startsWith(`${TAG_PREFIX}flow_`);
export const isWorkTag = (tag: string) => tag.startsWith(`${TAG_PREFIX}wip_`);
