/**
 * The few web-platform globals the pure core may use because every runtime it runs in has them
 * (browsers, extension workers and Node ≥ 18). Declared here, narrowly, so the core's own type check
 * (.config/tsconfig.core.json) can run without the DOM or Node libraries: anything else from those
 * is a type error in src/core.
 */
declare global {
  interface TextEncoder {
    encode(input?: string): Uint8Array<ArrayBuffer>;
  }
  var TextEncoder: { new (): TextEncoder };
  interface TextDecoder {
    decode(input?: ArrayBufferView | ArrayBuffer): string;
  }
  var TextDecoder: { new (label?: string, options?: { fatal?: boolean }): TextDecoder };
  interface URL {
    readonly protocol: string;
    readonly hostname: string;
    readonly host: string;
    readonly pathname: string;
    readonly href: string;
    readonly origin: string;
  }
  var URL: { new (url: string, base?: string): URL };
}
export {};
