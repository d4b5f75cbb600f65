export declare const CHROMIUM_PATH: string;
export declare function chromiumArgs(dist?: string): string[];
