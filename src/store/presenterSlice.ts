/**
 * Presenter slice: whether the lesson is shown as one projector screen per moment (part of the link as
 * present=1), and whether the dashboard scrolls the current moment into view ("Follow the step").
 */
import type { StateCreator } from 'zustand';

export interface PresenterSlice {
  presenting: boolean;
  /** Dashboard view: scroll the panel that holds the current moment into view on every step. */
  follow: boolean;
  setPresenting(on: boolean): void;
  setFollow(on: boolean): void;
}

export const createPresenterSlice: StateCreator<PresenterSlice, [], [], PresenterSlice> = (set) => ({
  presenting: false,
  follow: true,
  setPresenting(on) {
    set({ presenting: on });
  },
  setFollow(on) {
    set({ follow: on });
  },
});
