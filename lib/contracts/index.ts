/** Shapes that cross a boundary, declared once as zod/mini schemas; their types come from z.infer. */
export * from './finding';
export * from './locale';
