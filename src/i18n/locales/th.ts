// Placeholder until `lit-localize build` writes this module from xliff/th.xlf.
export const templates = {};
