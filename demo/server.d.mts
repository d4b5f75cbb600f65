export declare const HUGE_BODY_BYTES: number;
export declare const BINARY_BODY_BYTES: number;
export declare const BIG_JSON_BYTES: number;
export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function startServer(options?: { port?: number; host?: string }): Promise<DemoServer>;
/** The realistic benchmark page's make-up (/bench/site): how many requests, how many fail, how many go to another origin. */
export declare const BENCH_SITE: { requests: number; failing: number; crossOrigin: number; [part: string]: unknown };
