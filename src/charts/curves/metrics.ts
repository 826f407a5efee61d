/** The curves chart's fixed sizes in px: margins, the gap between plots, the x axis, the zero row and the lanes. */
export const MARGIN = { left: 64, right: 16, top: 28, bottom: 8 };
export const GAP = 14;
export const X_AXIS = 44;
export const ZERO_ROW = 22;
export const LANE_TITLE = 20;
export const LANE_STEP = 11;
