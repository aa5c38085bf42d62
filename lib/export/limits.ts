// Imports are whole files, far larger than an API request (limits.bodyBytes): a file of our own
// export with tens of thousands of annotations fits. Shared by the route and the import form.
export const importBodyBytes = 20 * 1024 * 1024;

/** At most this many problems are listed in a refusal; the count says how many there were. */
export const importProblemsShown = 200;

/**
 * At most this many items (annotations and replies) in one import: each is anchored and looked up
 * among the notes already here, and all are written in one transaction.
 */
export const importItemsMax = 50_000;
