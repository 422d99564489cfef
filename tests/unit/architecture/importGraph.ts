export { importGraph, ROOT } from '../../tools/importGraph.mjs';
