/** SHA-256 over the sources the kg bundle is built from (bin/source-stamp.js). */
export declare function sourceStamp(root: string): string;
