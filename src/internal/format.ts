// Moved to the domain (one formatting stack for the elements and the domain's messages).
export * from '../domain/format.js';
