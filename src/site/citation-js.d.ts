/** The part of citation-js (`@citation-js/core` and its plugins) the archive uses; it ships no types. */
declare module '@citation-js/core' {
  /** A set of bibliographic records, in CSL-JSON, that formats itself. */
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, style: string): void } };
      get(name: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
