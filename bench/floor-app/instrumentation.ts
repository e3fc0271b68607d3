// Nothing to check at start.
export function register() {}
