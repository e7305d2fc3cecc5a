// Project files: one file a colleague can send, opened and merged as untrusted input.
export { PROJECT_EXTENSION, saveProject } from './save.ts';
export { openProject } from './open.ts';
export type { OpenOptions, OpenReport } from './open.ts';
export { readProjectFile } from './read.ts';
export type { ProjectContent } from './read.ts';
