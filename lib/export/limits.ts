// Imports are whole files, far larger than an API request (limits.bodyBytes): a file of our own
// export with tens of thousands of annotations fits. Shared by the route and the import form.
export const importBodyBytes = 20 * 1024 * 1024;

/** At most this many problems are listed in a refusal; the count says how many there were. */
export const importProblemsShown = 200;
