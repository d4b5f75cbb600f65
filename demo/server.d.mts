export declare const HUGE_BODY_BYTES: number;
export declare const BINARY_BODY_BYTES: number;
export declare const BIG_JSON_BYTES: number;
export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function startServer(options?: { port?: number; host?: string }): Promise<DemoServer>;
