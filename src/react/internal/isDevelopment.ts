/** Whether this is a development build: bundlers replace `process.env.NODE_ENV`. */
export function isDevelopment(): boolean {
  // A page without a bundler's replacement has no `process` at all.
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
