// har-validator ships no types; the tests use only its promise API (each resolves with the data or rejects with the errors).
declare module 'har-validator' {
  export function har(data: unknown): Promise<unknown>;
}
