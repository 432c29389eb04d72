/** The part of citation-js (`@citation-js/core` and its plugins) the archive uses; it ships no types. */
declare module '@citation-js/core' {
  export const plugins: {
    /** Formats CSL-JSON items that are already clean (as the archive's records are) without parsing them again. */
    output: { format(format: string, data: readonly object[], options?: Record<string, unknown>): unknown };
    config: {
      get(name: '@csl'): { styles: { add(name: string, style: string): void } };
      get(name: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
