// Calendar dates live in the shared vocabulary (the schema reads dates too); the domain's
// modules import them from here.
export * from '../vocabulary/dates.js';
