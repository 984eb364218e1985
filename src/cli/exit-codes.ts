export const EXIT_OK = 0;
export const EXIT_NOT_PASSED = 1;
export const EXIT_USAGE = 2;
