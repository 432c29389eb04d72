/**
 * A strict XML 1.0 well-formedness check for tests. fast-xml-parser's `XMLValidator` and feedsmith
 * accept control characters, `]]>` in text and `<` in attribute values; saxes rejects them, as
 * browsers and libxml2-based feed readers do.
 */
import { SaxesParser } from 'saxes';

/** The first well-formedness error in `xml` as `line:column: message`, or `undefined` when there is none. */
export function xmlWellFormednessError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let first: string | undefined;
  parser.on('error', (error) => {
    first ??= error.message;
  });
  parser.write(xml).close();
  return first;
}
