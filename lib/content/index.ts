export * from '@/lib/content/types';
export { loadAllDocuments, loadDocument } from '@/lib/content/load';
