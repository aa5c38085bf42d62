export declare function workerCount(options: { embedded: boolean; requested?: string }): number;
