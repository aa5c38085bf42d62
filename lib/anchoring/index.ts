// The anchoring core: pure functions over segment texts, shared by the browser and the server.
export * from '@/lib/anchoring/code-points';
export * from '@/lib/anchoring/selectors';
export * from '@/lib/anchoring/describe-selection';
export * from '@/lib/anchoring/anchor-target';
export * from '@/lib/anchoring/blind-text';
export * from '@/lib/anchoring/stored-anchor';
