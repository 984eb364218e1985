/** Shortcut labels and modifier keys follow the platform's conventions (⌘ on Apple). */
export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);
